using CaseLedger.Domain.Shared;

namespace CaseLedger.Domain.Tests.Cases;

public partial class CaseTests
{
    [Fact]
    public void GivenOpened_WhenDetermineTargets_ThenDetermined() =>
        Given(Opened()).When(c => c.DetermineInspectionTargets([" 马兰", "李明 "], Day(10))).Then(Targets());

    [Fact]
    public void GivenOpened_WhenDetermineNoTargets_ThenFails() =>
        Given(Opened()).When(c => c.DetermineInspectionTargets([], Day(10))).ThenFails(ErrorCodes.Required, "candidates");

    [Fact]
    public void GivenOpened_WhenDetermineBlankTarget_ThenFails() =>
        Given(Opened()).When(c => c.DetermineInspectionTargets(["马兰", " "], Day(10))).ThenFails(ErrorCodes.Required, "candidates");

    [Fact]
    public void GivenTargets_WhenDetermineAgain_ThenFails() =>
        Given(Opened(), Targets()).When(c => c.DetermineInspectionTargets(["马兰"], Day(10))).ThenFails(ErrorCodes.StepAlreadyRecorded);

    [Theory]
    [MemberData(nameof(EndedCases))]
    public void GivenEndedCase_WhenDetermineTargets_ThenFails(string how) =>
        Given(Ended(how)).When(c => c.DetermineInspectionTargets(["马兰"], Day(10))).ThenFails(ErrorCodes.CaseClosed);
}
