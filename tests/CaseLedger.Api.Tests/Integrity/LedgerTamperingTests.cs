using CaseLedger.Api.Integrity;

namespace CaseLedger.Api.Tests.Integrity;

/// <summary>
/// Edits, deletions and reorderings made directly in mt_events with SQL — as someone with database
/// access would — are detected and located to the stream and version, by the verifier, by the
/// GraphQL field and by <c>caseledger verify</c> (exit 1). Each tampering gets a fresh ledger.
/// </summary>
public sealed class LedgerTamperingTests
{
    /// <summary>Tamperings of the cadre's stream (versions 1..4), and the problem each must produce.</summary>
    private static readonly Dictionary<string, (string Sql, long Version, IntegrityProblemKind Kind)> Tamperings = new()
    {
        ["edit_event_data"] = ("UPDATE {schema}.mt_events SET data = jsonb_set(data, '{Post,Title}', '\"县长\"') WHERE stream_id = {cadre} AND version = 2",
            2, IntegrityProblemKind.HashMismatch),
        ["edit_actor_header"] = ("UPDATE {schema}.mt_events SET headers = jsonb_set(headers, '{actor}', '\"someone-else\"') WHERE stream_id = {cadre} AND version = 3",
            3, IntegrityProblemKind.HashMismatch),
        ["delete_middle_event"] = ("DELETE FROM {schema}.mt_events WHERE stream_id = {cadre} AND version = 2",
            2, IntegrityProblemKind.VersionGap),
        ["delete_last_event"] = ("DELETE FROM {schema}.mt_events WHERE stream_id = {cadre} AND version = 4",
            4, IntegrityProblemKind.StreamHeadMismatch),
        ["swap_two_versions"] = ("""
            UPDATE {schema}.mt_events SET version = -2 WHERE stream_id = {cadre} AND version = 2;
            UPDATE {schema}.mt_events SET version = 2 WHERE stream_id = {cadre} AND version = 3;
            UPDATE {schema}.mt_events SET version = 3 WHERE stream_id = {cadre} AND version = -2
            """, 2, IntegrityProblemKind.HashMismatch),
        ["change_timestamp"] = ("UPDATE {schema}.mt_events SET timestamp = timestamp - interval '1 day' WHERE stream_id = {cadre} AND version = 3",
            3, IntegrityProblemKind.HashMismatch),
        ["hide_event_as_tombstone"] = ("UPDATE {schema}.mt_events SET type = 'tombstone' WHERE stream_id = {cadre} AND version = 3",
            3, IntegrityProblemKind.VersionGap),
        ["remove_hash_header"] = ("UPDATE {schema}.mt_events SET headers = headers - 'hash' WHERE stream_id = {cadre} AND version = 4",
            4, IntegrityProblemKind.MissingHash),
    };

    public static TheoryData<string> TamperingNames => [.. Tamperings.Keys];

    [Fact]
    public async Task A_ledger_written_through_the_api_verifies_clean_everywhere()
    {
        await using var ledger = await IntegrityLedger.BuildAsync();

        var report = await ledger.VerifyAsync();
        Assert.True(report.IsIntact, string.Join("\n", report.Problems));
        Assert.Equal((3, 7L), (report.StreamsChecked, report.EventsChecked));
        Assert.Equal(report.AtSequence, report.Digest.AtSequence);

        var field = await ledger.QueryIntegrityAsync();
        Assert.True(field["isIntact"]!.GetValue<bool>());
        Assert.Empty(field["problems"]!.AsArray());
        Assert.Equal(7, field["eventsChecked"]!.GetValue<long>());
        Assert.Equal(report.Digest.Root, field["digest"]!["root"]!.GetValue<string>());

        var (exit, output) = await ledger.RunCliAsync("verify");
        Assert.True(exit == 0, output);
        Assert.Contains("INTACT", output, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TamperingNames))]
    public async Task Tampering_is_detected_and_located_by_the_verifier_and_the_graphql_field(string tampering)
    {
        var (sql, version, kind) = Tamperings[tampering];
        await using var ledger = await IntegrityLedger.BuildAsync();
        await ledger.TamperAsync(sql);

        var report = await ledger.VerifyAsync();
        Assert.False(report.IsIntact);
        Assert.Contains(report.Problems, p => p.StreamId == ledger.Cadre && p.Version == version && p.Kind == kind);
        Assert.All(report.Problems, p => Assert.Equal(ledger.Cadre, p.StreamId)); // the unit and the case are untouched

        var field = await ledger.QueryIntegrityAsync();
        Assert.False(field["isIntact"]!.GetValue<bool>());
        Assert.Contains(field["problems"]!.AsArray(), p =>
            p!["streamId"]!.GetValue<string>() == ledger.Cadre.ToString("D")
            && p["version"]!.GetValue<long>() == version
            && p["kind"]!.GetValue<string>() == ExpectedEnumName(kind));
    }

    [Theory]
    [InlineData("edit_event_data")]
    [InlineData("delete_middle_event")]
    [InlineData("swap_two_versions")]
    public async Task Caseledger_verify_exits_1_and_lists_the_located_problem(string tampering)
    {
        var (sql, version, kind) = Tamperings[tampering];
        await using var ledger = await IntegrityLedger.BuildAsync();
        await ledger.TamperAsync(sql);

        var (exit, output) = await ledger.RunCliAsync("verify");

        Assert.True(exit == 1, output);
        Assert.Contains($"stream {ledger.Cadre:D} version {version}: {kind} — ", output, StringComparison.Ordinal);
        Assert.Contains("TAMPERED", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Swapping_two_versions_breaks_both_places_and_the_link_to_the_next()
    {
        await using var ledger = await IntegrityLedger.BuildAsync();
        await ledger.TamperAsync(Tamperings["swap_two_versions"].Sql);

        var report = await ledger.VerifyAsync();

        // 2 and 3 hold each other's events; 4 no longer follows the event now at 3.
        Assert.Equal([2L, 3L, 4L], report.Problems.Where(p => p.Kind == IntegrityProblemKind.HashMismatch).Select(p => p.Version!.Value).Order());
    }

    [Fact]
    public async Task Deleting_every_event_of_a_stream_leaves_its_mt_streams_row_to_tell()
    {
        await using var ledger = await IntegrityLedger.BuildAsync();
        await ledger.TamperAsync("DELETE FROM {schema}.mt_events WHERE stream_id = {case}");

        var report = await ledger.VerifyAsync();

        var problem = Assert.Single(report.Problems);
        Assert.Equal((ledger.Case, 2L, IntegrityProblemKind.StreamHeadMismatch), (problem.StreamId!.Value, problem.Version!.Value, problem.Kind));
    }

    /// <summary>GraphQL.NET names enum values in CONSTANT_CASE.</summary>
    private static string ExpectedEnumName(IntegrityProblemKind kind) =>
        string.Concat(kind.ToString().Select((c, i) => i > 0 && char.IsUpper(c) ? $"_{c}" : $"{c}")).ToUpperInvariant();
}
