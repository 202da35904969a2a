using CaseLedger.Api.Units;
using Marten;

namespace CaseLedger.Cli.DemoData;

/// <summary>
/// <c>caseledger demo-data</c>: loads the demo slice of Ningxia through the real write path when the ledger
/// is empty (tools/run does this before it starts the API), and leaves a ledger with data alone.
/// </summary>
internal static class DemoDataSeeder
{
    public static System.CommandLine.Command Create()
    {
        var command = new System.CommandLine.Command("demo-data", "Load the demo slice of Ningxia through the real write path when the ledger is empty (tools/run does); a ledger with data is left alone.");
        command.SetAction((parse, ct) => Commands.CliHost.RunAsync(parse, app => RunAsync(app, ct)));
        return command;
    }

    public static async Task<int> RunAsync(IHost app, CancellationToken ct)
    {
        var services = app.Services;
        // The CLI does not start the host, so apply the schema as the service would.
        await services.GetRequiredService<IDocumentStore>().Storage.ApplyAllConfiguredChangesToDatabaseAsync();
        await using (var scope = services.CreateAsyncScope())
        {
            var session = scope.ServiceProvider.GetRequiredService<IQuerySession>();
            if (await session.Query<UnitDetails>().AnyAsync(ct))
            {
                Console.WriteLine("Demo data: the ledger already has data; nothing loaded.");
                return 0;
            }
        }
        var loaded = await new NingxiaDemoSlice(new LedgerWriter(services, "demo-data")).LoadAsync(ct);
        Console.WriteLine($"Demo data loaded: {loaded.Units} units, {loaded.Cadres} cadres, {loaded.Cases} cases.");
        return 0;
    }
}
