using System.CommandLine;
using CaseLedger.Api.Integrity;
using Marten;

namespace CaseLedger.Cli.Commands;

/// <summary>
/// The command-line face of the ledger's integrity: <c>verify [--digest FILE]</c> (0 intact, 1 tampered) and
/// <c>digest [--out FILE]</c> (refused with 1 on a ledger that does not verify).
/// </summary>
internal static class IntegrityCommands
{
    public static Command Verify()
    {
        var digest = new Option<string>("--digest")
        {
            Description = "A digest exported earlier (caseledger digest --out FILE): also prove nothing at or before its sequence changed.",
            HelpName = "FILE",
        };
        var command = new Command("verify", "Recompute every event's hash chain from the mt_events rows (and check a digest). Exit 0 intact, 1 tampered (every problem listed).")
        {
            digest,
        };
        command.SetAction((parse, ct) => CliHost.RunAsync(parse, app => VerifyAsync(Verifier(app), parse.GetValue(digest), ct)));
        return command;
    }

    public static Command Digest()
    {
        var output = new Option<string>("--out")
        {
            Description = "Write the digest to this file (stdout without it). Keep it where the database's writers cannot reach.",
            HelpName = "FILE",
        };
        var command = new Command("digest", "Export the ledger digest (a root over every stream's head) as JSON; refused (exit 1) when the ledger does not verify.")
        {
            output,
        };
        command.SetAction((parse, ct) => CliHost.RunAsync(parse, app => DigestAsync(Verifier(app), parse.GetValue(output), ct)));
        return command;
    }

    private static LedgerVerifier Verifier(IHost app) =>
        new(app.Services.GetRequiredService<IDocumentStore>(), app.Services.GetRequiredService<TimeProvider>());

    private static Task<LedgerIntegrityReport> VerifyWithProgressAsync(LedgerVerifier verifier, LedgerDigest? digest, CancellationToken ct) =>
        CliProgress.RunAsync("verify", "events", bar => verifier.VerifyAsync(digest, new Progress<(long Checked, long Total)>(p =>
        {
            bar.Total = p.Total;
            bar.Value = p.Checked;
        }), ct));

    private static async Task<int> VerifyAsync(LedgerVerifier verifier, string? digestFile, CancellationToken ct)
    {
        var digest = digestFile is null ? null : LedgerDigest.FromJson(await File.ReadAllTextAsync(digestFile, ct));
        var report = await VerifyWithProgressAsync(verifier, digest, ct);
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

    private static async Task<int> DigestAsync(LedgerVerifier verifier, string? outFile, CancellationToken ct)
    {
        var report = await VerifyWithProgressAsync(verifier, null, ct);
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
            await File.WriteAllTextAsync(outFile, json + "\n", ct);
            await Console.Error.WriteLineAsync($"Digest of {report.Digest.Streams} streams at sequence {report.Digest.AtSequence} (root {report.Digest.Root}) written to {outFile}.");
        }
        return 0;
    }
}
