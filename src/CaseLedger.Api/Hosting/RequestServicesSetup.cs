using CaseLedger.Api.GraphQL;
using CaseLedger.Api.Ledger;
using CaseLedger.Api.Security;

namespace CaseLedger.Api.Hosting;

internal static class RequestServicesSetup
{
    /// <summary>The clock and the per-request services: who acts, what they record, the write path, the batch loaders.</summary>
    public static IServiceCollection AddCaseLedgerRequestServices(this IServiceCollection services)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddHttpContextAccessor();
        services.AddScoped<RequestActor>();
        services.AddScoped<LedgerAppender>();
        services.AddScoped<StreamVersions>();
        services.AddScoped<RecordTimeViews>();
        return services;
    }
}
