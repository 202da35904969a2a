using CaseLedger.Api.Integrity;
using Xunit.Abstractions;

namespace CaseLedger.Api.Tests.Integrity;

/// <summary>
/// Issue #13, defect 3: an ordinary CONCURRENCY_CONFLICT makes Marten write tombstone events into
/// its bookkeeping stream. They are no one's history: after writers race, the ledger verifies
/// INTACT and the digest exports; a real tampering afterwards is still found.
/// </summary>
public sealed class RacingWritersIntegrityTests(ITestOutputHelper output)
{
    [Fact]
    public async Task After_racing_writers_the_ledger_is_intact_the_digest_exports_and_tampering_is_still_found()
    {
        await using var ledger = await IntegrityLedger.BuildAsync();
        var graphQL = ledger.Host.GraphQL;

        // Rounds of 8 writers renaming the unit, all without expectedVersion, so they read the same head
        // and collide when they save (the failed saves are what leave tombstones behind); without
        // expectedVersion a writer that lost is decided again, so every rename is appended in the end.
        var (won, conflicts) = (0, 0);
        for (var round = 0; round < 4; round++)
        {
            var payloads = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => graphQL.PayloadAsync("renameUnit",
                new { unitId = ledger.UnitId, name = $"西吉县{round}-{i}", effectiveOn = "2020-01-01" }, "unit { id }")));
            won += payloads.Count(p => p["errors"]!.AsArray().Count == 0);
            conflicts += payloads.Count(p => p["errors"]!.AsArray().Any(e => e!["code"]!.GetValue<string>() == "CONCURRENCY_CONFLICT"));
        }
        // Rounds of 4 retries of one registration with one idempotency key: one records, the others' saves
        // fail on the key's record after their events were written, and answer with the first one's unit.
        const int keyRounds = 4;
        for (var round = 0; round < keyRounds; round++)
        {
            var input = new { code = $"RACE-{round}", name = "将台堡镇", kind = "PARTY_GOV_ORGAN", level = "TOWNSHIP", parentId = ledger.UnitId, effectiveOn = "2016-01-01", idempotencyKey = $"race-{round}" };
            var payloads = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => graphQL.PayloadAsync("registerUnit", input, "unit { id }")));
            Assert.Single(payloads.Select(p => p["unit"]?["id"]?.GetValue<string>()).Distinct());
        }
        output.WriteLine($"{won} renames appended, {conflicts} CONCURRENCY_CONFLICT");
        Assert.Equal((32, 0), (won, conflicts));

        // Marten writes tombstones off the failed save's path (its wait for them is internal): wait until
        // their count has stood still for a second.
        long tombstones = -1;
        for (var (still, wait) = (0, 0); still < 5 && wait < 100; wait++)
        {
            var now = await ledger.Host.ScalarAsync("SELECT count(*) FROM {schema}.mt_events WHERE type = 'tombstone'");
            still = now == tombstones && now > 0 ? still + 1 : 0;
            tombstones = now;
            await Task.Delay(200);
        }
        var emptyStarts = await ledger.Host.ScalarAsync("SELECT count(*) FROM {schema}.mt_streams WHERE coalesce(version, 0) = 0");
        output.WriteLine($"{tombstones} tombstone events, {emptyStarts} mt_streams rows at version 0");
        Assert.True(tombstones > 0, "the failed saves left no tombstone: nothing to tell apart");

        var report = await ledger.VerifyAsync();
        Assert.True(report.IsIntact, string.Join("\n", report.Problems));
        Assert.Equal(3 + keyRounds, report.StreamsChecked);
        Assert.Equal(7L + won + keyRounds, report.EventsChecked);

        var (exit, digestOutput) = await ledger.RunCliAsync("digest");
        Assert.True(exit == 0, digestOutput);
        var digest = LedgerDigest.FromJson(digestOutput[digestOutput.IndexOf('{', StringComparison.Ordinal)..]);
        Assert.Equal(report.Digest.Root, digest.Root);

        await ledger.TamperAsync("UPDATE {schema}.mt_events SET data = jsonb_set(data, '{Post,Title}', '\"县长\"') WHERE stream_id = {cadre} AND version = 2");
        var tampered = await ledger.VerifyAsync();
        Assert.False(tampered.IsIntact);
        Assert.Contains(tampered.Problems, p => p.StreamId == ledger.Cadre && p.Version == 2 && p.Kind == IntegrityProblemKind.HashMismatch);
    }
}
