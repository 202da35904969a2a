using System.CommandLine;
using System.Diagnostics;
using System.Text.Json;
using CaseLedger.Api.Cases;
using CaseLedger.Api.GraphQL;
using CaseLedger.Cli.Commands;
using Marten;

namespace CaseLedger.Cli.Performance;

/// <summary>
/// <c>caseledger bench-checkpoints --manifest FILE [--every N] [--timeout SECONDS]</c>: waits until the time-travel
/// checkpoints of the manifest's long streams exist (the API's daemon builds them after the seed, asynchronously), so
/// tools/bench times <c>asRecordedAt</c> on the read model it is meant to use, not on a fold of the whole stream; prints
/// how long it waited and each stream's checkpoints as JSON.
/// </summary>
internal static class BenchCheckpointsCommand
{
    public static Command Create()
    {
        var manifest = new Option<string>("--manifest") { Description = "The manifest seed --manifest wrote (its long streams).", Required = true, HelpName = "FILE" };
        var every = new Option<int>("--every") { HelpName = "N", Description = "Events per checkpoint (CaseLedger:TimeTravel:CheckpointEvery).", DefaultValueFactory = _ => CaseCheckpointProjection.DefaultEvery };
        var timeout = new Option<int>("--timeout") { HelpName = "SECONDS", Description = "Give up (exit 1) after this long.", DefaultValueFactory = _ => 900 };
        var command = new Command("bench-checkpoints", "Part of tools/bench: wait until the long streams' time-travel checkpoints exist; prints the wait as JSON.")
        {
            manifest, every, timeout,
        };
        command.SetAction((parse, ct) => CliHost.RunAsync(parse, app => RunAsync(app, parse.GetRequiredValue(manifest), parse.GetValue(every), parse.GetValue(timeout), ct)));
        return command;
    }

    private static async Task<int> RunAsync(IHost app, string manifestFile, int every, int timeoutSeconds, CancellationToken ct)
    {
        var manifest = JsonSerializer.Deserialize<SeedManifest>(await File.ReadAllTextAsync(manifestFile, ct), CommandOptions.Json)!;
        // A stream of E events has E / N checkpoints once the daemon has passed its last event.
        var wanted = manifest.LongStreams.Values.ToDictionary(s => GlobalId.Parse(s.CaseId, CaseType.TypeName) ?? throw new FormatException($"{s.CaseId} is no case id."), s => s.Events / every);
        var store = app.Services.GetRequiredService<IDocumentStore>();
        var clock = Stopwatch.StartNew();
        Dictionary<Guid, int> have = [];
        while (true)
        {
            await using (var session = store.QuerySession())
            {
                var ids = wanted.Keys.ToArray();
                var found = await session.Query<CaseCheckpoint>().Where(c => ids.Contains(c.CaseId)).Select(c => c.CaseId).ToListAsync(ct);
                have = wanted.Keys.ToDictionary(id => id, id => found.Count(c => c == id));
            }
            if (wanted.All(w => have[w.Key] >= w.Value) || clock.Elapsed.TotalSeconds > timeoutSeconds)
                break;
            await Task.Delay(1000, ct);
        }
        var ready = wanted.All(w => have[w.Key] >= w.Value);
        Console.WriteLine(JsonSerializer.Serialize(new
        {
            ready,
            waitedSeconds = Math.Round(clock.Elapsed.TotalSeconds, 1),
            streams = manifest.LongStreams.Select(s => new { events = s.Value.Events, checkpoints = have[GlobalId.Parse(s.Value.CaseId, CaseType.TypeName)!.Value] }),
        }, CommandOptions.Json));
        return ready ? 0 : 1;
    }
}
