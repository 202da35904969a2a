using CaseLedger.Domain.Audits;
using CaseLedger.Domain.Audits.Rules;
using CaseLedger.Domain.Cases;
using CaseLedger.Domain.Shared;
using static CaseLedger.Domain.Tests.Audits.CaseFiles;

namespace CaseLedger.Domain.Tests.Audits;

public class PromotionTransferEligibilityTests
{
    private static readonly PromotionTransferEligibility Rule = new();

    private static readonly Post Manager = new(Soe, "部门经理", PostLevel.Township, PostGrade.Chief, true);

    private static CaseFiles PromotionTransfer(CaseChannel channel = CaseChannel.PromotionalInboundTransfer) =>
        Opened(channel, Manager, new Post(County, "副区长", PostLevel.County, PostGrade.Deputy, true), new(2017, 2, 10));

    private static TransferQualificationRecorded Qualified(DateOnly on) =>
        new(CaseId, QualificationRoute.OpenSelection, "固组通〔2017〕2号 公开选拔结果", on);

    [Fact]
    [RuleTest("NX-PROMO-TRANSFER-ELIGIBILITY", RuleTestKind.Violating)]
    public void A_promotion_transfer_decided_with_no_qualification_recorded_is_a_violation()
    {
        var finding = Rule.Evaluate(PromotionTransfer().Decided(new(2017, 3, 2)).File);

        Assert.NotNull(finding);
        Assert.Equal(("NX-PROMO-TRANSFER-ELIGIBILITY", 1, AuditSeverity.Violation), (finding.RuleId, finding.RuleVersion, finding.Severity));
        Assert.Equal([2L], finding.EvidenceVersions);
        Assert.Contains("提拔调任杨建国为原州区副区长于 2017-03-02 集体讨论决定", finding.Explanation);
        Assert.Contains("no qualification from a competitive selection or re-election is recorded", finding.Explanation);
    }

    [Fact]
    [RuleTest("NX-PROMO-TRANSFER-ELIGIBILITY", RuleTestKind.Compliant)]
    public void A_qualification_obtained_on_the_decision_day_counts_and_one_the_day_after_does_not()
    {
        Assert.Null(Rule.Evaluate(PromotionTransfer().Then(Qualified(new(2017, 3, 2))).Decided(new(2017, 3, 2)).File));

        var late = Rule.Evaluate(PromotionTransfer().Decided(new(2017, 3, 2)).Then(Qualified(new(2017, 3, 3))).File);
        Assert.Contains("dates only from 2017-03-03, after the decision", late?.Explanation ?? "");
        Assert.Equal([2L, 3L], late?.EvidenceVersions);
    }

    [Fact]
    public void An_inbound_transfer_to_a_higher_post_is_a_promotion_transfer_whatever_its_channel()
    {
        Assert.NotNull(Rule.Evaluate(PromotionTransfer(CaseChannel.InboundTransfer).Decided(new(2017, 3, 2)).File));
        Assert.Null(Rule.Evaluate(Opened(CaseChannel.InboundTransfer, Manager, DeputySection(County), new(2017, 2, 10)).Decided(new(2017, 3, 2)).File));
    }

    [Fact]
    public void A_lateral_transfer_or_a_decision_before_the_policy_is_out_of_scope()
    {
        Assert.Null(Rule.Evaluate(PromotionTransfer(CaseChannel.LateralTransfer).Decided(new(2017, 3, 2)).File));
        Assert.Null(Rule.Evaluate(PromotionTransfer().Decided(new(2016, 10, 7)).File));
    }

    [Fact]
    public void Correcting_the_qualification_date_to_before_the_decision_removes_the_cause()
    {
        var file = PromotionTransfer().Then(Qualified(new(2017, 3, 10))).Decided(new(2017, 3, 2))
            .Then(new CaseStepCorrected(CaseId, 2, ProcedureStep.TransferQualification, "取得资格日期录入错误", new(2017, 3, 12)))
            .Then(Qualified(new(2017, 1, 20))).File;
        Assert.Null(Rule.Evaluate(file));
    }
}
