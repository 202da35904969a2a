using CaseLedger.Domain.Cases;
using CaseLedger.Domain.Shared;

namespace CaseLedger.Domain.Tests.Cases;

public partial class CaseTests
{
    private static readonly Post HostPost = new(HostUnitId, "挂职副县长", PostLevel.County, PostGrade.Deputy, true);

    [Fact]
    public void GivenSecondmentOpened_WhenStart_ThenStartedAndEffective()
    {
        Given(SecondmentOpened()).When(c => c.StartSecondment(SendingUnitId, HostUnitId, ToPost, Day(10), Day(100))).Then(SecondmentStarted());
        Assert.Equal(CaseStatus.Effective, Fold(Seconded()).Status);
    }

    [Fact]
    public void GivenAppointment_WhenStartSecondment_ThenFails() =>
        Given(Opened()).When(c => c.StartSecondment(SendingUnitId, HostUnitId, null, Day(10), Day(100))).ThenFails(ErrorCodes.WrongCaseKind);

    [Fact]
    public void GivenSecondmentOpened_WhenHostIsTheSendingUnit_ThenFails() =>
        Given(SecondmentOpened()).When(c => c.StartSecondment(SendingUnitId, SendingUnitId, null, Day(10), Day(100)))
            .ThenFails(ErrorCodes.InconsistentInput, "hostUnitId");

    [Fact]
    public void GivenSecondmentOpened_WhenHostPostElsewhere_ThenFails() =>
        Given(SecondmentOpened()).When(c => c.StartSecondment(SendingUnitId, HostUnitId, FromPost, Day(10), Day(100)))
            .ThenFails(ErrorCodes.InconsistentInput, "hostPost");

    [Fact]
    public void GivenSecondmentOpened_WhenNoSendingUnit_ThenFails() =>
        Given(SecondmentOpened()).When(c => c.StartSecondment(Guid.Empty, HostUnitId, null, Day(10), Day(100)))
            .ThenFails(ErrorCodes.Required, "sendingUnitId");

    [Fact]
    public void GivenSecondmentOpened_WhenPlannedEndIsTheStart_ThenFails() =>
        Given(SecondmentOpened()).When(c => c.StartSecondment(SendingUnitId, HostUnitId, null, Day(10), Day(10)))
            .ThenFails(ErrorCodes.EndBeforeStart, "plannedEndOn");

    [Fact]
    public void GivenStarted_WhenStartAgain_ThenFails() =>
        Given(Seconded()).When(c => c.StartSecondment(SendingUnitId, HostUnitId, null, Day(10), Day(100))).ThenFails(ErrorCodes.StepAlreadyRecorded);

    [Fact]
    public void GivenExtended_WhenExtendAgain_ThenExtended() =>
        Given([.. Seconded(), new SecondmentExtended(CaseId, Day(200), Day(90))]).When(c => c.ExtendSecondment(Day(300), Day(190)))
            .Then(new SecondmentExtended(CaseId, Day(300), Day(190)));

    [Theory]
    [InlineData(100)]
    [InlineData(50)]
    public void GivenStarted_WhenExtendToNoLaterEnd_ThenFails(int newEnd) =>
        Given(Seconded()).When(c => c.ExtendSecondment(Day(newEnd), Day(20))).ThenFails(ErrorCodes.NotAnExtension, "newPlannedEndOn");

    [Fact]
    public void GivenStarted_WhenExtensionDatedBeforeTheStart_ThenFails() =>
        Given(Seconded()).When(c => c.ExtendSecondment(Day(200), Day(5))).ThenFails(ErrorCodes.StepOutOfOrder, "effectiveOn");

    [Fact]
    public void GivenNotStarted_WhenExtend_ThenFailsNamingTheStart() =>
        Assert.Contains("SecondmentStarted", Given(SecondmentOpened()).When(c => c.ExtendSecondment(Day(200), Day(20)))
            .ThenFails(ErrorCodes.StepMissing).Message, StringComparison.Ordinal);

    [Fact]
    public void GivenAppointment_WhenExtend_ThenFails() =>
        Given(Opened()).When(c => c.ExtendSecondment(Day(200), Day(20))).ThenFails(ErrorCodes.WrongCaseKind);

