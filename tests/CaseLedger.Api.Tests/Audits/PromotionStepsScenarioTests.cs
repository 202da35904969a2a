using System.Text.Json.Nodes;
using CaseLedger.Api.Tests.Testing;
using static CaseLedger.Api.Tests.Testing.GraphQLClient;

namespace CaseLedger.Api.Tests.Audits;

/// <summary>
/// The promotion steps and identities of issue #11 through the real mutations, judged by the background evaluator: a directed
/// recommendation naming its post by id; a case judged again when a unit above its post changes.
/// </summary>
public sealed class PromotionStepsScenarioTests(AuditHost host) : IClassFixture<AuditHost>
{
    private readonly GraphQLClient graphQL = host.GraphQL;

    /// <summary>The case's finding of the rule that stands (not cleared), if any.</summary>
    private async Task<JsonNode?> FindingAsync(string caseId, string ruleId) =>
        (await host.FindingsOfCaseAsync(caseId)).SingleOrDefault(f => f!["ruleId"]!.GetValue<string>() == ruleId && f["status"]!.GetValue<string>() != "CLEARED");

    private Task<JsonNode> DecideAsync(string caseId, string on) =>
        graphQL.StepAsync("takeCollectiveDecision", caseId,
            new { body = "STANDING_COMMITTEE", membersEntitled = 9, attendees = 8, votesFor = 8, votesAgainst = 0, abstentions = 0, principalSpokeLast = true, effectiveOn = on });

    private async Task<string> PromotionAsync(string unitId, string title, string channel = "INTERNAL_PROMOTION", string opened = "2026-03-01")
    {
        var cadre = await graphQL.RegisterCadreAsync("李娜", "1988-02-02");
        return Id(await graphQL.MutateAsync("openCase",
            new
            {
                channel, cadreId = Id(cadre), fromPost = LedgerScenarios.Post(unitId, "县委办公室副主任", "TOWNSHIP", "DEPUTY"),
                toPost = LedgerScenarios.Post(unitId, title, "TOWNSHIP", "CHIEF"), effectiveOn = opened,
            },
            "case { id }"));
    }

    /// <summary>虎成 (grown up in 西吉县) promoted 副局长 → 局长 of <paramref name="bureau"/>, decided on 2026-03-30.</summary>
    private async Task<string> BureauChiefDecidedAsync(string bureau)
    {
        var cadre = await graphQL.RegisterCadreAsync("虎成", "1978-01-01");
        var caseId = Id(await graphQL.MutateAsync("openCase", new
        {
            channel = "INTERNAL_PROMOTION", cadreId = Id(cadre), effectiveOn = "2026-03-01",
            fromPost = LedgerScenarios.Post(bureau, "副局长", "TOWNSHIP", "DEPUTY"), toPost = LedgerScenarios.Post(bureau, "局长", "TOWNSHIP", "CHIEF"),
        }, "case { id }"));
        await DecideAsync(caseId, "2026-03-30");
        return caseId;
    }

    private async Task<string> ToPostIdAsync(string caseId) =>
        (await graphQL.QueryAsync("query($id: ID!) { case(id: $id) { toPost { id } } }", new { id = caseId }))["case"]!["toPost"]!["id"]!.GetValue<string>();

    [Fact]
    public async Task A_recommendation_directed_by_id_at_the_same_title_in_another_county_is_found_and_one_at_the_cases_post_is_not()
    {
        var longde = Id(await graphQL.RegisterUnitAsync("PS-3A", "隆德县"));
        var xiji = Id(await graphQL.RegisterUnitAsync("PS-3B", "西吉县"));
        var elsewhere = await ToPostIdAsync(await PromotionAsync(xiji, "县委办公室主任"));
        var ids = new List<string>();
        foreach (var directed in new[] { elsewhere, null })
        {
            var caseId = await PromotionAsync(longde, "县委办公室主任");
            await graphQL.StepAsync("holdDemocraticRecommendation", caseId,
                new { mode = "MEETING", directed = true, directedPostId = directed ?? await ToPostIdAsync(caseId), participants = 30, candidateCount = 2, effectiveOn = "2026-03-05" });
            await graphQL.StepAsync("determineInspectionTargets", caseId, new { candidates = new[] { "李娜", "王磊" }, effectiveOn = "2026-03-10" });
            ids.Add(caseId);
        }

        var recorded = (await graphQL.QueryAsync("query($id: ID!) { case(id: $id) { meetingRecommendation { directedPost directedPostId } } }", new { id = ids[0] }))["case"]!["meetingRecommendation"]!;
        Assert.Equal(elsewhere, recorded["directedPostId"]!.GetValue<string>());
        Assert.Null(recorded["directedPost"]);
        Assert.Contains("another post", (await FindingAsync(ids[0], "RECO-VALID-1Y"))?["explanation"]!.GetValue<string>() ?? "");
        Assert.Null(await host.RaisedFindingAsync(ids[1], "RECO-VALID-1Y"));
    }

