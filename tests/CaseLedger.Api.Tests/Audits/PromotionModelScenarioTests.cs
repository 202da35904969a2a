using CaseLedger.Api.Tests.Testing;
using static CaseLedger.Api.Tests.Testing.GraphQLClient;

namespace CaseLedger.Api.Tests.Audits;

/// <summary>
/// The one model of promotion through the real mutations: a post input that says which 职级 a rank post is, and the
/// rules that judge promotions (step order here) seeing 一级科员 → 副科长 as the promotion it is.
/// </summary>
public sealed class PromotionModelScenarioTests(AuditHost host) : IClassFixture<AuditHost>
{
    private readonly GraphQLClient graphQL = host.GraphQL;

    private static object Rank(string unitId, string title, string rank) =>
        new { unitId, title, level = "TOWNSHIP", grade = "DEPUTY", isLeadership = false, rank };

    [Fact]
    public async Task A_first_class_clerk_made_deputy_section_chief_is_a_promotion_whose_missing_steps_are_found()
    {
        var county = Id(await graphQL.RegisterUnitAsync("PM-1", "隆德县"));
        var cadre = await graphQL.RegisterCadreAsync("苏建华", "1990-03-01");
        var opened = await graphQL.MutateAsync("openCase",
            new
            {
                channel = "INTERNAL_PROMOTION", cadreId = Id(cadre), fromPost = Rank(county, "县农业农村局一级科员", "FIRST_CLASS_CLERK"),
                toPost = LedgerScenarios.Post(county, "县农业农村局副局长", "TOWNSHIP", "DEPUTY"), effectiveOn = "2026-03-01",
            },
            "case { id fromPost { rank isLeadership } }");
        Assert.Equal("FIRST_CLASS_CLERK", opened["fromPost"]!["rank"]!.GetValue<string>());
        var caseId = Id(opened);
        await graphQL.StepAsync("raiseMotion", caseId, new { proposedBy = "县委组织部", summary = "拟提拔", effectiveOn = "2026-03-02" });
        await graphQL.StepAsync("takeCollectiveDecision", caseId,
            new { body = "STANDING_COMMITTEE", membersEntitled = 9, attendees = 8, votesFor = 8, votesAgainst = 0, abstentions = 0, principalSpokeLast = true, effectiveOn = "2026-04-01" });

        var found = (await host.FindingsOfCaseAsync(caseId)).SingleOrDefault(f => f!["ruleId"]!.GetValue<string>() == "PROC-ORDER-LEADERSHIP-PROMOTION");
        Assert.Contains("民主推荐", found?["explanation"]!.GetValue<string>() ?? "");
    }

    [Fact]
    public async Task A_lateral_move_between_two_deputy_posts_is_no_promotion()
    {
        var county = Id(await graphQL.RegisterUnitAsync("PM-2", "隆德县"));
        var cadre = await graphQL.RegisterCadreAsync("苏建华", "1990-03-01");
        var caseId = Id(await graphQL.MutateAsync("openCase",
            new
            {
                channel = "INTERNAL_PROMOTION", cadreId = Id(cadre), fromPost = LedgerScenarios.Post(county, "县水务局副局长", "TOWNSHIP", "DEPUTY"),
                toPost = LedgerScenarios.Post(county, "县农业农村局副局长", "TOWNSHIP", "DEPUTY"), effectiveOn = "2026-03-01",
            },
            "case { id }"));
        await graphQL.StepAsync("raiseMotion", caseId, new { proposedBy = "县委组织部", summary = "拟任", effectiveOn = "2026-03-02" });
        await graphQL.StepAsync("takeCollectiveDecision", caseId,
            new { body = "STANDING_COMMITTEE", membersEntitled = 9, attendees = 8, votesFor = 8, votesAgainst = 0, abstentions = 0, principalSpokeLast = true, effectiveOn = "2026-04-01" });

        // The channel 体制内提拔 declares a promotion; the ladder alone shows none, so only the declared one is judged.
        var findings = await host.FindingsOfCaseAsync(caseId);
        Assert.DoesNotContain(findings, f => f!["ruleId"]!.GetValue<string>() == "NX-YOUNG-CADRE-GRASSROOTS-3Y");
    }

    [Fact]
    public async Task A_leadership_post_with_a_rank_is_refused_and_records_nothing()
    {
        var county = Id(await graphQL.RegisterUnitAsync("PM-3", "隆德县"));
        var cadre = await graphQL.RegisterCadreAsync("苏建华", "1990-03-01");
        var before = await host.EventCountAsync();
        var payload = await graphQL.PayloadAsync("openCase",
            new
            {
                channel = "INTERNAL_PROMOTION", cadreId = Id(cadre),
                toPost = new { unitId = county, title = "县农业农村局副局长", level = "TOWNSHIP", grade = "DEPUTY", isLeadership = true, rank = "FIRST_CLASS_CLERK" },
                effectiveOn = "2026-03-01",
            },
            "case { id }");
        CaseSteps.AssertRefused(payload, "case", "INCONSISTENT_INPUT", "input.toPost.rank");
        Assert.Equal(before, await host.EventCountAsync());
    }
}
