using System.CommandLine;
using System.Text.Json;
using CaseLedger.Cli.Commands;

namespace CaseLedger.Cli.Performance;

/// <summary>
/// <c>caseledger seed --size small|medium|large [--seed N] [--writers N] [--manifest FILE]</c>: generates a
/// deterministic ledger through the real write path, with a progress line and the final rate.
/// </summary>
internal static class SeedCommand
{
    public static Command Create()
    {
        var size = new Option<string>("--size") { Description = "How big a ledger: small (200 cadres), medium (5,000), large (100,000); tiny (12) for tests.", DefaultValueFactory = _ => "small" };
        size.AcceptOnlyFromAmong("tiny", "small", "medium", "large");
        var seed = new Option<int>("--seed") { HelpName = "N", Description = "The random seed: the same seed gives the same ledger.", DefaultValueFactory = _ => 1 };
        var writers = new Option<int>("--writers") { HelpName = "N", Description = "Parallel writers.", DefaultValueFactory = _ => 4 };
        writers.InRange(1, 64);
        var manifest = new Option<string>("--manifest") { Description = "Write what was made (ids of cadres, cases, benchmark streams) to this JSON file.", HelpName = "FILE" };
        var command = new Command("seed", "Generate a deterministic ledger through the real write path, with a progress bar and the final rate in events/s.")
        {
            size, seed, writers, manifest,
        };
        command.SetAction((parse, ct) => CliHost.RunAsync(parse, app => RunAsync(app, SeedSize.Parse(parse.GetValue(size)!), parse.GetValue(seed),
            parse.GetValue(writers), parse.GetValue(manifest), ct)));
        return command;
    }

    private static async Task<int> RunAsync(IHost app, SeedSize size, int seed, int writers, string? manifestFile, CancellationToken ct)
    {
        // The CLI does not start the host, so apply the schema (tables, the case-number sequence) as the service would.
        await app.Services.GetRequiredService<Marten.IDocumentStore>().Storage.ApplyAllConfiguredChangesToDatabaseAsync();
        var manifest = await CliProgress.RunAsync($"seed {size.Name}", "cadres",
            bar => new LedgerSeeder(app.Services, size, seed, writers, bar).RunAsync(ct));
        Console.WriteLine($"Seeded {manifest.Size} (seed {manifest.Seed}): {manifest.Units} units, {manifest.Cadres} cadres, {manifest.Cases} cases, "
            + $"{manifest.Events} events in {manifest.Seconds} s = {manifest.EventsPerSecond} events/s ({manifest.RefusedCommands} generated commands refused by the domain).");
        if (manifestFile is not null)
            await File.WriteAllTextAsync(manifestFile, JsonSerializer.Serialize(manifest, CommandOptions.Json), ct);
        return 0;
    }
}

/// <summary>How the performance commands write JSON.</summary>
internal static class CommandOptions
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };
}
