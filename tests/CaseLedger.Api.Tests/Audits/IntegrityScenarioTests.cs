using System.Text.Json.Nodes;
using CaseLedger.Api.Tests.Testing;
using static CaseLedger.Api.Tests.Testing.GraphQLClient;

namespace CaseLedger.Api.Tests.Audits;

/// <summary>NOT-INSPECTABLE and SANCTION-BLOCKS-PROMOTION through the real mutations: the cadre's record as of the day judged.</summary>
public sealed class IntegrityScenarioTests(AuditHost host) : IClassFixture<AuditHost>
{
    private readonly GraphQLClient graphQL = host.GraphQL;

    private async Task<JsonNode?> FindingAsync(string caseId, string ruleId) =>
        (await host.FindingsOfCaseAsync(caseId)).SingleOrDefault(f => f!["ruleId"]!.GetValue<string>() == ruleId && f["status"]!.GetValue<string>() == "RAISED");

    private async Task<string> PromotionAsync(string cadreId, string county)
    {
        var caseId = Id(await graphQL.MutateAsync("openCase", new
        {
            channel = "INTERNAL_PROMOTION", cadreId, fromPost = LedgerScenarios.Post(county, "区委办公室副主任", "TOWNSHIP", "DEPUTY"),
            toPost = LedgerScenarios.Post(county, "区委办公室主任", "TOWNSHIP", "CHIEF"), effectiveOn = "2026-03-01",
        }, "case { id }"));
        return caseId;
    }

    private Task<JsonNode> AssessAsync(JsonNode cadre, int year, string grade) =>
        graphQL.MutateAsync("recordAnnualAssessment", new { cadreId = Id(cadre), year, grade, effectiveOn = $"{year + 1}-01-20" }, "cadre { id }");

    [Fact]
    [RuleTest("NOT-INSPECTABLE", RuleTestKind.ApiScenario)]
    public async Task A_target_assessed_basically_competent_last_year_is_found_and_a_competent_one_is_not()
    {
        var county = Id(await graphQL.RegisterUnitAsync("IN-NI-1", "原州区"));
        var weak = await graphQL.RegisterCadreAsync("马文军", "1985-06-01");
        var sound = await graphQL.RegisterCadreAsync("马文华", "1985-06-01");
        await AssessAsync(weak, 2025, "BASICALLY_COMPETENT");
        await AssessAsync(sound, 2025, "COMPETENT");
        var weakCase = await PromotionAsync(Id(weak), county);
        var soundCase = await PromotionAsync(Id(sound), county);
        foreach (var caseId in new[] { weakCase, soundCase })
            await graphQL.StepAsync("determineInspectionTargets", caseId, new { candidates = new[] { "马文军", "马文华" }, effectiveOn = "2026-04-01" });

        var found = await FindingAsync(weakCase, "NOT-INSPECTABLE");
        Assert.Equal("VIOLATION", found?["severity"]!.GetValue<string>());
        Assert.Contains("the 2025 assessment was basically competent", found!["explanation"]!.GetValue<string>());
        Assert.Null(await FindingAsync(soundCase, "NOT-INSPECTABLE"));
    }

    [Fact]
    [RuleTest("SANCTION-BLOCKS-PROMOTION", RuleTestKind.ApiScenario)]
    public async Task A_promotion_decided_on_the_last_day_of_a_demerits_period_is_found_and_one_decided_the_day_after_is_not()
    {
        var county = Id(await graphQL.RegisterUnitAsync("IN-SB-1", "原州区"));
        var cadre = await graphQL.RegisterCadreAsync("马文军", "1985-06-01");
        await graphQL.MutateAsync("recordSanction",
            new { cadreId = Id(cadre), kind = "STATE_SUPERVISORY", sanction = "记过", startOn = "2025-06-01", periodMonths = 12 }, "cadre { id }");
        var inside = await PromotionAsync(Id(cadre), county);
        var after = await PromotionAsync(Id(cadre), county);
        await graphQL.StepAsync("takeCollectiveDecision", inside,
            new { body = "STANDING_COMMITTEE", membersEntitled = 9, attendees = 8, votesFor = 8, votesAgainst = 0, abstentions = 0, principalSpokeLast = true, effectiveOn = "2026-05-31" });
        await graphQL.StepAsync("takeCollectiveDecision", after,
            new { body = "STANDING_COMMITTEE", membersEntitled = 9, attendees = 8, votesFor = 8, votesAgainst = 0, abstentions = 0, principalSpokeLast = true, effectiveOn = "2026-06-01" });

        var found = await FindingAsync(inside, "SANCTION-BLOCKS-PROMOTION");
        Assert.Equal("VIOLATION", found?["severity"]!.GetValue<string>());
        Assert.Contains("the 记过 of 2025-06-01 (12 months, to 2026-05-31)", found!["explanation"]!.GetValue<string>());
        Assert.Null(await FindingAsync(after, "SANCTION-BLOCKS-PROMOTION"));
    }
}
