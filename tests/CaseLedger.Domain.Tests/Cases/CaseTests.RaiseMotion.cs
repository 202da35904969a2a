using CaseLedger.Domain.Shared;

namespace CaseLedger.Domain.Tests.Cases;

public partial class CaseTests
{
    [Fact]
    public void GivenOpened_WhenRaiseMotion_ThenRaised() =>
        Given(Opened()).When(c => c.RaiseMotion(" 县委组织部 ", "拟提拔", Day(1))).Then(Motion());

    [Fact]
    public void GivenMotion_WhenRaiseMotionAgain_ThenFailsAskingForCorrection() =>
        Assert.Contains("correct", Given(Opened(), Motion()).When(c => c.RaiseMotion("x", "y", Day(1)))
            .ThenFails(ErrorCodes.StepAlreadyRecorded).Message, StringComparison.Ordinal);

    [Fact]
    public void GivenOpened_WhenRaiseMotionWithoutProposer_ThenFails() =>
        Given(Opened()).When(c => c.RaiseMotion("", "y", Day(1))).ThenFails(ErrorCodes.Required, "proposedBy");

    [Theory]
    [MemberData(nameof(EndedCases))]
    public void GivenEndedCase_WhenRaiseMotion_ThenFails(string how) =>
        Given(Ended(how)).When(c => c.RaiseMotion("x", "y", Day(1))).ThenFails(ErrorCodes.CaseClosed);
}
