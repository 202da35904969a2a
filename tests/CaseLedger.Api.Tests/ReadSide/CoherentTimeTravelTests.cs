using System.Globalization;
using System.Text.Json.Nodes;
using CaseLedger.Api.Tests.Audits;
using CaseLedger.Api.Tests.Testing;
using static CaseLedger.Api.Tests.Testing.GraphQLClient;

namespace CaseLedger.Api.Tests.ReadSide;

/// <summary>
/// A view on the record-time axis is coherent: inside <c>asRecordedAt</c> the cadre, units (and their parents), posts,
/// cases and findings are what the ledger said at that same moment; outside it, what it says now.
/// </summary>
public sealed class CoherentTimeTravelTests(AuditHost host) : IClassFixture<AuditHost>
{
    private readonly GraphQLClient graphQL = host.GraphQL;

    private const string Shown = """
        version
        cadre { name version currentPosting { primary { post { title unit { name } } } } findings { ruleId status } }
        toPost { unit { name version parent { name } } }
        findings { ruleId status }
        """;

    private sealed record Ledger(string CaseId, string CadreId, DateTimeOffset BeforeDecision, DateTimeOffset AfterDecision);

    private const string Quorum = "TL-DECISION-QUORUM";

    /// <summary>
    /// A case decided without a quorum (TL-DECISION-QUORUM raised), then, later: the cadre renamed, the county and
    /// its city renamed, a new post recorded for the cadre and the decision corrected (the finding cleared).
    /// </summary>
    private async Task<Ledger> LedgerChangedAfterwardsAsync(string code)
    {
        var city = Id(await graphQL.RegisterUnitAsync($"{code}-C", "固原市", "CITY"));
        var county = Id(await graphQL.RegisterUnitAsync($"{code}-1", "原州区", "COUNTY", city));
        var cadre = Id(await graphQL.RegisterCadreAsync("张伟", "1975-01-01"));
        await graphQL.MutateAsync("recordBaselinePost", new { cadreId = cadre, post = LedgerScenarios.Post(county, "区委常委"), from = "2018-02-01" }, "cadre { id }");
        var caseId = Id(await graphQL.MutateAsync("openCase",
            new
            {
                channel = "LATERAL_TRANSFER", cadreId = cadre, fromPost = LedgerScenarios.Post(county, "区委常委"),
                toPost = LedgerScenarios.Post(county, "区委秘书长"), exchangeReason = "WORK_NEEDS", effectiveOn = "2026-07-01",
            }, "case { id }"));
        await host.WaitForAuditsAsync();
        host.Clock.Advance(TimeSpan.FromHours(1));
        var beforeDecision = host.Clock.GetUtcNow();
        host.Clock.Advance(TimeSpan.FromHours(1));

        var decided = await graphQL.StepAsync("takeCollectiveDecision", caseId,
            new { body = "STANDING_COMMITTEE", membersEntitled = 11, attendees = 6, votesFor = 6, votesAgainst = 0, abstentions = 0, principalSpokeLast = true, effectiveOn = "2026-07-15" });
        await host.WaitForAuditsAsync();
        host.Clock.Advance(TimeSpan.FromDays(1));
        var afterDecision = host.Clock.GetUtcNow();
        host.Clock.Advance(TimeSpan.FromDays(1));

        await graphQL.MutateAsync("correctCadreDetails",
            new { cadreId = cadre, name = "张伟明", effectiveOn = Day(host.Clock.GetUtcNow()), reason = "姓名登记错误" }, "cadre { id }");
        await graphQL.MutateAsync("renameUnit", new { unitId = county, name = "原州区（新）", effectiveOn = Day(host.Clock.GetUtcNow()) }, "unit { id }");
        await graphQL.MutateAsync("renameUnit", new { unitId = city, name = "固原市（新）", effectiveOn = Day(host.Clock.GetUtcNow()) }, "unit { id }");
        await graphQL.MutateAsync("recordBaselinePost", new { cadreId = cadre, post = LedgerScenarios.Post(county, "区委副书记"), from = "2026-11-01" }, "cadre { id }");
        var decisionVersion = decided["steps"]!.AsArray().Single(s => s!["step"]!.GetValue<string>() == "COLLECTIVE_DECISION")!["version"]!.GetValue<int>();
        await graphQL.StepAsync("takeCollectiveDecision", caseId, new
        {
            body = "STANDING_COMMITTEE", membersEntitled = 11, attendees = 9, votesFor = 9, votesAgainst = 0, abstentions = 0, principalSpokeLast = true,
            effectiveOn = "2026-07-15", correction = new { correctedVersion = decisionVersion, reason = "到会人数录入错误" },
        });
        await host.WaitForAuditsAsync();
        return new Ledger(caseId, cadre, beforeDecision, afterDecision);
    }

