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
    public void Deputy_to_chief_after_729_days_is_a_violation()
    {
        var early = new PromotionDeputyToChief().Evaluate(DeputyToChief(new(2023, 6, 3), new(2025, 6, 1)).File);
        Assert.Equal(("PROMO-DEPUTY-TO-CHIEF-2", AuditSeverity.Violation), (early?.RuleId, early?.Severity));
        Assert.Contains("fewer than 2", early!.Explanation);
    }

    [Fact]
    [RuleTest("PROMO-DEPUTY-TO-CHIEF-2", RuleTestKind.Compliant)]
    public void Deputy_to_chief_after_730_days_is_compliant() =>
        Assert.Null(new PromotionDeputyToChief().Evaluate(DeputyToChief(new(2023, 6, 2), new(2025, 6, 1)).File));

    [Fact]
    public void Years_as_a_deputy_count_across_posts_unless_configured_otherwise()
    {
        var file = Opened(CaseChannel.InternalPromotion, DeputySection(County), ChiefSection(County), new(2025, 5, 1))
            .Held(DeputySection(Township), new(2022, 1, 1)).Held(DeputySection(County), new(2024, 1, 1)).Decided(new(2025, 6, 1)).File;
        Assert.Null(new PromotionDeputyToChief().Evaluate(file));
        Assert.Contains("in the current post", new PromotionDeputyToChief().Configured(new Dictionary<string, int> { ["countAcrossPosts"] = 0 }).Evaluate(file)?.Explanation);
    }

    /// <summary>Given: a section chief since <paramref name="since"/> made a county deputy on 2025-06-01.</summary>
    private static CaseFiles ChiefToUpperDeputy(DateOnly since) =>
        Opened(CaseChannel.InternalPromotion, ChiefSection(County), DeputyCounty(County), new(2025, 5, 1)).Held(ChiefSection(County), since).Decided(new(2025, 6, 1));

    [Fact]
    [RuleTest("PROMO-LOWERCHIEF-TO-UPPERDEPUTY-3", RuleTestKind.Violating)]
    public void Lower_chief_to_upper_deputy_a_day_short_of_three_years_is_a_violation()
    {
        var finding = new PromotionLowerChiefToUpperDeputy().Evaluate(ChiefToUpperDeputy(new(2022, 6, 3)).File);
        Assert.Equal(("PROMO-LOWERCHIEF-TO-UPPERDEPUTY-3", AuditSeverity.Violation), (finding?.RuleId, finding?.Severity));
        Assert.Contains("fewer than 3", finding!.Explanation);
    }

    [Fact]
    [RuleTest("PROMO-LOWERCHIEF-TO-UPPERDEPUTY-3", RuleTestKind.Compliant)]
    public void Lower_chief_to_upper_deputy_after_three_years_is_compliant_and_is_no_deputy_to_chief_step()
    {
        Assert.Null(new PromotionLowerChiefToUpperDeputy().Evaluate(ChiefToUpperDeputy(new(2022, 6, 2)).File));
        Assert.Null(new PromotionDeputyToChief().Evaluate(ChiefToUpperDeputy(new(2024, 6, 1)).File));
    }

    /// <summary>Given: a regional-organ section chief with work starting on <paramref name="workStart"/>, made a county deputy on 2025-06-01.</summary>
    private static CaseFile RegionalChiefToCountyDeputy(DateOnly workStart) =>
        Opened(CaseChannel.InternalPromotion, ChiefSection(RegionalOrgan), DeputyCounty(County), new(2025, 5, 1))
            .Held(ChiefSection(RegionalOrgan), new(2019, 1, 1)).Decided(new(2025, 6, 1)).File with
        { WorkStartDate = workStart };

    [Fact]
    [RuleTest("PROMO-CHU-WORKYEARS-5", RuleTestKind.Violating)]
    public void A_county_division_post_a_day_short_of_five_years_of_work_is_a_violation()
    {
        var finding = new PromotionCountyWorkYears().Evaluate(RegionalChiefToCountyDeputy(new(2020, 6, 2)));
        Assert.Equal(("PROMO-CHU-WORKYEARS-5", AuditSeverity.Violation), (finding?.RuleId, finding?.Severity));
        Assert.Contains("fewer than 5", finding!.Explanation);
    }

    [Fact]
    [RuleTest("PROMO-CHU-WORKYEARS-5", RuleTestKind.Compliant)]
    public void A_county_division_post_after_five_years_of_work_is_compliant() =>
        Assert.Null(new PromotionCountyWorkYears().Evaluate(RegionalChiefToCountyDeputy(new(2020, 6, 1))));

    [Fact]
    [RuleTest("PROMO-CHU-GRASSROOTS-2", RuleTestKind.Violating)]
    public void A_county_division_post_for_a_cadre_who_served_only_in_regional_organs_is_a_violation()
    {
        var finding = new PromotionCountyGrassroots().Evaluate(RegionalChiefToCountyDeputy(new(2010, 1, 1)));
        Assert.Equal(("PROMO-CHU-GRASSROOTS-2", AuditSeverity.Violation), (finding?.RuleId, finding?.Severity));
        Assert.Contains("at the grassroots (county level and below), fewer than 2", finding!.Explanation);
    }

    [Fact]
    [RuleTest("PROMO-CHU-GRASSROOTS-2", RuleTestKind.Compliant)]
    public void A_county_division_post_after_two_years_in_a_township_is_compliant() =>
        Assert.Null(new PromotionCountyGrassroots().Evaluate(Opened(CaseChannel.InternalPromotion, ChiefSection(RegionalOrgan), DeputyCounty(County), new(2025, 5, 1))
            .Held(DeputySection(Township), new(2018, 1, 1)).Held(ChiefSection(RegionalOrgan), new(2020, 1, 1)).Decided(new(2025, 6, 1)).File));

    [Fact]
    [RuleTest("PROMO-TWO-POSTS-BELOW", RuleTestKind.Violating)]
    public void A_county_division_promotion_with_one_section_post_below_is_for_review()
    {
        var one = new PromotionTwoPostsBelow().Evaluate(Opened(CaseChannel.InternalPromotion, ChiefSection(County), DeputyCounty(County), new(2025, 5, 1))
            .Held(ChiefSection(County), new(2018, 1, 1)).Decided(new(2025, 6, 1)).File);
        Assert.Equal(("PROMO-TWO-POSTS-BELOW", AuditSeverity.NeedsReview), (one?.RuleId, one?.Severity));
        Assert.Contains("having held 1 township-section leadership post(s)", one!.Explanation);
    }

    [Fact]
    [RuleTest("PROMO-TWO-POSTS-BELOW", RuleTestKind.Compliant)]
    public void A_county_division_promotion_with_two_section_posts_below_is_compliant() =>
        Assert.Null(new PromotionTwoPostsBelow().Evaluate(Opened(CaseChannel.InternalPromotion, ChiefSection(County), DeputyCounty(County), new(2025, 5, 1))
            .Held(DeputySection(Township), new(2015, 1, 1)).Held(ChiefSection(County), new(2018, 1, 1)).Decided(new(2025, 6, 1)).File));

    /// <summary>Given: a section deputy since 2015 made a county deputy (one level skipped), decided on 2025-06-01 after <paramref name="steps"/>.</summary>
    private static CaseFile OneSkip(params object[] steps) =>
        steps.Aggregate(Opened(CaseChannel.InternalPromotion, DeputySection(County), DeputyCounty(County), new(2025, 5, 1)).Held(DeputySection(County), new(2015, 1, 1)),
            (f, e) => f.Then(e)).Decided(new(2025, 6, 1)).File;

    private static readonly InspectionCompleted SkipInspection = new(CaseId, ["马强", "丁丽"], "考察", new(2025, 5, 20));

    private static ApprovalGranted SkipApproval(DateOnly on, ApprovalPurpose? purpose = ApprovalPurpose.ExceptionalPromotion) =>
        new(CaseId, "自治区党委组织部", "宁组复〔2025〕1号", on, purpose);

    [Fact]
    [RuleTest("BREAK-NO-SKIP-TWO", RuleTestKind.Violating)]
    public void Skipping_two_levels_or_one_without_a_prior_exceptional_promotion_approval_is_a_violation()
    {
        var rule = new NoSkipTwoLevels();
        var two = rule.Evaluate(Opened(CaseChannel.InternalPromotion, DeputySection(County), ChiefCounty(County), new(2025, 5, 1))
            .Held(DeputySection(County), new(2015, 1, 1)).Decided(new(2025, 6, 1)).File);
        Assert.Equal(("BREAK-NO-SKIP-TWO", AuditSeverity.Violation), (two?.RuleId, two?.Severity));
        Assert.Contains("skips 2 level(s)", two!.Explanation);
        Assert.Contains("no upper approval granted by 2025-05-20", rule.Evaluate(OneSkip(SkipInspection))?.Explanation);
        Assert.NotNull(rule.Evaluate(OneSkip(SkipInspection, SkipApproval(new(2025, 5, 21)))));
        // Only a prior approval of the 越级/破格 promotion counts: a routine approval (or one recorded before purposes) does not.
        foreach (var purpose in new ApprovalPurpose?[] { ApprovalPurpose.Routine, null })
            Assert.Contains("is not a prior approval of the skip", rule.Evaluate(OneSkip(SkipApproval(new(2025, 5, 10), purpose), SkipInspection))?.Explanation);
    }

    [Fact]
    [RuleTest("BREAK-NO-SKIP-TWO", RuleTestKind.Compliant)]
    public void A_one_level_skip_approved_before_the_inspection_or_the_next_level_is_compliant()
    {
        var rule = new NoSkipTwoLevels();
        Assert.Null(rule.Evaluate(OneSkip(SkipApproval(new(2025, 5, 10)), SkipInspection)));
        // Chief of a section to deputy of a county: the next 层次, no skip.
        Assert.Null(rule.Evaluate(Opened(CaseChannel.InternalPromotion, ChiefSection(County), DeputyCounty(County), new(2025, 5, 1)).Decided(new(2025, 6, 1)).File));
    }

    /// <summary>Given: a section chief since <paramref name="promotedToChief"/> made a county chief (an exceptional promotion) on 2025-06-01.</summary>
    private static CaseFiles ExceptionalAfter(DateOnly promotedToChief) =>
        Opened(CaseChannel.InternalPromotion, ChiefSection(County), ChiefCounty(County), new(2025, 5, 1))
            .Held(DeputySection(County), new(2015, 1, 1)).Held(ChiefSection(County), promotedToChief).Decided(new(2025, 6, 1));

    [Fact]
    [RuleTest("BREAK-NO-DURING-PROBATION", RuleTestKind.Violating)]
    public void An_exceptional_promotion_a_day_short_of_a_year_after_the_last_is_a_violation()
    {
        var finding = new NoExceptionalPromotionDuringProbation().Evaluate(ExceptionalAfter(new(2024, 6, 2)).File);
        Assert.Equal(("BREAK-NO-DURING-PROBATION", AuditSeverity.Violation), (finding?.RuleId, finding?.Severity));
        Assert.Contains("less than a year after the promotion", finding!.Explanation);
    }

    [Fact]
    [RuleTest("BREAK-NO-DURING-PROBATION", RuleTestKind.Compliant)]
    public void An_exceptional_promotion_a_year_after_the_last_or_an_ordinary_step_is_compliant()
    {
        var rule = new NoExceptionalPromotionDuringProbation();
        Assert.Null(rule.Evaluate(ExceptionalAfter(new(2024, 6, 1)).File));
        // Not exceptional: an ordinary deputy-to-chief step within the years is not this rule's matter.
        Assert.Null(rule.Evaluate(DeputyToChief(new(2021, 1, 1), new(2025, 6, 1)).File));
    }
}
