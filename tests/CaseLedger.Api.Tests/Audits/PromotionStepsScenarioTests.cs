using System.Text.Json.Nodes;
using CaseLedger.Api.Tests.Testing;
using static CaseLedger.Api.Tests.Testing.GraphQLClient;

namespace CaseLedger.Api.Tests.Audits;

/// <summary>
/// The promotion steps and identities of issue #11 through the real mutations, judged by the background evaluator: a directed
/// recommendation naming its post by id.
/// </summary>
public sealed class PromotionStepsScenarioTests(AuditHost host) : IClassFixture<AuditHost>
{
    private readonly GraphQLClient graphQL = host.GraphQL;

    private async Task<JsonNode?> FindingAsync(string caseId, string ruleId) =>
        (await host.FindingsOfCaseAsync(caseId)).SingleOrDefault(f => f!["ruleId"]!.GetValue<string>() == ruleId);

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
        Assert.Null(await FindingAsync(ids[1], "RECO-VALID-1Y"));
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
}
