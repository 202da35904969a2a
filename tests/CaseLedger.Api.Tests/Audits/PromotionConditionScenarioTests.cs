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

    private Task<string> PromotedAsync(string unit, string baselineFrom, object from, object to, string decidedOn) =>
        PromotedAsync(to, decidedOn, [(from, baselineFrom, null)]);

    /// <summary>
    /// A cadre with this career (baseline posts, the last one still held) promoted by an internal promotion to <paramref name="to"/>;
    /// <paramref name="beforeDecision"/> records the case's steps before its decision.
    /// </summary>
    private async Task<string> PromotedAsync(object to, string decidedOn, (object Post, string From, string? To)[] career,
        string workStartDate = "2002-08-01", Func<string, Task>? beforeDecision = null)
    {
        var cadre = await graphQL.RegisterCadreAsync("马文军", "1980-06-01", workStartDate);
        foreach (var (post, from, until) in career)
            await graphQL.MutateAsync("recordBaselinePost", new { cadreId = Id(cadre), post, from, to = until }, "cadre { id }");
        var caseId = Id(await graphQL.MutateAsync("openCase",
            new { channel = "INTERNAL_PROMOTION", cadreId = Id(cadre), fromPost = career[^1].Post, toPost = to, effectiveOn = "2026-03-01" }, "case { id }"));
        if (beforeDecision is not null)
            await beforeDecision(caseId);
        await graphQL.StepAsync("takeCollectiveDecision", caseId,
            new { body = "STANDING_COMMITTEE", membersEntitled = 9, attendees = 8, votesFor = 8, votesAgainst = 0, abstentions = 0, principalSpokeLast = true, effectiveOn = decidedOn });
        return caseId;
    }

    [Fact]
    [RuleTest("PROMO-DEPUTY-TO-CHIEF-2", RuleTestKind.ApiScenario)]
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

    [Fact]
    [RuleTest("PROMO-LOWERCHIEF-TO-UPPERDEPUTY-3", RuleTestKind.ApiScenario)]
    public async Task A_section_chief_made_county_deputy_after_two_years_is_found_and_one_after_three_years_is_not()
    {
        var county = Id(await graphQL.RegisterUnitAsync("PC-LC-1", "原州区"));
        var chief = LedgerScenarios.Post(county, "区商务局局长", "TOWNSHIP", "CHIEF");
        var target = LedgerScenarios.Post(county, "副区长", "COUNTY", "DEPUTY");
        var quick = await PromotedAsync(county, "2024-04-01", chief, target, "2026-04-01");
        var seasoned = await PromotedAsync(county, "2023-03-01", chief, target, "2026-04-01");

        var found = await FindingAsync(quick, "PROMO-LOWERCHIEF-TO-UPPERDEPUTY-3");
        Assert.Equal("VIOLATION", found?["severity"]!.GetValue<string>());
        Assert.Contains("fewer than 3", found!["explanation"]!.GetValue<string>());
        Assert.Null(await FindingAsync(seasoned, "PROMO-LOWERCHIEF-TO-UPPERDEPUTY-3"));
    }

    [Fact]
    [RuleTest("PROMO-CHU-WORKYEARS-5", RuleTestKind.ApiScenario)]
    public async Task A_county_deputy_post_after_four_years_of_work_is_found_and_after_six_is_not()
    {
        var county = Id(await graphQL.RegisterUnitAsync("PC-WY-1", "原州区"));
        var career = new (object, string, string?)[] { (LedgerScenarios.Post(county, "区商务局局长", "TOWNSHIP", "CHIEF"), "2022-06-01", null) };
        var target = LedgerScenarios.Post(county, "副区长", "COUNTY", "DEPUTY");
        var novice = await PromotedAsync(target, "2026-04-01", career, workStartDate: "2022-01-01");
        var worked = await PromotedAsync(target, "2026-04-01", career, workStartDate: "2020-01-01");

        var found = await FindingAsync(novice, "PROMO-CHU-WORKYEARS-5");
        Assert.Equal("VIOLATION", found?["severity"]!.GetValue<string>());
        Assert.Contains("with 4 years of work (since 2022-01-01), fewer than 5", found!["explanation"]!.GetValue<string>());
        Assert.Null(await FindingAsync(worked, "PROMO-CHU-WORKYEARS-5"));
    }

    [Fact]
    [RuleTest("PROMO-CHU-GRASSROOTS-2", RuleTestKind.ApiScenario)]
    public async Task A_county_deputy_post_for_a_cadre_who_served_only_in_regional_organs_is_found_and_one_with_three_county_years_is_not()
    {
        var region = Id(await graphQL.RegisterUnitAsync("PC-GR-1", "自治区发展和改革委员会", "REGION", area: null));
        var county = Id(await graphQL.RegisterUnitAsync("PC-GR-2", "原州区"));
        var regional = LedgerScenarios.Post(region, "办公室综合科科长", "TOWNSHIP", "CHIEF");
        var target = LedgerScenarios.Post(county, "副区长", "COUNTY", "DEPUTY");
        var office = await PromotedAsync(target, "2026-04-01", [(regional, "2016-04-01", null)]);
        var grassroots = await PromotedAsync(target, "2026-04-01",
            [(LedgerScenarios.Post(county, "区商务局副局长", "TOWNSHIP", "DEPUTY"), "2016-04-01", "2019-03-31"), (regional, "2019-04-01", null)]);

        var found = await FindingAsync(office, "PROMO-CHU-GRASSROOTS-2");
        Assert.Equal("VIOLATION", found?["severity"]!.GetValue<string>());
        Assert.Contains("with about 0.0 years at the grassroots (county level and below), fewer than 2", found!["explanation"]!.GetValue<string>());
        Assert.Null(await FindingAsync(grassroots, "PROMO-CHU-GRASSROOTS-2"));
    }

    [Fact]
    [RuleTest("BREAK-NO-DURING-PROBATION", RuleTestKind.ApiScenario)]
    public async Task An_exceptional_promotion_seven_months_after_the_last_is_found_and_one_thirteen_months_after_is_not()
    {
        var county = Id(await graphQL.RegisterUnitAsync("PC-PR-1", "原州区"));
        var deputy = LedgerScenarios.Post(county, "区商务局副局长", "TOWNSHIP", "DEPUTY");
        var chief = LedgerScenarios.Post(county, "区商务局局长", "TOWNSHIP", "CHIEF");
        // Section chief to county chief skips the county-deputy level: an exceptional (破格) promotion.
        var target = LedgerScenarios.Post(county, "区长", "COUNTY", "CHIEF");
        var early = await PromotedAsync(target, "2026-04-01", [(deputy, "2015-01-01", "2025-08-31"), (chief, "2025-09-01", null)]);
        var later = await PromotedAsync(target, "2026-04-01", [(deputy, "2015-01-01", "2025-02-28"), (chief, "2025-03-01", null)]);

        var found = await FindingAsync(early, "BREAK-NO-DURING-PROBATION");
        Assert.Equal("VIOLATION", found?["severity"]!.GetValue<string>());
        Assert.Contains("less than a year after the promotion to 区商务局局长 on 2025-09-01", found!["explanation"]!.GetValue<string>());
        Assert.Null(await FindingAsync(later, "BREAK-NO-DURING-PROBATION"));
    }

    [Fact]
    [RuleTest("BREAK-NO-SKIP-TWO", RuleTestKind.ApiScenario)]
    public async Task A_one_level_skip_with_only_a_routine_approval_is_found_and_one_with_a_prior_exceptional_promotion_approval_is_not()
    {
        var county = Id(await graphQL.RegisterUnitAsync("PC-SK-2", "原州区"));
        var career = new (object, string, string?)[] { (LedgerScenarios.Post(county, "区商务局副局长", "TOWNSHIP", "DEPUTY"), "2016-04-01", null) };
        var target = LedgerScenarios.Post(county, "副区长", "COUNTY", "DEPUTY");
        Func<string, Task> ApprovedThenInspected(string purpose, string grantedOn) => async caseId =>
        {
            await graphQL.StepAsync("requestApproval", caseId, new { authority = "固原市委组织部", attachments = new[] { "越级提拔请示" }, effectiveOn = "2026-03-05" });
            await graphQL.StepAsync("grantApproval", caseId, new { authority = "固原市委组织部", reference = "固组复〔2026〕3号", purpose, effectiveOn = grantedOn });
            await graphQL.StepAsync("completeInspection", caseId, new { teamMembers = new[] { "马强", "丁丽" }, reportReference = "原组考〔2026〕5号", effectiveOn = "2026-03-20" });
        };
        var routine = await PromotedAsync(target, "2026-04-01", career, beforeDecision: ApprovedThenInspected("ROUTINE", "2026-03-10"));
        var tooLate = await PromotedAsync(target, "2026-04-01", career, beforeDecision: ApprovedThenInspected("EXCEPTIONAL_PROMOTION", "2026-03-25"));
        var prior = await PromotedAsync(target, "2026-04-01", career, beforeDecision: ApprovedThenInspected("EXCEPTIONAL_PROMOTION", "2026-03-10"));

        var found = await FindingAsync(routine, "BREAK-NO-SKIP-TWO");
        Assert.Equal("VIOLATION", found?["severity"]!.GetValue<string>());
        Assert.Contains("with no upper approval granted by 2026-03-20 for a 越级/破格 promotion (the approval 固组复〔2026〕3号 is not a prior approval of the skip)",
            found!["explanation"]!.GetValue<string>());
        Assert.NotNull(await FindingAsync(tooLate, "BREAK-NO-SKIP-TWO"));
        Assert.Null(await FindingAsync(prior, "BREAK-NO-SKIP-TWO"));
    }

    [Fact]
    [RuleTest("PROMO-TWO-POSTS-BELOW", RuleTestKind.ApiScenario)]
    public async Task A_county_deputy_post_after_one_section_post_is_for_review_and_after_two_is_not()
    {
        var county = Id(await graphQL.RegisterUnitAsync("PC-TP-1", "原州区"));
        var deputy = LedgerScenarios.Post(county, "区商务局副局长", "TOWNSHIP", "DEPUTY");
        var chief = LedgerScenarios.Post(county, "区商务局局长", "TOWNSHIP", "CHIEF");
        var target = LedgerScenarios.Post(county, "副区长", "COUNTY", "DEPUTY");
        var one = await PromotedAsync(target, "2026-04-01", [(chief, "2016-04-01", null)]);
        var two = await PromotedAsync(target, "2026-04-01", [(deputy, "2012-04-01", "2016-03-31"), (chief, "2016-04-01", null)]);

        var found = await FindingAsync(one, "PROMO-TWO-POSTS-BELOW");
        Assert.Equal("NEEDS_REVIEW", found?["severity"]!.GetValue<string>());
        Assert.Contains("having held 1 township-section leadership post(s) (区商务局局长)", found!["explanation"]!.GetValue<string>());
        Assert.Null(await FindingAsync(two, "PROMO-TWO-POSTS-BELOW"));
    }
}
