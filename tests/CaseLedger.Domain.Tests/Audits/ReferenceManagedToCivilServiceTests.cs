using CaseLedger.Domain.Audits;
using CaseLedger.Domain.Audits.Rules;
using CaseLedger.Domain.Cadres;
using CaseLedger.Domain.Cases;
using CaseLedger.Domain.Shared;
using static CaseLedger.Domain.Tests.Audits.CaseFiles;

namespace CaseLedger.Domain.Tests.Audits;

public class ReferenceManagedToCivilServiceTests
{
    private static readonly ReferenceManagedToCivilService Rule = new();

    private static readonly Post Section = new(ReferenceManaged, "基金征缴科科长", PostLevel.Township, PostGrade.Chief, true);

    /// <summary>转任 from the 参公 社保局 (approved 2010-06-01) to the 农业农村厅, decided 2017-03-02.</summary>
    private static CaseFiles Transfer(Guid toUnit) =>
        Opened(CaseChannel.LateralTransfer, Section, new Post(toUnit, "办公室主任", PostLevel.Township, PostGrade.Chief, true), new(2017, 2, 10));

    [Fact]
    [RuleTest("NX-CANZHAO-TO-CIVIL-SERVICE", RuleTestKind.Compliant)]
    public void Staff_openly_recruited_before_the_approval_and_registered_may_transfer() =>
        Assert.Null(Rule.Evaluate(Transfer(RegionalOrgan).RegisteredInReferenceManaged(new(2008, 7, 1), HireChannel.PublicInstitutionOpenRecruitment, new(2011, 3, 1))
            .Decided(new(2017, 3, 2)).File));

    [Fact]
    [RuleTest("NX-CANZHAO-TO-CIVIL-SERVICE", RuleTestKind.Violating)]
    public void No_registration_by_the_decision_is_a_violation_and_one_on_the_decision_day_counts()
    {
        var finding = Rule.Evaluate(Transfer(RegionalOrgan).Decided(new(2017, 3, 2)).File);
        Assert.NotNull(finding);
        Assert.Equal(("NX-CANZHAO-TO-CIVIL-SERVICE", 1, AuditSeverity.Violation), (finding.RuleId, finding.RuleVersion, finding.Severity));
        Assert.Equal([2L], finding.EvidenceVersions);
        Assert.Contains("from the 参公 unit 自治区社会保险事业管理局 to 办公室主任 in 自治区农业农村厅, decided 2017-03-02: no 参公 registration", finding.Explanation);

        Assert.NotNull(Rule.Evaluate(Transfer(RegionalOrgan).RegisteredInReferenceManaged(new(2008, 7, 1), HireChannel.PublicInstitutionOpenRecruitment, new(2017, 3, 3))
            .Decided(new(2017, 3, 2)).File));
        Assert.Null(Rule.Evaluate(Transfer(RegionalOrgan).RegisteredInReferenceManaged(new(2008, 7, 1), HireChannel.PublicInstitutionOpenRecruitment, new(2017, 3, 2))
            .Decided(new(2017, 3, 2)).File));
    }

    [Fact]
    public void Hired_on_the_approval_day_other_than_by_exam_needs_review_and_by_exam_does_not()
    {
        var review = Rule.Evaluate(Transfer(RegionalOrgan).RegisteredInReferenceManaged(ReferenceManagedApprovedOn, HireChannel.PublicInstitutionOpenRecruitment, new(2011, 3, 1))
            .Decided(new(2017, 3, 2)).File);
        Assert.Equal(AuditSeverity.NeedsReview, review?.Severity);
        Assert.Contains("the unit was approved as 参公 on 2010-06-01", review?.Explanation ?? "");
        Assert.Null(Rule.Evaluate(Transfer(RegionalOrgan).RegisteredInReferenceManaged(new(2012, 9, 1), HireChannel.CivilServiceExam, new(2013, 9, 1))
            .Decided(new(2017, 3, 2)).File));
    }

    [Fact]
    public void Hired_before_the_approval_by_transfer_rather_than_open_recruitment_needs_review() =>
        Assert.Equal(AuditSeverity.NeedsReview, Rule.Evaluate(Transfer(RegionalOrgan).RegisteredInReferenceManaged(new(2008, 7, 1), HireChannel.TransferIn, new(2011, 3, 1))
            .Decided(new(2017, 3, 2)).File)?.Severity);

    [Fact]
    public void A_transfer_into_an_enterprise_or_out_of_an_organ_is_out_of_scope()
    {
        Assert.Null(Rule.Evaluate(Transfer(Soe).Decided(new(2017, 3, 2)).File));
        Assert.Null(Rule.Evaluate(Opened(CaseChannel.LateralTransfer, DeputySection(RegionalOrgan), DeputySection(County), new(2017, 2, 10)).Decided(new(2017, 3, 2)).File));
    }

    [Fact]
    public void A_decision_corrected_to_after_the_registration_removes_the_cause()
    {
        var file = Transfer(RegionalOrgan).RegisteredInReferenceManaged(new(2008, 7, 1), HireChannel.PublicInstitutionOpenRecruitment, new(2017, 3, 5))
            .Decided(new(2017, 3, 2))
            .Then(new CaseStepCorrected(CaseId, 2, ProcedureStep.CollectiveDecision, "决定日期录入错误", new(2017, 3, 9)))
            .Decided(new(2017, 3, 8)).File;
        Assert.Null(Rule.Evaluate(file));
    }
}
