using CaseLedger.Domain.Audits;
using CaseLedger.Domain.Audits.Rules;
using CaseLedger.Domain.Cases;
using CaseLedger.Domain.Shared;
using static CaseLedger.Domain.Tests.Audits.CaseFiles;

namespace CaseLedger.Domain.Tests.Audits;

/// <summary>The national promotion conditions (条例 Arts 8, 9), judged on the one promotion model as of the decision day.</summary>
public class PromotionConditionsTests
{
    private static Post ChiefCounty(Guid unit) => new(unit, "区委办公室主任", PostLevel.County, PostGrade.Chief, true);

    private static Post DeputyCounty(Guid unit) => new(unit, "副区长", PostLevel.County, PostGrade.Deputy, true);

    private static CaseFiles DeputyToChief(DateOnly deputySince, DateOnly decidedOn) =>
        Opened(CaseChannel.InternalPromotion, DeputySection(County), ChiefSection(County), decidedOn.AddDays(-30))
            .Held(DeputySection(County), deputySince).Decided(decidedOn);

    [Fact]
    [RuleTest("PROMO-DEPUTY-TO-CHIEF-2", RuleTestKind.Violating)]
    [RuleTest("PROMO-DEPUTY-TO-CHIEF-2", RuleTestKind.Compliant)]
    public void Deputy_to_chief_after_729_days_is_a_violation_and_after_730_is_not()
    {
        var rule = new PromotionDeputyToChief();
        var early = rule.Evaluate(DeputyToChief(new(2023, 6, 3), new(2025, 6, 1)).File);
        Assert.Equal(AuditSeverity.Violation, early?.Severity);
        Assert.Contains("fewer than 2", early!.Explanation);
        Assert.Null(rule.Evaluate(DeputyToChief(new(2023, 6, 2), new(2025, 6, 1)).File));
    }

    [Fact]
    public void Years_as_a_deputy_count_across_posts_unless_configured_otherwise()
    {
        var file = Opened(CaseChannel.InternalPromotion, DeputySection(County), ChiefSection(County), new(2025, 5, 1))
            .Held(DeputySection(Township), new(2022, 1, 1)).Held(DeputySection(County), new(2024, 1, 1)).Decided(new(2025, 6, 1)).File;
        Assert.Null(new PromotionDeputyToChief().Evaluate(file));
        Assert.Contains("in the current post", new PromotionDeputyToChief().Configured(new Dictionary<string, int> { ["countAcrossPosts"] = 0 }).Evaluate(file)?.Explanation);
    }

    [Fact]
    [RuleTest("PROMO-LOWERCHIEF-TO-UPPERDEPUTY-3", RuleTestKind.Violating)]
    [RuleTest("PROMO-LOWERCHIEF-TO-UPPERDEPUTY-3", RuleTestKind.Compliant)]
    public void Lower_chief_to_upper_deputy_needs_three_years()
    {
        var rule = new PromotionLowerChiefToUpperDeputy();
        CaseFiles Case(DateOnly since) => Opened(CaseChannel.InternalPromotion, ChiefSection(County), DeputyCounty(County), new(2025, 5, 1))
            .Held(ChiefSection(County), since).Decided(new(2025, 6, 1));
        Assert.Contains("fewer than 3", rule.Evaluate(Case(new(2022, 6, 3)).File)?.Explanation);
        Assert.Null(rule.Evaluate(Case(new(2022, 6, 2)).File));
        Assert.Null(new PromotionDeputyToChief().Evaluate(Case(new(2024, 6, 1)).File));
    }

    [Fact]
    [RuleTest("PROMO-CHU-WORKYEARS-5", RuleTestKind.Violating)]
    [RuleTest("PROMO-CHU-WORKYEARS-5", RuleTestKind.Compliant)]
    [RuleTest("PROMO-CHU-GRASSROOTS-2", RuleTestKind.Violating)]
    [RuleTest("PROMO-CHU-GRASSROOTS-2", RuleTestKind.Compliant)]
    public void A_county_division_post_needs_five_years_of_work_and_two_at_the_grassroots()
    {
        var file = Opened(CaseChannel.InternalPromotion, ChiefSection(RegionalOrgan), DeputyCounty(County), new(2025, 5, 1))
            .Held(ChiefSection(RegionalOrgan), new(2019, 1, 1)).Decided(new(2025, 6, 1)).File with
        { WorkStartDate = new(2020, 6, 2) };
        Assert.Contains("fewer than 5", new PromotionCountyWorkYears().Evaluate(file)?.Explanation);
        Assert.Null(new PromotionCountyWorkYears().Evaluate(file with { WorkStartDate = new(2020, 6, 1) }));
        Assert.Contains("at the grassroots (county level and below), fewer than 2", new PromotionCountyGrassroots().Evaluate(file)?.Explanation);

        var grassroots = Opened(CaseChannel.InternalPromotion, ChiefSection(RegionalOrgan), DeputyCounty(County), new(2025, 5, 1))
            .Held(DeputySection(Township), new(2018, 1, 1)).Held(ChiefSection(RegionalOrgan), new(2020, 1, 1)).Decided(new(2025, 6, 1)).File;
        Assert.Null(new PromotionCountyGrassroots().Evaluate(grassroots));
    }

