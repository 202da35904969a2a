using CaseLedger.Domain.Audits;
using CaseLedger.Domain.Audits.Rules;
using CaseLedger.Domain.Cases;
using static CaseLedger.Domain.Tests.Audits.CaseFiles;

namespace CaseLedger.Domain.Tests.Audits;

public class AgeTransferGrassroots45Tests
{
    private static readonly AgeTransferGrassroots45 Rule = new();

    private static CaseFiles Transfer(DateOnly born) =>
        Opened(CaseChannel.InboundTransfer, null, DeputySection(County), new(2017, 2, 10)).BornOn(born);

    [Fact]
    [RuleTest("NX-AGE-TRANSFER-GRASSROOTS-45", RuleTestKind.Violating)]
    public void A_47_year_old_transferred_into_a_county_section_post_is_a_violation_of_version_2()
    {
        var finding = Rule.Evaluate(Transfer(new(1969, 11, 20)).Decided(new(2017, 3, 2)).File);

        Assert.NotNull(finding);
        Assert.Equal(("NX-AGE-TRANSFER-GRASSROOTS-45", 2, AuditSeverity.Violation), (finding.RuleId, finding.RuleVersion, finding.Severity));
        Assert.Equal([2L], finding.EvidenceVersions);
        Assert.Contains("candidate was 47 (born 1969-11-20); cap 45", finding.Explanation);
        Assert.Contains("原州区", finding.Explanation);
    }

    [Fact]
    [RuleTest("NX-AGE-TRANSFER-GRASSROOTS-45", RuleTestKind.Compliant)]
    public void Exactly_45_is_within_the_cap_and_46_is_not()
    {
        Assert.Null(Rule.Evaluate(Transfer(new(1971, 3, 3)).Decided(new(2017, 3, 2)).File)); // 45 周岁, turning 46 the next day
        Assert.NotNull(Rule.Evaluate(Transfer(new(1971, 3, 3)).Decided(new(2017, 3, 3)).File)); // 46 on the day
    }

    [Fact]
    public void Before_the_policy_the_cap_was_40_version_1()
    {
        var finding = Rule.Evaluate(Transfer(new(1975, 1, 1)).Decided(new(2016, 6, 1)).File);
        Assert.Equal(1, finding?.RuleVersion);
    }

    [Fact]
    public void An_age_exception_approved_before_the_appointment_notice_is_the_exception_and_a_routine_approval_is_not()
    {
        CaseFile Approved(ApprovalPurpose? purpose) => Transfer(new(1960, 1, 1)).Decided(new(2017, 3, 2))
            .Then(new ApprovalGranted(CaseId, "固原市委组织部", "固组干〔2017〕3号", new(2017, 3, 20), purpose))
            .Then(new AppointmentNoticeIssued(CaseId, new(2017, 3, 27), false, null, new(2017, 3, 24))).File;
        Assert.Null(Rule.Evaluate(Approved(ApprovalPurpose.AgeException)));
        // Every local 调任 is approved routinely: that approval (or one recorded before purposes were) silences no cap.
        Assert.NotNull(Rule.Evaluate(Approved(ApprovalPurpose.Routine)));
        Assert.NotNull(Rule.Evaluate(Approved(null)));
    }

    [Fact]
    public void A_transfer_to_a_regional_post_or_a_lateral_transfer_is_out_of_scope()
    {
        Assert.Null(Rule.Evaluate(Opened(CaseChannel.InboundTransfer, null, DeputySection(Soe), new(2017, 2, 1)).Decided(new(2017, 3, 2)).File));
        Assert.Null(Rule.Evaluate(Opened(CaseChannel.LateralTransfer, null, DeputySection(County), new(2017, 2, 1)).Decided(new(2017, 3, 2)).File));
    }

    [Fact]
    public void A_corrected_decision_is_judged_by_its_replacement()
    {
        var file = Transfer(new(1971, 3, 2)).Decided(new(2017, 3, 3))
            .Then(new CaseStepCorrected(CaseId, 2, ProcedureStep.CollectiveDecision, "日期录入错误", new(2017, 3, 5)))
            .Decided(new(2017, 3, 1)).File;
        Assert.Null(Rule.Evaluate(file));
    }
}
