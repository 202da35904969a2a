using CaseLedger.Domain.Audits;
using CaseLedger.Domain.Audits.Rules;
using CaseLedger.Domain.Cases;
using CaseLedger.Domain.Shared;
using static CaseLedger.Domain.Tests.Audits.CaseFiles;

namespace CaseLedger.Domain.Tests.Audits;

public class ProcedureRulesTests
{
    private static CaseFiles Promotion() =>
        Opened(CaseChannel.InternalPromotion, DeputySection(County), ChiefSection(County), new(2026, 9, 20))
            .Then(new MotionRaised(CaseId, "县委组织部", "拟提拔", new(2026, 9, 21)));

    private static CaseFiles Reco(CaseFiles f, DateOnly on, string post = "县委办公室主任") =>
        f.Then(new DemocraticRecommendationHeld(CaseId, RecommendationMode.InterviewSurvey, true, post, 25, 2, on));

    private static CaseFiles Rest(CaseFiles f, DateOnly inspected) => f
        .Then(new InspectionCompleted(CaseId, ["甲", "乙"], "考察材料", inspected))
        .Decided(new(2026, 10, 15))
        .Then(new PublicNoticeGiven(CaseId, "永宁县", new(2026, 10, 16), new(2026, 10, 22), 0, 0, new(2026, 10, 22)))
        .Then(new AppointmentNoticeIssued(CaseId, new(2026, 11, 1), true, 12, new(2026, 10, 28)));

    [Fact]
    [RuleTest("PROC-ORDER-LEADERSHIP-PROMOTION", RuleTestKind.Compliant)]
    public void A_promotion_in_canonical_order_is_compliant() =>
        Assert.Null(new LeadershipPromotionOrder().Evaluate(Rest(Reco(Promotion(), new(2026, 9, 25)), new(2026, 10, 8)).File));

    [Fact]
    [RuleTest("PROC-ORDER-LEADERSHIP-PROMOTION", RuleTestKind.Violating)]
    public void A_promotion_without_a_recommendation_is_a_violation()
    {
        var finding = new LeadershipPromotionOrder().Evaluate(Rest(Promotion(), new(2026, 10, 8)).File);
        Assert.Contains("民主推荐", finding?.Explanation ?? "");
    }

    [Fact]
    public void A_promotion_decided_without_an_inspection_is_a_violation_before_any_notice()
    {
        var finding = new LeadershipPromotionOrder().Evaluate(Reco(Promotion(), new(2026, 9, 25)).Decided(new(2026, 10, 15)).File);
        Assert.Contains("missing the inspection", finding?.Explanation ?? "");
        Assert.DoesNotContain("公示", finding!.Explanation);
    }

    [Fact]
    public void An_inspection_dated_before_the_recommendation_is_an_inversion()
    {
        var finding = new LeadershipPromotionOrder().Evaluate(Rest(Reco(Promotion(), new(2026, 10, 10)), new(2026, 10, 8)).File);
        Assert.Contains("after", finding?.Explanation ?? "");
    }

    [Fact]
    public void A_lateral_move_is_not_a_promotion() =>
        Assert.Null(new LeadershipPromotionOrder().Evaluate(Rest(
            Opened(CaseChannel.Rotation, DeputySection(County), DeputySection(County), new(2026, 9, 20)), new(2026, 10, 8)).File));

    [Fact]
    [RuleTest("RECO-VALID-1Y", RuleTestKind.Violating)]
    public void A_recommendation_a_year_and_a_day_before_the_decision_is_stale()
    {
        var finding = new RecommendationValidOneYear().Evaluate(Rest(Reco(Promotion(), new(2025, 10, 7)), new(2026, 10, 8)).File);
        Assert.Equal(("RECO-VALID-1Y", AuditSeverity.Violation), (finding?.RuleId, finding?.Severity));
        Assert.NotEmpty(finding!.EvidenceVersions);
    }

    [Fact]
    [RuleTest("RECO-VALID-1Y", RuleTestKind.Compliant)]
    public void A_recommendation_exactly_a_year_before_the_decision_is_still_valid() =>
        Assert.Null(new RecommendationValidOneYear().Evaluate(Rest(Reco(Promotion(), new(2025, 10, 8)), new(2026, 10, 8)).File));

    [Fact]
    public void A_directed_recommendation_for_another_post_is_not_valid() =>
        Assert.NotNull(new RecommendationValidOneYear().Evaluate(Rest(Reco(Promotion(), new(2026, 9, 25), "县委组织部副部长"), new(2026, 10, 8)).File));

    private static CaseFiles RecoFor(CaseFiles f, DateOnly on, Guid postId, string? title = null) =>
        f.Then(new DemocraticRecommendationHeld(CaseId, RecommendationMode.Meeting, true, title, 40, 2, on, postId));

    [Fact]
    public void A_directed_recommendation_naming_the_same_title_in_another_unit_by_id_is_not_valid()
    {
        var elsewhere = ChiefSection(Township).Identity();

        var finding = new RecommendationValidOneYear().Evaluate(Rest(RecoFor(Promotion(), new(2026, 9, 25), elsewhere), new(2026, 10, 8)).File);

        Assert.Contains("another post", finding?.Explanation ?? "");
    }

    [Fact]
    public void A_directed_recommendation_naming_the_cases_post_by_id_is_valid_whatever_title_it_also_carries() =>
        Assert.Null(new RecommendationValidOneYear().Evaluate(
            Rest(RecoFor(Promotion(), new(2026, 9, 25), Post.IdOf(County, " 县委办公室主任 "), "办公室主任"), new(2026, 10, 8)).File));

    [Fact]
    public void A_directed_recommendation_recorded_by_title_alone_is_still_read_as_that_title_in_the_cases_unit() =>
        Assert.Null(new RecommendationValidOneYear().Evaluate(Rest(Reco(Promotion(), new(2026, 9, 25), " 县委办公室主任"), new(2026, 10, 8)).File));

    [Fact]
    public void A_posts_identity_is_its_unit_and_trimmed_title()
    {
        Assert.Equal(ChiefSection(County).Identity(), ChiefSection(County).Identity());
        Assert.Equal(ChiefSection(County).Identity(), (ChiefSection(County) with { Grade = PostGrade.Deputy, Title = "县委办公室主任 " }).Identity());
        Assert.NotEqual(ChiefSection(County).Identity(), ChiefSection(Township).Identity());
        Assert.NotEqual(ChiefSection(County).Identity(), DeputySection(County).Identity());
    }
}