    [Fact]
    [RuleTest("PROMO-TWO-POSTS-BELOW", RuleTestKind.Violating)]
    [RuleTest("PROMO-TWO-POSTS-BELOW", RuleTestKind.Compliant)]
    public void A_county_division_promotion_with_one_section_post_below_is_for_review_and_with_two_is_not()
    {
        var rule = new PromotionTwoPostsBelow();
        var one = rule.Evaluate(Opened(CaseChannel.InternalPromotion, ChiefSection(County), DeputyCounty(County), new(2025, 5, 1))
            .Held(ChiefSection(County), new(2018, 1, 1)).Decided(new(2025, 6, 1)).File);
        Assert.Equal(AuditSeverity.NeedsReview, one?.Severity);
        Assert.Contains("having held 1 township-section leadership post(s)", one!.Explanation);
        Assert.Null(rule.Evaluate(Opened(CaseChannel.InternalPromotion, ChiefSection(County), DeputyCounty(County), new(2025, 5, 1))
            .Held(DeputySection(Township), new(2015, 1, 1)).Held(ChiefSection(County), new(2018, 1, 1)).Decided(new(2025, 6, 1)).File));
    }

    [Fact]
    [RuleTest("BREAK-NO-SKIP-TWO", RuleTestKind.Violating)]
    [RuleTest("BREAK-NO-SKIP-TWO", RuleTestKind.Compliant)]
    public void Skipping_two_levels_is_a_violation_and_one_level_needs_approval_before_the_inspection()
    {
        var rule = new NoSkipTwoLevels();
        var two = rule.Evaluate(Opened(CaseChannel.InternalPromotion, DeputySection(County), ChiefCounty(County), new(2025, 5, 1))
            .Held(DeputySection(County), new(2015, 1, 1)).Decided(new(2025, 6, 1)).File);
        Assert.Contains("skips 2 level(s)", two?.Explanation);

        CaseFiles OneSkip() => Opened(CaseChannel.InternalPromotion, DeputySection(County), DeputyCounty(County), new(2025, 5, 1))
            .Held(DeputySection(County), new(2015, 1, 1));
        var inspection = new InspectionCompleted(CaseId, ["马强", "丁丽"], "考察", new(2025, 5, 20));
        var approval = (DateOnly on) => new ApprovalGranted(CaseId, "自治区党委组织部", "宁组复〔2025〕1号", on, ApprovalPurpose.ExceptionalPromotion);
        Assert.Contains("no upper approval granted by 2025-05-20",
            rule.Evaluate(OneSkip().Then(inspection).Decided(new(2025, 6, 1)).File)?.Explanation);
        Assert.Null(rule.Evaluate(OneSkip().Then(approval(new(2025, 5, 10))).Then(inspection).Decided(new(2025, 6, 1)).File));
        Assert.NotNull(rule.Evaluate(OneSkip().Then(inspection).Then(approval(new(2025, 5, 21))).Decided(new(2025, 6, 1)).File));
        // Only a prior approval of the 越级/破格 promotion counts: a routine approval (or one recorded before purposes) does not.
        foreach (var purpose in new ApprovalPurpose?[] { ApprovalPurpose.Routine, null })
            Assert.Contains("is not a prior approval of the skip", rule.Evaluate(OneSkip()
                .Then(new ApprovalGranted(CaseId, "自治区党委组织部", "宁组复〔2025〕1号", new(2025, 5, 10), purpose)).Then(inspection).Decided(new(2025, 6, 1)).File)?.Explanation);
        // Chief of a section to deputy of a county: the next 层次, no skip.
        Assert.Null(rule.Evaluate(Opened(CaseChannel.InternalPromotion, ChiefSection(County), DeputyCounty(County), new(2025, 5, 1)).Decided(new(2025, 6, 1)).File));
    }

    [Fact]
    [RuleTest("BREAK-NO-DURING-PROBATION", RuleTestKind.Violating)]
    [RuleTest("BREAK-NO-DURING-PROBATION", RuleTestKind.Compliant)]
    public void An_exceptional_promotion_within_a_year_of_the_last_is_a_violation_and_one_after_a_year_is_not()
    {
        var rule = new NoExceptionalPromotionDuringProbation();
        CaseFiles Case(DateOnly promotedToChief) => Opened(CaseChannel.InternalPromotion, ChiefSection(County), ChiefCounty(County), new(2025, 5, 1))
            .Held(DeputySection(County), new(2015, 1, 1)).Held(ChiefSection(County), promotedToChief).Decided(new(2025, 6, 1));
        Assert.Contains("less than a year after the promotion", rule.Evaluate(Case(new(2024, 6, 2)).File)?.Explanation);
        Assert.Null(rule.Evaluate(Case(new(2024, 6, 1)).File));
        // Not exceptional: an ordinary deputy-to-chief step within the years is not this rule's matter.
        Assert.Null(rule.Evaluate(DeputyToChief(new(2021, 1, 1), new(2025, 6, 1)).File));
    }
}
