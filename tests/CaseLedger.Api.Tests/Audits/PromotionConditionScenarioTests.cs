using System.Text.Json.Nodes;
using CaseLedger.Api.Tests.Testing;
using static CaseLedger.Api.Tests.Testing.GraphQLClient;

namespace CaseLedger.Api.Tests.Audits;

/// <summary>The national promotion conditions through the real mutations: the cadre's baseline career as the ledger records it.</summary>
public sealed class PromotionConditionScenarioTests(AuditHost host) : IClassFixture<AuditHost>
{
    private readonly GraphQLClient graphQL = host.GraphQL;

    private async Task<JsonNode?> FindingAsync(string caseId, string ruleId) =>
        (await host.FindingsOfCaseAsync(caseId)).SingleOrDefault(f => f!["ruleId"]!.GetValue<string>() == ruleId && f["status"]!.GetValue<string>() == "RAISED");

    private async Task<string> PromotedAsync(string unit, string baselineFrom, object from, object to, string decidedOn)
    {
        var cadre = await graphQL.RegisterCadreAsync("马文军", "1980-06-01");
        await graphQL.MutateAsync("recordBaselinePost", new { cadreId = Id(cadre), post = from, from = baselineFrom }, "cadre { id }");
        var caseId = Id(await graphQL.MutateAsync("openCase",
            new { channel = "INTERNAL_PROMOTION", cadreId = Id(cadre), fromPost = from, toPost = to, effectiveOn = "2026-03-01" }, "case { id }"));
        await graphQL.StepAsync("takeCollectiveDecision", caseId,
            new { body = "STANDING_COMMITTEE", membersEntitled = 9, attendees = 8, votesFor = 8, votesAgainst = 0, abstentions = 0, principalSpokeLast = true, effectiveOn = decidedOn });
        return caseId;
    }

    [Fact]
    public async Task A_deputy_made_chief_after_a_year_is_found_and_one_after_three_years_is_not()
    {
        var county = Id(await graphQL.RegisterUnitAsync("PC-DC-1", "原州区"));
        var deputy = LedgerScenarios.Post(county, "区商务局副局长", "TOWNSHIP", "DEPUTY");
        var chief = LedgerScenarios.Post(county, "区商务局局长", "TOWNSHIP", "CHIEF");
        var quick = await PromotedAsync(county, "2025-04-01", deputy, chief, "2026-04-01");
        var seasoned = await PromotedAsync(county, "2023-04-01", deputy, chief, "2026-04-01");

        var found = await FindingAsync(quick, "PROMO-DEPUTY-TO-CHIEF-2");
        Assert.Equal("VIOLATION", found?["severity"]!.GetValue<string>());
        Assert.Contains("after about 1.0 years at that level, fewer than 2", found!["explanation"]!.GetValue<string>());
        Assert.Null(await FindingAsync(seasoned, "PROMO-DEPUTY-TO-CHIEF-2"));
    }

    [Fact]
    public async Task A_section_deputy_raised_to_a_county_deputy_post_skips_a_level_without_approval_and_a_section_chief_does_not()
    {
        var county = Id(await graphQL.RegisterUnitAsync("PC-SK-1", "原州区"));
        var target = LedgerScenarios.Post(county, "副区长", "COUNTY", "DEPUTY");
        var skipping = await PromotedAsync(county, "2016-04-01", LedgerScenarios.Post(county, "区商务局副局长", "TOWNSHIP", "DEPUTY"), target, "2026-04-01");
        var stepping = await PromotedAsync(county, "2016-04-01", LedgerScenarios.Post(county, "区商务局局长", "TOWNSHIP", "CHIEF"), target, "2026-04-01");

        var found = await FindingAsync(skipping, "BREAK-NO-SKIP-TWO");
        Assert.Equal("VIOLATION", found?["severity"]!.GetValue<string>());
        Assert.Contains("skips 1 level(s), decided on 2026-04-01, with no upper approval granted by 2026-04-01", found!["explanation"]!.GetValue<string>());
        Assert.Null(await FindingAsync(stepping, "BREAK-NO-SKIP-TWO"));
        // One section post below is generally not enough for a county-division post: a signal for review on both.
        Assert.Equal("NEEDS_REVIEW", (await FindingAsync(stepping, "PROMO-TWO-POSTS-BELOW"))?["severity"]!.GetValue<string>());
    }
}