    private static string At(DateTimeOffset at) => at.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd'T'HH:mm:ss.fffzzz", CultureInfo.InvariantCulture);

    private static string Day(DateTimeOffset at) => at.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string? Text(JsonNode? node, params string[] path) =>
        path.Aggregate(node, (n, key) => n?[key])?.GetValue<string>();

    /// <summary>The status of the quorum finding in the view's findings; null when there is none.</summary>
    private static string? QuorumStatus(JsonNode? holder) =>
        holder!["findings"]!.AsArray().SingleOrDefault(f => f!["ruleId"]!.GetValue<string>() == Quorum)?["status"]!.GetValue<string>();

    [Fact]
    public async Task Inside_a_case_as_recorded_at_a_moment_the_cadre_units_posts_and_findings_are_as_recorded_then_and_outside_as_now()
    {
        var ledger = await LedgerChangedAfterwardsAsync("CT-1");

        var found = (await graphQL.QueryAsync($$"""
            query($id: ID!) {
              case(id: $id) {
                {{Shown}}
                then: asRecordedAt(at: "{{At(ledger.AfterDecision)}}") { {{Shown}} }
                beforeDecision: asRecordedAt(at: "{{At(ledger.BeforeDecision)}}") { {{Shown}} }
              }
            }
            """, new { id = ledger.CaseId }))["case"]!;

        // Now: the later records.
        Assert.Equal("张伟明", Text(found, "cadre", "name"));
        Assert.Equal("区委副书记", Text(found, "cadre", "currentPosting", "primary", "post", "title"));
        Assert.Equal("原州区（新）", Text(found, "toPost", "unit", "name"));
        Assert.Equal("固原市（新）", Text(found, "toPost", "unit", "parent", "name"));
        Assert.Equal("CLEARED", QuorumStatus(found));

        // Then: the same case as it stood after the decision, with everything it leads to as recorded at that moment.
        var then = found["then"]!;
        Assert.Equal("张伟", Text(then, "cadre", "name"));
        Assert.Equal(2, then["cadre"]!["version"]!.GetValue<int>());
        Assert.Equal("区委常委", Text(then, "cadre", "currentPosting", "primary", "post", "title"));
        Assert.Equal("原州区", Text(then, "cadre", "currentPosting", "primary", "post", "unit", "name"));
        Assert.Equal("原州区", Text(then, "toPost", "unit", "name"));
        Assert.Equal(1, then["toPost"]!["unit"]!["version"]!.GetValue<int>());
        Assert.Equal("固原市", Text(then, "toPost", "unit", "parent", "name"));
        Assert.Equal("RAISED", QuorumStatus(then));
        Assert.Equal("RAISED", QuorumStatus(then["cadre"]));
        Assert.Equal("CLEARED", QuorumStatus(found["cadre"]));

        // Before the decision was recorded no finding had been raised yet.
        Assert.Null(QuorumStatus(found["beforeDecision"]));
        Assert.Equal(1, found["beforeDecision"]!["version"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_cadre_as_recorded_at_a_moment_shows_the_record_posting_cases_and_findings_of_that_moment()
    {
        var ledger = await LedgerChangedAfterwardsAsync("CT-2");

        var found = (await graphQL.QueryAsync($$"""
            query($id: ID!) {
              cadre(id: $id) {
                name version
                then: asRecordedAt(at: "{{At(ledger.AfterDecision)}}") {
                  name version history { type }
                  currentPosting { asOf primary { post { title unit { name parent { name } } } } }
                  cases { version stepsDone toPost { unit { name } } }
                  findings { ruleId status }
                }
                beforeRegistration: asRecordedAt(at: "2020-01-01T00:00:00Z") { name }
              }
            }
            """, new { id = ledger.CadreId }))["cadre"]!;

        Assert.Equal("张伟明", Text(found, "name"));
        Assert.Equal(4, found["version"]!.GetValue<int>());
        var then = found["then"]!;
        Assert.Equal("张伟", Text(then, "name"));
        Assert.Equal(2, then["version"]!.GetValue<int>());
        Assert.Equal(["cadre_registered.v1", "baseline_post_recorded.v1"], then["history"]!.AsArray().Select(h => h!["type"]!.GetValue<string>()));
        Assert.Equal(Day(ledger.AfterDecision), Text(then, "currentPosting", "asOf"));
        Assert.Equal("区委常委", Text(then, "currentPosting", "primary", "post", "title"));
        Assert.Equal("固原市", Text(then, "currentPosting", "primary", "post", "unit", "parent", "name"));
        var caseThen = Assert.Single(then["cases"]!.AsArray())!;
        Assert.Equal(2, caseThen["version"]!.GetValue<int>());
        Assert.Equal("原州区", Text(caseThen, "toPost", "unit", "name"));
        Assert.Equal("RAISED", QuorumStatus(then));
        Assert.Null(found["beforeRegistration"]);
    }

    [Fact]
    public async Task A_case_as_of_a_version_is_shown_as_recorded_when_that_version_was()
    {
        var ledger = await LedgerChangedAfterwardsAsync("CT-3");

        var found = (await graphQL.QueryAsync("""
            query($id: ID!) {
              case(id: $id) {
                version
                second: asOfVersion(version: 2) { version cadre { name } toPost { unit { name } } findings { ruleId status } }
                latest: asOfVersion(version: 4) { version cadre { name } toPost { unit { name } } findings { ruleId status } }
              }
            }
            """, new { id = ledger.CaseId }))["case"]!;

        Assert.Equal(4, found["version"]!.GetValue<int>());
        Assert.Equal("张伟", Text(found["second"], "cadre", "name"));
        Assert.Equal("原州区", Text(found["second"], "toPost", "unit", "name"));
        Assert.Null(QuorumStatus(found["second"])); // the finding was raised after the decision was recorded
        Assert.Equal("张伟明", Text(found["latest"], "cadre", "name"));
        Assert.Equal("原州区（新）", Text(found["latest"], "toPost", "unit", "name"));
    }

    private const string Nested = """
        toPost { unit { roster(asOf: "2026-12-01") { cadre { name } spell { post { title } } } } }
        findings { ruleId history { change } }
        """;

    /// <summary>The first roster entry's cadre name and post title; the changes of the quorum finding.</summary>
    private static (string? Name, string? Title, string[] Changes) NestedShown(JsonNode? holder)
    {
        var entry = Assert.Single(holder!["toPost"]!["unit"]!["roster"]!.AsArray());
        var quorum = holder["findings"]!.AsArray().SingleOrDefault(f => f!["ruleId"]!.GetValue<string>() == Quorum);
        return (Text(entry, "cadre", "name"), Text(entry, "spell", "post", "title"),
            quorum is null ? [] : [.. quorum["history"]!.AsArray().Select(h => h!["change"]!.GetValue<string>())]);
    }

    [Fact]
    public async Task Inside_a_past_view_a_units_roster_and_a_findings_history_are_as_recorded_then()
    {
        var ledger = await LedgerChangedAfterwardsAsync("CT-4");

        var found = (await graphQL.QueryAsync($$"""
            query($id: ID!) {
              case(id: $id) {
                {{Nested}}
                then: asRecordedAt(at: "{{At(ledger.AfterDecision)}}") { {{Nested}} }
                second: asOfVersion(version: 2) { {{Nested}} }
              }
            }
            """, new { id = ledger.CaseId }))["case"]!;
        var cadre = (await graphQL.QueryAsync($$"""
            query($id: ID!) { cadre(id: $id) { then: asRecordedAt(at: "{{At(ledger.AfterDecision)}}") { cases { {{Nested}} } } } }
            """, new { id = ledger.CadreId }))["cadre"]!;

        // Now: the post recorded later holds the roster, and the finding was cleared by the corrected decision.
        var now = NestedShown(found);
        Assert.Equal(("张伟明", "区委副书记"), (now.Name, now.Title));
        Assert.Equal(["RAISED", "CLEARED"], now.Changes);

        // Then (in a case's view, a version's view and a cadre's view): the roster and the finding's history stop at that moment.
        foreach (var then in new[] { NestedShown(found["then"]), NestedShown(cadre["then"]!["cases"]![0]) })
        {
            Assert.Equal(("张伟", "区委常委"), (then.Name, then.Title));
            Assert.Equal(["RAISED"], then.Changes);
        }
        var second = NestedShown(found["second"]);
        Assert.Equal(("张伟", "区委常委"), (second.Name, second.Title));
        Assert.Empty(second.Changes);
    }
}
