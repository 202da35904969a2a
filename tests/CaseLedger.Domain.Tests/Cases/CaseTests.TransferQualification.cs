using CaseLedger.Domain.Cases;
using CaseLedger.Domain.Shared;

namespace CaseLedger.Domain.Tests.Cases;

public partial class CaseTests
{
    private static CaseOpened TransferOpened() => Opened(CaseChannel.PromotionalInboundTransfer);

    [Fact]
    public void GivenTransferOpened_WhenRecordTransferQualification_ThenRecorded() =>
        Given(TransferOpened()).When(c => c.RecordTransferQualification(QualificationRoute.OpenSelection, "宁组通〔2024〕3号", Day(-30)))
            .Then(new TransferQualificationRecorded(CaseId, QualificationRoute.OpenSelection, "宁组通〔2024〕3号", Day(-30)));

    [Fact]
    public void GivenTransferOpened_WhenQualificationWithoutReference_ThenFails() =>
        Given(TransferOpened()).When(c => c.RecordTransferQualification(QualificationRoute.CompetitionForPost, " ", Day(2))).ThenFails(ErrorCodes.Required, "reference");

    [Fact]
    public void GivenAnAppointmentCase_WhenRecordTransferQualification_ThenFails() =>
        Given(Opened()).When(c => c.RecordTransferQualification(QualificationRoute.OpenSelection, "函", Day(2))).ThenFails(ErrorCodes.WrongCaseKind);

    [Fact]
    public void GivenQualification_WhenRecordAgain_ThenFails() =>
        Given(TransferOpened(), new TransferQualificationRecorded(CaseId, QualificationRoute.LeadershipTeamElection, "换届选举结果", Day(2)))
            .When(c => c.RecordTransferQualification(QualificationRoute.LeadershipTeamElection, "换届选举结果", Day(3))).ThenFails(ErrorCodes.StepAlreadyRecorded);

    [Fact]
    public void GivenQualification_WhenCorrected_ThenTheReplacementFollowsTheCorrection() =>
        Given(TransferOpened(), new TransferQualificationRecorded(CaseId, QualificationRoute.OpenSelection, "宁组通〔2024〕3号", Day(40)))
            .When(c => c.Correct(new Correction(2, "取得资格日期录入错误"), Day(50),
                s => s.RecordTransferQualification(QualificationRoute.OpenSelection, "宁组通〔2024〕3号", Day(-30))))
            .Then(new CaseStepCorrected(CaseId, 2, ProcedureStep.TransferQualification, "取得资格日期录入错误", Day(50)),
                new TransferQualificationRecorded(CaseId, QualificationRoute.OpenSelection, "宁组通〔2024〕3号", Day(-30)));
}
