using CaseLedger.Domain.Audits.Rules;
using CaseLedger.Domain.Cases;
using CaseLedger.Domain.Shared;
using static CaseLedger.Domain.Tests.Audits.CaseFiles;

namespace CaseLedger.Domain.Tests.Audits;

public class PromotionTransferApprovalTests
{
    private static readonly PromotionTransferApproval Rule = new();

    private static CaseFiles Noticed(CaseFiles f, DateOnly? approvedOn = null, ApprovalPurpose purpose = ApprovalPurpose.Routine)
    {
        f = f.Decided(new(2017, 3, 2));
        if (approvedOn is { } on)
            f = f.Then(new ApprovalGranted(CaseId, "固原市委组织部", "固组干〔2017〕3号", on, purpose));
        return f.Then(new AppointmentNoticeIssued(CaseId, new(2017, 3, 27), false, null, new(2017, 3, 24)));
    }

    private static CaseFiles OverAge() => Opened(CaseChannel.InboundTransfer, null, DeputySection(County), new(2017, 2, 10)).BornOn(new(1969, 11, 20));

    private static CaseFiles PromotionTransfer() => Opened(CaseChannel.PromotionalInboundTransfer,
        new Post(Soe, "部门经理", PostLevel.Township, PostGrade.Deputy, true), ChiefSection(County), new(2017, 2, 10)).BornOn(new(1980, 1, 1));

    [Fact]
    [RuleTest("NX-PROMO-TRANSFER-APPROVAL", RuleTestKind.Violating)]
    public void An_over_age_transfer_completed_without_approval_is_a_violation() =>
        Assert.Contains("no approval recorded", Rule.Evaluate(Noticed(OverAge()).File)?.Explanation ?? "");

    [Fact]
    public void A_promotion_transfer_approved_after_the_notice_is_a_violation_and_on_the_notice_day_is_not()
    {
        Assert.Contains("after the notice", Rule.Evaluate(Noticed(PromotionTransfer(), new(2017, 3, 25)).File)?.Explanation ?? "");
        Assert.Null(Rule.Evaluate(Noticed(PromotionTransfer(), new(2017, 3, 24)).File));
    }

    [Fact]
    public void An_over_age_transfer_needs_an_age_exception_approval_not_a_routine_one()
    {
        Assert.Contains("routine, not an age exception", Rule.Evaluate(Noticed(OverAge(), new(2017, 3, 20)).File)?.Explanation ?? "");
        Assert.Null(Rule.Evaluate(Noticed(OverAge(), new(2017, 3, 20), ApprovalPurpose.AgeException).File));
    }

    [Fact]
    [RuleTest("NX-PROMO-TRANSFER-APPROVAL", RuleTestKind.Compliant)]
    public void A_transfer_within_every_condition_needs_no_approval() =>
        Assert.Null(Rule.Evaluate(Noticed(Opened(CaseChannel.InboundTransfer, null, DeputySection(County), new(2017, 2, 10)).BornOn(new(1980, 1, 1))).File));
}