    [Fact]
    public void GivenStarted_WhenEnd_ThenEndedAndClosed()
    {
        Given(Seconded()).When(c => c.EndSecondment(Day(100))).Then(new SecondmentEnded(CaseId, Day(100)));
        Assert.Equal(CaseStatus.Closed, Fold([.. Seconded(), new SecondmentEnded(CaseId, Day(100))]).Status);
    }

    [Fact]
    public void GivenStarted_WhenReturnedBeforeTheStart_ThenFails() =>
        Given(Seconded()).When(c => c.EndSecondment(Day(9))).ThenFails(ErrorCodes.EndBeforeStart, "returnedOn");

    [Fact]
    public void GivenNotStarted_WhenEnd_ThenFails() =>
        Given(SecondmentOpened()).When(c => c.EndSecondment(Day(100))).ThenFails(ErrorCodes.StepMissing);

    [Fact]
    public void GivenEnded_WhenExtendEndOrRetain_ThenFails()
    {
        object[] ended = [.. Seconded(), new SecondmentEnded(CaseId, Day(100))];
        Given(ended).When(c => c.ExtendSecondment(Day(200), Day(100))).ThenFails(ErrorCodes.CaseClosed);
        Given(ended).When(c => c.EndSecondment(Day(101))).ThenFails(ErrorCodes.CaseClosed);
        Given(ended).When(c => c.RetainAtHost(HostPost, "决定", Day(101))).ThenFails(ErrorCodes.CaseClosed);
    }

    [Fact]
    public void GivenStarted_WhenRetainAtHost_ThenRetainedAndClosed()
    {
        var retained = new SecondmentRetainedAtHost(CaseId, HostPost, "县委〔2024〕9号", Day(100));
        Given(Seconded()).When(c => c.RetainAtHost(HostPost, "县委〔2024〕9号", Day(100))).Then(retained);
        Assert.Equal(CaseStatus.Closed, Fold([.. Seconded(), retained]).Status);
    }

    [Fact]
    public void GivenStarted_WhenRetainAtHostWithItsDecision_ThenTheDecisionIsRecorded()
    {
        var decision = new RetentionDecision(DecisionBody.StandingCommittee, Day(95), 11, 9, 8, 1, 0);
        Given(Seconded()).When(c => c.RetainAtHost(HostPost, "县委〔2024〕9号", Day(100), decision))
            .Then(new SecondmentRetainedAtHost(CaseId, HostPost, "县委〔2024〕9号", Day(100), decision));
    }

    [Fact]
    public void GivenStarted_WhenTheRetentionDecisionIsImpossibleOrLater_ThenFails()
    {
        Given(Seconded()).When(c => c.RetainAtHost(HostPost, "决定", Day(100), new RetentionDecision(DecisionBody.StandingCommittee, Day(95), 11, 12, 8, 1, 0)))
            .ThenFails(ErrorCodes.CountExceedsTotal, "decision.attendees");
        Given(Seconded()).When(c => c.RetainAtHost(HostPost, "决定", Day(100), new RetentionDecision(DecisionBody.StandingCommittee, Day(95), 11, 9, 8, 2, 0)))
            .ThenFails(ErrorCodes.CountExceedsTotal, "decision.votesFor");
        Given(Seconded()).When(c => c.RetainAtHost(HostPost, "决定", Day(100), new RetentionDecision(DecisionBody.StandingCommittee, Day(101), 11, 9, 8, 1, 0)))
            .ThenFails(ErrorCodes.InconsistentInput, "decision.decidedOn");
    }

    [Fact]
    public void GivenStarted_WhenRetainWithoutDecision_ThenFails() =>
        Given(Seconded()).When(c => c.RetainAtHost(HostPost, "", Day(100))).ThenFails(ErrorCodes.Required, "decisionReference");

    [Fact]
    public void GivenStarted_WhenRetainedBeforeTheStart_ThenFails() =>
        Given(Seconded()).When(c => c.RetainAtHost(HostPost, "决定", Day(9))).ThenFails(ErrorCodes.StepOutOfOrder, "effectiveOn");

    [Fact]
    public void GivenNotStarted_WhenRetain_ThenFails() =>
        Given(SecondmentOpened()).When(c => c.RetainAtHost(HostPost, "决定", Day(100))).ThenFails(ErrorCodes.StepMissing);
}
