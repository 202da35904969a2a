using CaseLedger.Api.Integrity;
using CaseLedger.Cli.DemoData;
using CaseLedger.Cli.Performance;
using Marten;

namespace CaseLedger.Cli.Commands;

/// <summary>
/// The command-line face of the ledger's integrity (tools/caseledger): <c>verify [--digest FILE]</c>
/// and <c>digest [--out FILE]</c>, and <c>token</c> (a signed bearer token, see <see cref="TokenCommand"/>). Runs on the built app's services without starting the host.
/// </summary>
internal static class LedgerCommands
{
    public const string Usage = "usage: caseledger verify [--digest FILE] | caseledger digest [--out FILE] | " + TokenCommand.Usage
        + " | " + SeedCommand.Usage + " | " + BenchWritesCommand.Usage + " | " + RebuildCommand.Usage + " | " + DemoDataSeeder.Usage + " | " + ImportCommand.Usage;

    /// <summary>Runs the verb args name: 0 intact or done, 1 tampered, 2 misuse or failure.</summary>
    public static async Task<int> RunAsync(IHost app, string[] args)
    {
        if (args.Length == 0 || args[0] is not ("verify" or "digest" or "token" or "seed" or "bench-writes" or "rebuild" or "demo-data" or "import"))
        {
            await Console.Error.WriteLineAsync(Usage);
            return 2;
        }
        try
        {
            if (args[0] == "token")
                return await TokenCommand.RunAsync(app.Services, args);
            if (args[0] == "seed")
                return await SeedCommand.RunAsync(app, args);
            if (args[0] == "bench-writes")
                return await BenchWritesCommand.RunAsync(app, args);
            if (args[0] == "rebuild")
                return await RebuildCommand.RunAsync(app);
            if (args[0] == "import")
                return await ImportCommand.RunAsync(app, args);
            if (args[0] == "demo-data")
                return await DemoDataSeeder.RunAsync(app, CancellationToken.None);
            var verifier = new LedgerVerifier(app.Services.GetRequiredService<IDocumentStore>(), app.Services.GetRequiredService<TimeProvider>());
            return args[0] == "verify"
                ? await VerifyAsync(verifier, Option(args, "--digest"))
                : await DigestAsync(verifier, Option(args, "--out"));
        }
        catch (Exception ex) when (ex is ArgumentException or FormatException or IOException or InvalidOperationException or Npgsql.NpgsqlException)
        {
            await Console.Error.WriteLineAsync($"caseledger {args[0]}: {ex.Message}");
            return 2;
        }
    }

    private static async Task<int> VerifyAsync(LedgerVerifier verifier, string? digestFile)
    {
        var digest = digestFile is null ? null : LedgerDigest.FromJson(await File.ReadAllTextAsync(digestFile));
        var report = await verifier.VerifyAsync(digest);
        Console.WriteLine($"Verified {report.EventsChecked} events in {report.StreamsChecked} streams up to sequence {report.AtSequence} at {report.VerifiedAt:O}.");
        if (digest is not null)
            Console.WriteLine($"Against the digest of sequence {digest.AtSequence} taken {digest.TakenAt:O} (root {digest.Root}).");
        foreach (var problem in report.Problems)
            Console.WriteLine(problem);
        Console.WriteLine(report.IsIntact
            ? $"INTACT: every hash chain recomputes{(digest is null ? "" : ", and nothing at or before the digest's sequence changed")}. Current root {report.Digest.Root}."
            : $"TAMPERED: {report.Problems.Count} problem(s).");
        return report.IsIntact ? 0 : 1;
    }

    private static async Task<int> DigestAsync(LedgerVerifier verifier, string? outFile)
    {
        var report = await verifier.VerifyAsync();
        if (!report.IsIntact)
        {
            foreach (var problem in report.Problems)
                await Console.Error.WriteLineAsync(problem.ToString());
            await Console.Error.WriteLineAsync($"caseledger digest: refused, the ledger is not intact ({report.Problems.Count} problem(s)); a digest would vouch for tampered history.");
            return 1;
        }
        var json = report.Digest.ToJson();
        if (outFile is null)
        {
            Console.WriteLine(json);
        }
        else
        {
            await File.WriteAllTextAsync(outFile, json + "\n");
            await Console.Error.WriteLineAsync($"Digest of {report.Digest.Streams} streams at sequence {report.Digest.AtSequence} (root {report.Digest.Root}) written to {outFile}.");
        }
        return 0;
    }

    /// <summary>The one option a command takes, as "--name FILE" or "--name=FILE".</summary>
    private static string? Option(string[] args, string name) => args.Length switch
    {
        1 => null,
        2 when args[1].StartsWith(name + "=", StringComparison.Ordinal) => args[1][(name.Length + 1)..],
        3 when args[1] == name => args[2],
        _ => throw new ArgumentException($"unexpected arguments '{string.Join(' ', args[1..])}'. {Usage}"),
    };
}
