using System.Text.Json;
using CaseLedger.Api.ReadSide;
using CaseLedger.Cli.Performance;
using Marten;

namespace CaseLedger.Cli.Commands;

/// <summary>
/// <c>caseledger rebuild</c>: the <c>rebuildProjections</c> mutation in-process (no request timeout, which a
/// large ledger's rebuild outlasts), printed as JSON with the ledger's events per second of rebuilding.
/// </summary>
internal static class RebuildCommand
{
    public const string Usage = "caseledger rebuild";

    public static async Task<int> RunAsync(IHost app)
    {
        var rebuilt = await ProjectionRebuild.RebuildAllAsync(app.Services.GetRequiredService<IDocumentStore>(), CancellationToken.None);
        var events = rebuilt.Count == 0 ? 0 : rebuilt[0].Events;
        var seconds = rebuilt.Sum(r => r.Seconds);
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
