using CaseLedger.Domain.Cases;
using CaseLedger.Domain.Shared;

namespace CaseLedger.Domain.Tests.Cases;

public partial class CaseTests
{
    [Fact]
    public void GivenOpened_WhenHoldDirectedRecommendation_ThenHeld() =>
        Given(Opened()).When(c => c.HoldDemocraticRecommendation(RecommendationMode.Meeting, true, "副局长", 40, 3, Day(5)))
            .Then(Recommendation());

    [Fact]
    public void GivenOpened_WhenHoldUndirectedRecommendation_ThenHeldWithoutPost() =>
        Given(Opened()).When(c => c.HoldDemocraticRecommendation(RecommendationMode.InterviewSurvey, false, null, 25, 1, Day(5)))
            .Then(new DemocraticRecommendationHeld(CaseId, RecommendationMode.InterviewSurvey, false, null, 25, 1, Day(5)));

    [Fact]
    public void GivenInterviewSurvey_WhenHoldMeeting_ThenHeld() =>
        Given(Opened(), Recommendation(RecommendationMode.InterviewSurvey))
            .When(c => c.HoldDemocraticRecommendation(RecommendationMode.Meeting, true, "副局长", 40, 3, Day(5)))
            .Then(Recommendation());

    [Fact]
    public void GivenMeeting_WhenHoldMeetingAgain_ThenFails() =>
        Given(Opened(), Recommendation()).When(c => c.HoldDemocraticRecommendation(RecommendationMode.Meeting, false, null, 40, 3, Day(6)))
            .ThenFails(ErrorCodes.StepAlreadyRecorded);

    [Fact]
    public void GivenOpened_WhenHoldDirectedWithoutPost_ThenFails() =>
        Given(Opened()).When(c => c.HoldDemocraticRecommendation(RecommendationMode.Meeting, true, " ", 40, 3, Day(5)))
            .ThenFails(ErrorCodes.Required, "directedPost");

    [Fact]
    public void GivenOpened_WhenHoldUndirectedWithPost_ThenFails() =>
        Given(Opened()).When(c => c.HoldDemocraticRecommendation(RecommendationMode.Meeting, false, "副局长", 40, 3, Day(5)))
            .ThenFails(ErrorCodes.InconsistentInput, "directedPost");

    [Theory]
    [InlineData(0, 3, "participants")]
    [InlineData(40, 0, "candidateCount")]
    public void GivenOpened_WhenHoldWithNobody_ThenFails(int participants, int candidates, string field) =>
        Given(Opened()).When(c => c.HoldDemocraticRecommendation(RecommendationMode.Meeting, false, null, participants, candidates, Day(5)))
            .ThenFails(ErrorCodes.NotPositive, field);

    [Theory]
    [MemberData(nameof(EndedCases))]
    public void GivenEndedCase_WhenHoldRecommendation_ThenFails(string how) =>
        Given(Ended(how)).When(c => c.HoldDemocraticRecommendation(RecommendationMode.Meeting, false, null, 40, 3, Day(5)))
            .ThenFails(ErrorCodes.CaseClosed);

    private static readonly Guid DirectedPostId = Post.IdOf(Guid.Parse("33333333-3333-3333-3333-333333333333"), "副局长");

    [Fact]
    public void GivenOpened_WhenHoldDirectedByPostId_ThenHeldWithTheIdAndNoTitle() =>
        Given(Opened()).When(c => c.HoldDemocraticRecommendation(RecommendationMode.Meeting, true, null, 40, 3, Day(5), DirectedPostId))
            .Then(Recommendation() with { DirectedPost = null, DirectedPostId = DirectedPostId });

    [Fact]
    public void GivenOpened_WhenHoldDirectedByPostIdAndTitle_ThenBothAreKept() =>
        Given(Opened()).When(c => c.HoldDemocraticRecommendation(RecommendationMode.Meeting, true, "副局长", 40, 3, Day(5), DirectedPostId))
            .Then(Recommendation() with { DirectedPostId = DirectedPostId });

    [Fact]
    public void GivenOpened_WhenHoldUndirectedWithPostId_ThenFails() =>
        Given(Opened()).When(c => c.HoldDemocraticRecommendation(RecommendationMode.Meeting, false, null, 40, 3, Day(5), DirectedPostId))
            .ThenFails(ErrorCodes.InconsistentInput, "directedPostId");

    [Fact]
    public void GivenOpened_WhenHoldDirectedWithTheEmptyPostId_ThenFails() =>
        Given(Opened()).When(c => c.HoldDemocraticRecommendation(RecommendationMode.Meeting, true, null, 40, 3, Day(5), Guid.Empty))
            .ThenFails(ErrorCodes.Required, "directedPostId");
}
