using CaseLedger.Domain.Cases;
using CaseLedger.Domain.Shared;

namespace CaseLedger.Domain.Tests.Cases;

public partial class CaseTests
{
    private static AppointmentTalkHeld AppointmentTalk() => new(CaseId, "县委组织部部长", Day(40));

    [Fact]
    public void GivenDecided_WhenHoldAppointmentTalk_ThenHeld() =>
        Given(Decided()).When(c => c.HoldAppointmentTalk("县委组织部部长", Day(40))).Then(AppointmentTalk());

    [Fact]
    public void GivenOpened_WhenHoldAppointmentTalkWithNobody_ThenFails() =>
        Given(Opened()).When(c => c.HoldAppointmentTalk(" ", Day(40))).ThenFails(ErrorCodes.Required, "talkedBy");

    [Fact]
    public void GivenAppointmentTalk_WhenHoldAgain_ThenFails() =>
        Given(Opened(), AppointmentTalk()).When(c => c.HoldAppointmentTalk("县委书记", Day(41))).ThenFails(ErrorCodes.StepAlreadyRecorded);

    [Fact]
    public void GivenSecondment_WhenHoldAppointmentTalk_ThenFails() =>
        Given(SecondmentOpened()).When(c => c.HoldAppointmentTalk("县委组织部部长", Day(40))).ThenFails(ErrorCodes.WrongCaseKind);

    [Theory]
    [MemberData(nameof(EndedCases))]
    public void GivenEndedCase_WhenHoldAppointmentTalk_ThenFails(string how) =>
        Given(Ended(how)).When(c => c.HoldAppointmentTalk("县委组织部部长", Day(40))).ThenFails(ErrorCodes.CaseClosed);

    [Fact]
    public void GivenAppointmentTalk_WhenCorrected_ThenTheNewRecordCounts() =>
        Given(Opened(), AppointmentTalk())
            .When(c => c.Correct(new Correction(2, "谈话人记错"), Day(42), c => c.HoldAppointmentTalk("县委书记", Day(40))))
            .Then(new CaseStepCorrected(CaseId, 2, ProcedureStep.AppointmentTalk, "谈话人记错", Day(42)), AppointmentTalk() with { TalkedBy = "县委书记" });
}
