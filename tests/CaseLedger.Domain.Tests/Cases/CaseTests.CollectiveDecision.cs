using CaseLedger.Domain.Cases;
using CaseLedger.Domain.Shared;

namespace CaseLedger.Domain.Tests.Cases;

public partial class CaseTests
{
    [Fact]
    public void GivenConsultation_WhenTakeDecision_ThenTaken() =>
        Given(Opened(), Consultation()).When(c => c.TakeCollectiveDecision(DecisionBody.StandingCommittee, 11, 9, 8, 1, 0, true, Day(30)))
            .Then(Decision());

    /// <summary>An invalid body, no quorum, no majority and the principal speaking first: all recorded, all for the audit.</summary>
    [Fact]
    public void GivenOpened_WhenSecretariesMeetingDecidesWithoutQuorum_ThenRecordedForTheAudit() =>
        Given(Opened()).When(c => c.TakeCollectiveDecision(DecisionBody.SecretariesMeeting, 11, 3, 2, 1, 0, false, Day(30)))
            .Then(new CollectiveDecisionTaken(CaseId, DecisionBody.SecretariesMeeting, 11, 3, 2, 1, 0, false, Day(30)));

    [Fact]
    public void GivenOpened_WhenNoMembersEntitled_ThenFails() =>
        Given(Opened()).When(c => c.TakeCollectiveDecision(DecisionBody.StandingCommittee, 0, 0, 0, 0, 0, true, Day(30)))
            .ThenFails(ErrorCodes.NotPositive, "membersEntitled");

    [Theory]
    [InlineData(-1, 0, 0, 0, "attendees")]
    [InlineData(9, -1, 0, 0, "votesFor")]
    [InlineData(9, 0, -1, 0, "votesAgainst")]
    [InlineData(9, 0, 0, -1, "abstentions")]
    public void GivenOpened_WhenNegativeCount_ThenFails(int attendees, int votesFor, int votesAgainst, int abstentions, string field) =>
        Given(Opened()).When(c => c.TakeCollectiveDecision(DecisionBody.StandingCommittee, 11, attendees, votesFor, votesAgainst, abstentions,
                true, Day(30)))
            .ThenFails(ErrorCodes.NegativeNumber, field);

    [Fact]
    public void GivenOpened_WhenMoreAttendeesThanMembers_ThenFails() =>
        Given(Opened()).When(c => c.TakeCollectiveDecision(DecisionBody.StandingCommittee, 11, 12, 8, 1, 0, true, Day(30)))
            .ThenFails(ErrorCodes.CountExceedsTotal, "attendees");

    [Fact]
    public void GivenOpened_WhenMoreVotesThanAttendees_ThenFails() =>
        Given(Opened()).When(c => c.TakeCollectiveDecision(DecisionBody.StandingCommittee, 11, 9, 8, 1, 1, true, Day(30)))
            .ThenFails(ErrorCodes.CountExceedsTotal, "votesFor");

    [Fact]
    public void GivenDecision_WhenTakeAgain_ThenFails() =>
        Given(Decided()).When(c => c.TakeCollectiveDecision(DecisionBody.StandingCommittee, 11, 9, 8, 1, 0, true, Day(30)))
            .ThenFails(ErrorCodes.StepAlreadyRecorded);

    [Theory]
    [MemberData(nameof(EndedCases))]
    public void GivenEndedCase_WhenTakeDecision_ThenFails(string how) =>
        Given(Ended(how)).When(c => c.TakeCollectiveDecision(DecisionBody.StandingCommittee, 11, 9, 8, 1, 0, true, Day(30)))
            .ThenFails(ErrorCodes.CaseClosed);
}
