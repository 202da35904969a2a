using CaseLedger.Domain.Audits.Rules;
using CaseLedger.Domain.Cases;
using CaseLedger.Domain.Shared;
using static CaseLedger.Domain.Tests.Audits.CaseFiles;

namespace CaseLedger.Domain.Tests.Audits;

public class DirectIntroductionProcedureTests
{
    private static readonly DirectIntroductionProcedure Rule = new();
    private static readonly Post SoeDeputy = new(Soe, "副总经理", PostLevel.County, PostGrade.Deputy, true);

    private static CaseFiles Introduction(Post? to = null) => Opened(CaseChannel.DirectIntroduction, null, to ?? SoeDeputy, new(2026, 8, 1));

    private static CaseFiles Recommended(CaseFiles f, DateOnly on) =>
        f.Then(new DemocraticRecommendationHeld(CaseId, RecommendationMode.Meeting, true, "副总经理", 40, 2, on));

    private static CaseFiles Inspected(CaseFiles f, DateOnly on) => f.Then(new InspectionCompleted(CaseId, ["甲", "乙"], "考察材料", on));

    private static CaseFiles Publicised(CaseFiles f, DateOnly start, DateOnly end) =>
        f.Decided(new(2026, 9, 10)).Then(new PublicNoticeGiven(CaseId, "宁夏国有资本运营集团", start, end, 0, 0, end));

    private static CaseFiles Appointed(CaseFiles f, DateOnly on) => f.Then(new AppointmentNoticeIssued(CaseId, on, false, null, on));

    private static CaseFiles InOrder(DateOnly appointedOn, Post? to = null) =>
        Appointed(Publicised(Inspected(Recommended(Introduction(to), new(2026, 8, 10)), new(2026, 8, 25)), new(2026, 9, 11), new(2026, 9, 17)), appointedOn);

    [Fact]
    [RuleTest("NX-DIRECT-INTRO-SOE-LEADER", RuleTestKind.Compliant)]
    public void Recommendation_inspection_and_notice_in_order_and_the_appointment_on_the_notices_last_day_are_compliant() =>
        Assert.Null(Rule.Evaluate(InOrder(new(2026, 9, 17)).File));

    [Fact]
    public void An_appointment_before_the_public_notice_ended_is_out_of_order()
    {
        var finding = Rule.Evaluate(InOrder(new(2026, 9, 16)).File);

        Assert.Contains("the public notice (PublicNoticeGiven) (2026-09-17) after the appointment notice (AppointmentNoticeIssued) (2026-09-16)",
            finding?.Explanation ?? "");
        Assert.Equal([5, 6], finding!.EvidenceVersions);
    }

    [Fact]
    [RuleTest("NX-DIRECT-INTRO-SOE-LEADER", RuleTestKind.Violating)]
    public void An_appointment_without_a_public_notice_is_a_violation()
    {
        var finding = Rule.Evaluate(Appointed(Inspected(Recommended(Introduction(), new(2026, 8, 10)), new(2026, 8, 25)).Decided(new(2026, 9, 10)),
            new(2026, 9, 20)).File);

        Assert.Contains("缺少公示", finding?.Explanation ?? "");
        Assert.Contains("宁夏某国企", finding!.Explanation);
    }

    [Fact]
    public void An_inspection_before_the_recommendation_is_out_of_order() =>
        Assert.Contains("the public recommendation (DemocraticRecommendationHeld) (2026-08-26) after the inspection",
            Rule.Evaluate(Appointed(Publicised(Recommended(Inspected(Introduction(), new(2026, 8, 25)), new(2026, 8, 26)), new(2026, 9, 11), new(2026, 9, 17)),
                new(2026, 9, 20)).File)?.Explanation ?? "");

    [Fact]
    public void A_direct_introduction_into_a_government_organ_is_not_this_clauses_case() =>
        Assert.Null(Rule.Evaluate(Appointed(Introduction(DeputySection(County)).Decided(new(2026, 9, 10)), new(2026, 9, 20)).File));

    [Fact]
    public void Nothing_is_judged_before_the_appointment_notice() =>
        Assert.Null(Rule.Evaluate(Introduction().Decided(new(2026, 9, 10)).File));

    [Fact]
    public void Correcting_a_public_notice_recorded_with_the_wrong_end_removes_the_cause()
    {
        var wrong = Appointed(Publicised(Inspected(Recommended(Introduction(), new(2026, 8, 10)), new(2026, 8, 25)), new(2026, 9, 11), new(2026, 9, 27)),
            new(2026, 9, 20));
        Assert.NotNull(Rule.Evaluate(wrong.File));

        var corrected = wrong.Then(new CaseStepCorrected(CaseId, 5, ProcedureStep.PublicNotice, "公示结束日期录入错误", new(2026, 9, 21)))
            .Then(new PublicNoticeGiven(CaseId, "宁夏国有资本运营集团", new(2026, 9, 11), new(2026, 9, 17), 0, 0, new(2026, 9, 17)));

        Assert.Null(Rule.Evaluate(corrected.File));
    }
}
