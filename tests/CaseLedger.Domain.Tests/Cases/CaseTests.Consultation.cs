using CaseLedger.Domain.Shared;

namespace CaseLedger.Domain.Tests.Cases;

public partial class CaseTests
{
    [Fact]
    public void GivenInspection_WhenHoldConsultation_ThenHeld() =>
        Given(Opened(), Inspection()).When(c => c.HoldConsultation(["分管领导", "统战部"], Day(25))).Then(Consultation());

    [Fact]
    public void GivenOpened_WhenHoldConsultationWithNobody_ThenFails() =>
        Given(Opened()).When(c => c.HoldConsultation([], Day(25))).ThenFails(ErrorCodes.Required, "consultedParties");

    [Fact]
    public void GivenConsultation_WhenHoldAgain_ThenFails() =>
        Given(Opened(), Consultation()).When(c => c.HoldConsultation(["分管领导"], Day(26))).ThenFails(ErrorCodes.StepAlreadyRecorded);

    [Theory]
    [MemberData(nameof(EndedCases))]
    public void GivenEndedCase_WhenHoldConsultation_ThenFails(string how) =>
        Given(Ended(how)).When(c => c.HoldConsultation(["分管领导"], Day(25))).ThenFails(ErrorCodes.CaseClosed);
}
