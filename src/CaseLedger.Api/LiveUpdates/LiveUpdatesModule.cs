namespace CaseLedger.Api.LiveUpdates;

/// <summary>The node's ledger feed (LISTEN) and each subscription's handle on its connection.</summary>
internal static class LiveUpdatesModule
{
    public static IServiceCollection AddLiveUpdates(this IServiceCollection services)
    {
        services.AddSingleton<LedgerFeed>();
        services.AddHostedService(provider => provider.GetRequiredService<LedgerFeed>());
        services.AddScoped<LiveConnection>();
        return services;
    }
}
