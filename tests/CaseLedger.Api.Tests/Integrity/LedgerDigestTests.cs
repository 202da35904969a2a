using CaseLedger.Api.Integrity;
using CaseLedger.Api.Tests.Testing;

namespace CaseLedger.Api.Tests.Integrity;

/// <summary>
/// An exported digest keeps proving the history before its sequence: legitimate appends after it
/// leave it valid; any change before it — even one that rewrites the hash chains or the stream
/// heads consistently — fails it, located to the stream and its head version at the digest.
/// </summary>
public sealed class LedgerDigestTests
{
    [Fact]
    public async Task A_digest_survives_later_appends_and_fails_after_tampering_before_its_sequence()
    {
        await using var ledger = await IntegrityLedger.BuildAsync();
        var exported = (await ledger.VerifyAsync()).Digest.ToJson();
        var digest = LedgerDigest.FromJson(exported);
        Assert.Equal((3, 3), (digest.Streams, digest.Heads!.Count));

        await ledger.RecordBaselinePostAsync("县委书记", "2021-01-01"); // cadre version 5, after the digest
        await ledger.Host.GraphQL.RegisterUnitAsync("INT-LATER", "隆德县");
        var later = await ledger.VerifyAsync(digest);
        Assert.True(later.IsIntact, string.Join("\n", later.Problems));
        Assert.Equal(4, later.StreamsChecked);
        Assert.True((await ledger.QueryIntegrityAsync(exported))["isIntact"]!.GetValue<bool>());

        await ledger.TamperAsync("UPDATE {schema}.mt_events SET data = jsonb_set(data, '{Post,Title}', '\"县长\"') WHERE stream_id = {cadre} AND version = 2");
        var tampered = await ledger.VerifyAsync(digest);
        Assert.Contains(tampered.Problems, p => p is { Kind: IntegrityProblemKind.HashMismatch, Version: 2 } && p.StreamId == ledger.Cadre);
        Assert.Contains(tampered.Problems, p => p is { Kind: IntegrityProblemKind.DigestMismatch, Version: 4 } && p.StreamId == ledger.Cadre);

        var field = await ledger.QueryIntegrityAsync(exported);
        Assert.Contains(field["problems"]!.AsArray(), p => p!["kind"]!.GetValue<string>() == "DIGEST_MISMATCH"
            && p["streamId"]!.GetValue<string>() == ledger.Cadre.ToString("D") && p["version"]!.GetValue<int>() == 4);
    }

    [Fact]
    public async Task Deleting_the_last_event_fails_an_earlier_digest_even_when_mt_streams_is_fixed_too()
    {
        await using var ledger = await IntegrityLedger.BuildAsync();
        var digest = (await ledger.VerifyAsync()).Digest;

        await ledger.TamperAsync("""
            DELETE FROM {schema}.mt_events WHERE stream_id = {cadre} AND version = 4;
            UPDATE {schema}.mt_streams SET version = 3 WHERE id = {cadre}
            """);

        Assert.True((await ledger.VerifyAsync()).IsIntact); // the chains alone cannot tell: a shorter chain is a valid chain
        var report = await ledger.VerifyAsync(digest);
        var problem = Assert.Single(report.Problems);
        Assert.Equal((ledger.Cadre, 4L, IntegrityProblemKind.DigestMismatch), (problem.StreamId!.Value, problem.Version!.Value, problem.Kind));
        Assert.Contains("now give version 3", problem.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_stream_deleted_whole_is_located_by_the_digest()
    {
        await using var ledger = await IntegrityLedger.BuildAsync();
        var digest = (await ledger.VerifyAsync()).Digest;

        await ledger.TamperAsync("DELETE FROM {schema}.mt_events WHERE stream_id = {case}; DELETE FROM {schema}.mt_streams WHERE id = {case}");

        var problem = Assert.Single((await ledger.VerifyAsync(digest)).Problems);
        Assert.Equal((ledger.Case, 2L, IntegrityProblemKind.DigestMismatch), (problem.StreamId!.Value, problem.Version!.Value, problem.Kind));
    }

    [Fact]
    public async Task A_root_only_digest_still_proves_and_an_altered_digest_file_is_refused()
    {
        await using var ledger = await IntegrityLedger.BuildAsync();
        var digest = (await ledger.VerifyAsync()).Digest;
        await ledger.TamperAsync("UPDATE {schema}.mt_events SET headers = jsonb_set(headers, '{actor}', '\"x\"') WHERE stream_id = {unit} AND version = 1");

        var rootOnly = await ledger.VerifyAsync(digest with { Heads = null });
        Assert.Contains(rootOnly.Problems, p => p is { Kind: IntegrityProblemKind.DigestMismatch, StreamId: null });

        var forged = digest with { Heads = [.. digest.Heads!.Select(h => h with { Version = h.Version + 1 })] };
        var refused = await ledger.VerifyAsync(forged);
        Assert.Contains(refused.Problems, p => p is { Kind: IntegrityProblemKind.DigestMismatch, StreamId: null }
            && p.Explanation.Contains("digest file itself was altered", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Caseledger_digest_exports_a_file_that_caseledger_verify_checks()
    {
        await using var ledger = await IntegrityLedger.BuildAsync();
        var file = Path.Combine(Path.GetTempPath(), $"digest-{Guid.NewGuid():N}.json");
        try
        {
            var (exported, exportOutput) = await ledger.RunCliAsync("digest", "--out", file);
            Assert.True(exported == 0, exportOutput);
            Assert.Equal((await ledger.VerifyAsync()).Digest.Root, LedgerDigest.FromJson(await File.ReadAllTextAsync(file)).Root);

            await ledger.RecordBaselinePostAsync("县委书记", "2021-01-01");
            var (clean, cleanOutput) = await ledger.RunCliAsync("verify", "--digest", file);
            Assert.True(clean == 0, cleanOutput);

            await ledger.TamperAsync("UPDATE {schema}.mt_events SET timestamp = timestamp + interval '1 microsecond' WHERE stream_id = {case} AND version = 1");
            var (tampered, output) = await ledger.RunCliAsync("verify", "--digest", file);
            Assert.True(tampered == 1, output);
            Assert.Contains($"stream {ledger.Case:D} version 1: HashMismatch — ", output, StringComparison.Ordinal);
            Assert.Contains($"stream {ledger.Case:D} version 2: DigestMismatch — ", output, StringComparison.Ordinal);

            var (refused, refusal) = await ledger.RunCliAsync("digest");
            Assert.True(refused == 1, refusal);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
