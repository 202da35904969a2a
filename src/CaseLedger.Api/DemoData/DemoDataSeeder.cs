using CaseLedger.Api.Units;
using Marten;

namespace CaseLedger.Api.DemoData;

/// <summary>
/// Loads the demo slice of Ningxia through the real write path when the ledger is empty
/// (CaseLedger:DemoData=true, set by tools/run). Registered after Marten, so the schema exists.
/// </summary>
internal sealed class DemoDataSeeder(IServiceProvider services, ILogger<DemoDataSeeder> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using (var scope = services.CreateAsyncScope())
        {
            var session = scope.ServiceProvider.GetRequiredService<IQuerySession>();
            if (await session.Query<UnitDetails>().AnyAsync(cancellationToken))
            {
                logger.LogInformation("Demo data: the ledger already has data; nothing loaded.");
                return;
            }
        }
        var loaded = await new NingxiaDemoSlice(new LedgerWriter(services, "demo-data")).LoadAsync(cancellationToken);
        logger.LogInformation("Demo data loaded: {Units} units, {Cadres} cadres, {Cases} cases.", loaded.Units, loaded.Cadres, loaded.Cases);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

internal static class DemoDataSetup
{
    public static IServiceCollection AddDemoData(this IServiceCollection services, IConfiguration configuration) =>
        configuration.GetValue<bool>("CaseLedger:DemoData") ? services.AddHostedService<DemoDataSeeder>() : services;
}
