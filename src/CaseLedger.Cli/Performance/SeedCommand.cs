using System.Text.Json;

namespace CaseLedger.Cli.Performance;

/// <summary>
/// <c>caseledger seed --size small|medium|large [--seed N] [--writers N] [--manifest FILE]</c>: generates a
/// deterministic ledger through the real write path, with a progress line and the final rate.
/// </summary>
internal static class SeedCommand
{
    public const string Usage = "caseledger seed --size small|medium|large [--seed N] [--writers N] [--manifest FILE]";

    public static async Task<int> RunAsync(IHost app, string[] args)
    {
        var options = CommandOptions.Parse(args[1..], ["--size", "--seed", "--writers", "--manifest"], Usage);
        var size = SeedSize.Parse(options.GetValueOrDefault("--size") ?? "small");
        var seed = int.Parse(options.GetValueOrDefault("--seed") ?? "1", System.Globalization.CultureInfo.InvariantCulture);
        var writers = int.Parse(options.GetValueOrDefault("--writers") ?? "4", System.Globalization.CultureInfo.InvariantCulture);

        // The CLI does not start the host, so apply the schema (tables, the case-number sequence) as the service would.
        await app.Services.GetRequiredService<Marten.IDocumentStore>().Storage.ApplyAllConfiguredChangesToDatabaseAsync();
        var manifest = await new LedgerSeeder(app.Services, size, seed, writers, Console.Error).RunAsync(CancellationToken.None);
        Console.WriteLine($"Seeded {manifest.Size} (seed {manifest.Seed}): {manifest.Units} units, {manifest.Cadres} cadres, {manifest.Cases} cases, "
            + $"{manifest.Events} events in {manifest.Seconds} s = {manifest.EventsPerSecond} events/s ({manifest.RefusedCommands} generated commands refused by the domain).");
        if (options.GetValueOrDefault("--manifest") is { } file)
            await File.WriteAllTextAsync(file, JsonSerializer.Serialize(manifest, CommandOptions.Json));
        return 0;
    }
}

/// <summary>"--name VALUE" or "--name=VALUE" options of the performance commands.</summary>
internal static class CommandOptions
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static Dictionary<string, string> Parse(string[] args, string[] known, string usage)
    {
        var options = new Dictionary<string, string>();
        for (var i = 0; i < args.Length; i++)
        {
            var (name, value) = args[i].Split('=', 2) is [var n, var v] ? (n, v) : (args[i], i + 1 < args.Length ? args[++i] : null);
            if (!known.Contains(name) || value is null)
                throw new ArgumentException($"unexpected argument '{args[i]}'. usage: {usage}");
            options[name] = value;
        }
        return options;
    }
}
