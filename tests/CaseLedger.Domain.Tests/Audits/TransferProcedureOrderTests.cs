using CaseLedger.Domain.Audits;
using CaseLedger.Domain.Audits.Rules;
using CaseLedger.Domain.Cases;
using static CaseLedger.Domain.Tests.Audits.CaseFiles;

namespace CaseLedger.Domain.Tests.Audits;

/// <summary>TR08-PROCEDURE-ORDER: the eight steps of a 调任 (TR08 Art 9) present and in order.</summary>
public class TransferProcedureOrderTests
{
    private static readonly TransferProcedureOrder Rule = new();

    private static CaseFiles Transfer(CaseChannel channel = CaseChannel.InboundTransfer) =>
        Opened(channel, null, DeputySection(County), new(2017, 2, 1)).Held(new(Soe, "财务部经理", Shared.PostLevel.Township, Shared.PostGrade.Chief, true), new(2010, 1, 1));

    private static CaseFiles Motion(CaseFiles file) => file.Then(new MotionRaised(CaseId, "原州区委组织部", "拟调任", new(2017, 2, 2)));

    private static CaseFiles Opinion(CaseFiles file, DateOnly on) => file.Then(new SendingUnitOpinionRecorded(CaseId, Soe, true, "宁国资函〔2017〕3号", on));

    private static CaseFiles Inspection(CaseFiles file) => file.Then(new InspectionCompleted(CaseId, ["马强", "丁丽"], "原组考〔2017〕2号", new(2017, 2, 20)));

    private static CaseFiles Completed(CaseFiles decided, DateOnly approvedOn) => decided
        .Then(new PublicNoticeGiven(CaseId, "原州区、宁夏某国企", new(2017, 3, 3), new(2017, 3, 9), 0, 0, new(2017, 3, 9)))
        .Then(new ApprovalRequested(CaseId, "固原市委组织部", ["公务员调任审批表"], new(2017, 3, 10)))
        .Then(new ApprovalGranted(CaseId, "固原市委组织部", "固组干〔2017〕3号", approvedOn))
        .Then(new AppointmentNoticeIssued(CaseId, new(2017, 3, 27), false, null, new(2017, 3, 24)));

    [Fact]
    [RuleTest("TR08-PROCEDURE-ORDER", RuleTestKind.Compliant)]
    public void A_transfer_through_every_step_in_order_is_compliant()
    {
        var file = Completed(Inspection(Opinion(Motion(Transfer()), new(2017, 2, 10))).Decided(new(2017, 3, 2)), new(2017, 3, 20)).File;
        Assert.Null(Rule.Evaluate(file));
        Assert.Null(Rule.Evaluate(Inspection(Opinion(Motion(Transfer(CaseChannel.PromotionalInboundTransfer)), new(2017, 2, 10))).Decided(new(2017, 3, 2)).File));
    }

    [Fact]
    [RuleTest("TR08-PROCEDURE-ORDER", RuleTestKind.Violating)]
    public void A_decision_without_the_sending_units_opinion_is_a_violation()
    {
        var finding = Rule.Evaluate(Inspection(Motion(Transfer())).Decided(new(2017, 3, 2)).File);
        Assert.Equal(("TR08-PROCEDURE-ORDER", 1, AuditSeverity.Violation), (finding?.RuleId, finding?.RuleVersion, finding?.Severity));
        Assert.Contains("missing the sending unit's opinion (SendingUnitOpinionRecorded)", finding!.Explanation);
        Assert.Contains("公务员调任规定（试行）（中组发〔2008〕6号） 第九条", finding.Explanation);
    }

    [Fact]
    public void An_opinion_sought_after_the_inspection_or_an_approval_before_the_notice_ended_is_out_of_order()
    {
        var late = Rule.Evaluate(Inspection(Opinion(Motion(Transfer()), new(2017, 2, 25))).Decided(new(2017, 3, 2)).File);
        Assert.Contains("the sending unit's opinion (SendingUnitOpinionRecorded) (2017-02-25) after the inspection (InspectionCompleted) (2017-02-20)", late?.Explanation);
        var early = Rule.Evaluate(Completed(Inspection(Opinion(Motion(Transfer()), new(2017, 2, 10))).Decided(new(2017, 3, 2)), new(2017, 3, 8)).File);
        Assert.Contains("the public notice (PublicNoticeGiven) (2017-03-09) after the approval or filing (2017-03-08)", early?.Explanation);
    }

    [Fact]
    public void At_the_appointment_notice_a_secretaries_meeting_is_no_collective_decision_and_the_approval_or_filing_is_required()
    {
        var file = Inspection(Opinion(Motion(Transfer()), new(2017, 2, 10))).Decided(new(2017, 3, 2), DecisionBody.SecretariesMeeting)
            .Then(new AppointmentNoticeIssued(CaseId, new(2017, 3, 27), false, null, new(2017, 3, 24))).File;
        var finding = Rule.Evaluate(file);
        Assert.Contains("missing a collective decision, the public notice (PublicNoticeGiven), the approval or filing", finding?.Explanation);
    }

    [Fact]
    public void A_lateral_transfer_or_a_transfer_decided_after_the_2019_revision_is_not_judged()
    {
        Assert.Null(Rule.Evaluate(Opened(CaseChannel.LateralTransfer, DeputySection(Region), DeputySection(County), new(2017, 2, 1)).Decided(new(2017, 3, 2)).File));
        Assert.Null(Rule.Evaluate(Opened(CaseChannel.InboundTransfer, null, DeputySection(County), new(2020, 2, 1)).Decided(new(2020, 3, 2)).File));
    }
}
