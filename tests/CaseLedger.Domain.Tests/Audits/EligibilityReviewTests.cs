using CaseLedger.Domain.Audits;
using CaseLedger.Domain.Audits.Rules;
using CaseLedger.Domain.Cases;
using static CaseLedger.Domain.Tests.Audits.CaseFiles;

namespace CaseLedger.Domain.Tests.Audits;

/// <summary>PROC-ELIGIBILITY-REVIEW: a 调任 or competitive selection reviews eligibility first; an ineligible candidate is not appointed.</summary>
public class EligibilityReviewTests
{
    private static readonly EligibilityReview Rule = new();

    private static CaseFiles Transfer(CaseChannel channel = CaseChannel.InboundTransfer) =>
        Opened(channel, null, DeputySection(County), new(2017, 2, 1)).Held(new(Soe, "财务部经理", Shared.PostLevel.Township, Shared.PostGrade.Chief, true), new(2010, 1, 1));

    private static CaseFiles Reviewed(CaseFiles file, bool passed, DateOnly on) =>
        file.Then(new EligibilityReviewed(CaseId, passed, "固原市委组织部干部科", ["年龄", "学历", "任职年限"], on));

    private static CaseFiles Inspected(CaseFiles file) => file.Then(new InspectionCompleted(CaseId, ["马强", "丁丽"], "原组考〔2017〕2号", new(2017, 2, 20)));

    private static CaseFiles Noticed(CaseFiles decided) => decided.Then(new AppointmentNoticeIssued(CaseId, new(2017, 3, 27), false, null, new(2017, 3, 24)));

    private static CaseFiles Selection(DateOnly reviewedOn) =>
        Reviewed(Opened(CaseChannel.CompetitiveSelection, DeputySection(County), ChiefSection(County), new(2026, 9, 20)), true, reviewedOn)
            .Then(new ExaminationHeld(CaseId, 12, "县委组织部 笔试面试成绩公告", new(2026, 9, 30)))
            .Then(new InspectionCompleted(CaseId, ["甲", "乙"], "考察材料", new(2026, 10, 8))).Decided(new(2026, 10, 15));

    [Fact]
    [RuleTest("PROC-ELIGIBILITY-REVIEW", RuleTestKind.Violating)]
    public void A_transfer_appointed_after_a_review_that_found_the_candidate_ineligible_is_a_violation()
    {
        var finding = Rule.Evaluate(Noticed(Inspected(Reviewed(Transfer(), false, new(2017, 2, 10))).Decided(new(2017, 3, 2))).File);
        Assert.Equal(("PROC-ELIGIBILITY-REVIEW", 1, AuditSeverity.Violation), (finding?.RuleId, finding?.RuleVersion, finding?.Severity));
        Assert.Contains("found 杨建国 ineligible, yet the move to 区财政局副局长 was notice issued 2017-03-24", finding!.Explanation);
        Assert.Contains("公务员调任规定（试行）（中组发〔2008〕6号） 第六条", finding.Explanation);
    }

    [Fact]
    [RuleTest("PROC-ELIGIBILITY-REVIEW", RuleTestKind.Compliant)]
    public void A_passed_review_before_the_examination_or_the_inspection_is_compliant()
    {
        Assert.Null(Rule.Evaluate(Noticed(Inspected(Reviewed(Transfer(), true, new(2017, 2, 10))).Decided(new(2017, 3, 2))).File));
        Assert.Null(Rule.Evaluate(Selection(new(2026, 9, 25)).File));
    }

    [Fact]
    public void A_failed_review_corrected_to_passed_counts_as_passed()
    {
        var file = Reviewed(Transfer(), false, new(2017, 2, 10))
            .Then(new CaseStepCorrected(CaseId, 2, ProcedureStep.EligibilityReview, "复核后符合条件", new(2017, 2, 12)));
        Assert.Null(Rule.Evaluate(Noticed(Inspected(Reviewed(file, true, new(2017, 2, 10))).Decided(new(2017, 3, 2))).File));
    }

    [Fact]
    public void A_decided_transfer_or_selection_without_a_review_is_for_review_and_an_internal_promotion_is_not_judged()
    {
        var transfer = Rule.Evaluate(Inspected(Transfer()).Decided(new(2017, 3, 2)).File);
        Assert.Equal(AuditSeverity.NeedsReview, transfer?.Severity);
        Assert.Contains("no eligibility review (EligibilityReviewed) is recorded", transfer!.Explanation);
        Assert.Equal(AuditSeverity.NeedsReview, Rule.Evaluate(Transfer(CaseChannel.PromotionalInboundTransfer).Decided(new(2017, 3, 2)).File)?.Severity);
        Assert.Null(Rule.Evaluate(Transfer().File));
        Assert.Null(Rule.Evaluate(Opened(CaseChannel.InternalPromotion, DeputySection(County), ChiefSection(County), new(2026, 9, 20)).Decided(new(2026, 10, 15)).File));
    }

    [Fact]
    public void A_review_dated_after_the_examination_is_for_review()
    {
        var finding = Rule.Evaluate(Selection(new(2026, 10, 2)).File);
        Assert.Equal((AuditSeverity.NeedsReview, 2), (finding?.Severity, finding?.RuleVersion));
        Assert.Contains("The eligibility review (2026-10-02) is dated after the examination (2026-09-30)", finding!.Explanation);
        Assert.Contains("中华人民共和国公务员法（2018） 第七十条、第四十五条", finding.Explanation);
    }
}
