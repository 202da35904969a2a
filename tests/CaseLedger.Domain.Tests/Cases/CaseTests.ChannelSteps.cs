using CaseLedger.Domain.Cases;
using CaseLedger.Domain.Shared;

namespace CaseLedger.Domain.Tests.Cases;

/// <summary>Steps of particular channels: the sending unit's opinion on a 调任, the examination of a competitive selection.</summary>
public partial class CaseTests
{
    private static readonly Guid SendingUnit = Guid.Parse("44444444-4444-4444-4444-444444444444");

    [Fact]
    public void GivenTransferOpened_WhenSendingUnitObjects_ThenTheObjectionIsRecordedAsGiven() =>
        Given(Opened(CaseChannel.InboundTransfer)).When(c => c.RecordSendingUnitOpinion(SendingUnit, false, "宁国资函〔2017〕12号", Day(5)))
            .Then(new SendingUnitOpinionRecorded(CaseId, SendingUnit, false, "宁国资函〔2017〕12号", Day(5)));

    [Fact]
    public void GivenAnAppointmentCase_WhenRecordSendingUnitOpinion_ThenFails() =>
        Given(Opened()).When(c => c.RecordSendingUnitOpinion(SendingUnit, true, "函", Day(5))).ThenFails(ErrorCodes.WrongCaseKind);

    [Fact]
    public void GivenTransferOpened_WhenOpinionWithoutReference_ThenFails() =>
        Given(Opened(CaseChannel.InboundTransfer)).When(c => c.RecordSendingUnitOpinion(SendingUnit, true, " ", Day(5))).ThenFails(ErrorCodes.Required, "opinionReference");

    [Fact]
    public void GivenOpinion_WhenRecordedAgain_ThenFails() =>
        Given(Opened(CaseChannel.InboundTransfer), new SendingUnitOpinionRecorded(CaseId, SendingUnit, true, "函", Day(5)))
            .When(c => c.RecordSendingUnitOpinion(SendingUnit, true, "函", Day(6))).ThenFails(ErrorCodes.StepAlreadyRecorded);

    [Fact]
    public void GivenSelectionOpened_WhenHoldExamination_ThenRecorded() =>
        Given(Opened(CaseChannel.CompetitiveSelection)).When(c => c.HoldExamination(12, "宁组通〔2026〕15号", Day(10)))
            .Then(new ExaminationHeld(CaseId, 12, "宁组通〔2026〕15号", Day(10)));

    [Fact]
    public void GivenSelectionOpened_WhenNobodySatTheExamination_ThenFails() =>
        Given(Opened(CaseChannel.CompetitiveSelection)).When(c => c.HoldExamination(0, "成绩", Day(10))).ThenFails(ErrorCodes.NotPositive, "candidates");

    [Fact]
    public void GivenAnExchange_WhenHoldExamination_ThenFails() =>
        Given(Opened(CaseChannel.LateralTransfer)).When(c => c.HoldExamination(3, "成绩", Day(10))).ThenFails(ErrorCodes.WrongCaseKind);

    [Fact]
    public void GivenExamination_WhenCorrected_ThenTheReplacementFollowsTheCorrection() =>
        Given(Opened(CaseChannel.CompetitiveSelection), new ExaminationHeld(CaseId, 12, "成绩", Day(10)))
            .When(c => c.Correct(new Correction(2, "参考人数录入错误"), Day(20), s => s.HoldExamination(14, "成绩", Day(10))))
            .Then(new CaseStepCorrected(CaseId, 2, ProcedureStep.Examination, "参考人数录入错误", Day(20)), new ExaminationHeld(CaseId, 14, "成绩", Day(10)));
}
