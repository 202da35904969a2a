using System.CommandLine;
using System.Text.Json;
using CaseLedger.Api;
using CaseLedger.Api.Ledger;
using CaseLedger.Api.Remit;
using CaseLedger.Cli.Performance;
using Marten;

namespace CaseLedger.Cli.Commands;

/// <summary>
/// <c>caseledger rebuild</c>: the <c>rebuildProjections</c> mutation in-process (no request timeout, which a
/// large ledger's rebuild outlasts), printed as JSON with the ledger's events per second of rebuilding. The remit
/// index is recomputed once at the end rather than kept row by row while the documents are rewritten.
/// </summary>
internal static class RebuildCommand
{
    public static Command Create()
    {
        var command = new Command("rebuild", "Rebuild every read model from the events alone, in-process (no request timeout); prints events/s as JSON.");
        // This process only rebuilds: its connections leave the remit index to the rebuild's last step (RemitIndex.Deferring).
        command.SetAction((parse, ct) => CliHost.RunAsync(parse, app => RunAsync(app, ct), configuration =>
        {
            if (configuration.GetConnectionString("CaseLedger") is { } connection)
                configuration["ConnectionStrings:CaseLedger"] = RemitIndex.Deferring(connection);
        }));
        return command;
    }

    private static async Task<int> RunAsync(IHost app, CancellationToken ct)
    {
        var store = app.Services.GetRequiredService<IDocumentStore>();
        var wall = System.Diagnostics.Stopwatch.StartNew();
        var rebuilt = await CliProgress.RunAsync("rebuild", "events", async bar =>
        {
            await using (var session = store.QuerySession())
            {
                var events = (await session.AdvancedSql.QueryAsync<long>(
                    $"select count(*) from {store.Options.Events.DatabaseSchemaName}.mt_events where type <> 'tombstone'", ct))[0];
                // Each read model reads every event once: the bar counts events over all of them.
                bar.Total = events * ProjectionRebuild.Count(app.Services.GetServices<IFeature>());
            }
            return await ProjectionRebuild.RebuildAllAsync(store, app.Services.GetServices<IFeature>(), new Progress<ProjectionRebuilt>(done =>
            {
                bar.Advance(done.Events);
                bar.Description = $"rebuild (after {done.Projection})";
            }), ct);
        });
        var events = rebuilt.Count == 0 ? 0 : rebuilt[0].Events;
        // Wall-clock, the remit index and the daemon's start included.
        var seconds = wall.Elapsed.TotalSeconds;
        Console.WriteLine(JsonSerializer.Serialize(new
        {
            events,
            seconds = Math.Round(seconds, 2),
            eventsPerSecond = Math.Round(events / Math.Max(seconds, 0.001), 1),
            projections = rebuilt.Select(r => new { r.Projection, seconds = Math.Round(r.Seconds, 2), eventsPerSecond = Math.Round(r.Events / Math.Max(r.Seconds, 0.001), 1) }),
        }, CommandOptions.Json));
        return 0;
    }
}