    [Fact]
    public async Task A_post_id_that_is_not_one_is_refused_and_records_nothing()
    {
        var county = Id(await graphQL.RegisterUnitAsync("PS-3C", "隆德县"));
        var caseId = await PromotionAsync(county, "县委办公室主任");

        var payload = await graphQL.StepPayloadAsync("holdDemocraticRecommendation", caseId,
            new { mode = "MEETING", directed = true, directedPostId = county, participants = 30, candidateCount = 2, effectiveOn = "2026-03-05" });

        CaseSteps.AssertRefused(payload, "case", "INVALID_ID", "input.directedPostId");
        Assert.Null((await graphQL.QueryAsync("query($id: ID!) { case(id: $id) { meetingRecommendation { directedPostId } } }", new { id = caseId }))["case"]!["meetingRecommendation"]);
    }

    [Fact]
    public async Task Renaming_the_county_above_a_police_bureau_raises_and_clears_the_region_avoidance_finding_of_its_chief()
    {
        var county = Id(await graphQL.RegisterUnitAsync("PS-4", "彭阳县"));
        var bureau = Id(await graphQL.RegisterUnitAsync("PS-4B", "县公安局", "COUNTY", county));
        var caseId = await BureauChiefDecidedAsync(bureau);
        Assert.Null(await FindingAsync(caseId, "AVOID-REGION"));

        // The county (an ancestor: the case names only the bureau) was 西吉县 from 2020 on the record: the bureau's chief is now in the growth place.
        await graphQL.MutateAsync("renameUnit", new { unitId = county, name = "西吉县", effectiveOn = "2020-01-01" }, "unit { id }");
        Assert.Contains("in 西吉县, which lies in the growth place '西吉县'", (await FindingAsync(caseId, "AVOID-REGION"))?["explanation"]!.GetValue<string>() ?? "");

        // Renamed again before the decision: the finding clears by an event.
        await graphQL.MutateAsync("renameUnit", new { unitId = county, name = "彭阳县", effectiveOn = "2025-01-01" }, "unit { id }");
        Assert.Null(await FindingAsync(caseId, "AVOID-REGION"));
        Assert.Contains(await host.FindingsOfCaseAsync(caseId), f => f!["ruleId"]!.GetValue<string>() == "AVOID-REGION" && f["status"]!.GetValue<string>() == "CLEARED");
    }

    [Fact]
    public async Task A_police_bureau_moved_into_the_chiefs_growth_county_before_the_decision_is_found_and_one_moved_after_it_is_not()
    {
        var pengyang = Id(await graphQL.RegisterUnitAsync("PS-6P", "彭阳县"));
        var xiji = Id(await graphQL.RegisterUnitAsync("PS-6X", "西吉县"));
        var cases = new List<string>();
        foreach (var (code, movedOn) in new[] { ("PS-6A", "2026-01-01"), ("PS-6B", "2026-06-01") })
        {
            var bureau = Id(await graphQL.RegisterUnitAsync(code, "县公安局", "COUNTY", pengyang));
            var caseId = await BureauChiefDecidedAsync(bureau);
            Assert.Null(await FindingAsync(caseId, "AVOID-REGION"));

            // 隶属关系调整: the bureau goes under 西吉县, the chief's growth place, recorded after the decision with its own date.
            await graphQL.MutateAsync("moveUnit", new { unitId = bureau, parentId = xiji, effectiveOn = movedOn }, "unit { id }");
            cases.Add(caseId);
        }

        // Moved before the decision: on the decision day the bureau stood under 西吉县. Moved after it: the tree of that day had 彭阳县.
        Assert.Contains("in 西吉县, which lies in the growth place '西吉县'", (await FindingAsync(cases[0], "AVOID-REGION"))?["explanation"]!.GetValue<string>() ?? "");
        Assert.Null(await host.RaisedFindingAsync(cases[1], "AVOID-REGION"));
    }

    [Fact]
    public async Task A_county_leaders_departure_recorded_after_a_promotion_in_a_township_below_raises_the_surprise_signal()
    {
        var county = Id(await graphQL.RegisterUnitAsync("PS-5", "隆德县"));
        var township = Id(await graphQL.RegisterUnitAsync("PS-5T", "沙塘镇", "TOWNSHIP", county));
        var cadre = await graphQL.RegisterCadreAsync("杨帆", "1986-03-03");
        var caseId = Id(await graphQL.MutateAsync("openCase", new
        {
            channel = "INTERNAL_PROMOTION", cadreId = Id(cadre), effectiveOn = "2026-05-10",
            fromPost = LedgerScenarios.Post(township, "副镇长", "TOWNSHIP", "DEPUTY"), toPost = LedgerScenarios.Post(township, "镇长", "TOWNSHIP", "CHIEF"),
        }, "case { id }"));
        await DecideAsync(caseId, "2026-05-20");
        Assert.Null(await FindingAsync(caseId, "SURPRISE-PROMO-TRANSFER-OR-RESTRUCTURE"));

        await graphQL.MutateAsync("announceLeaderDeparture",
            new { unitId = county, leaderName = "张明", leaderPost = "县委书记", departsOn = "2026-06-30", effectiveOn = "2026-05-01" }, "unit { id }");

        Assert.NotNull(await FindingAsync(caseId, "SURPRISE-PROMO-TRANSFER-OR-RESTRUCTURE"));
    }
}
