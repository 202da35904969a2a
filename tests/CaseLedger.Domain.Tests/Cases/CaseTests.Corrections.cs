using CaseLedger.Domain.Cases;
using CaseLedger.Domain.Shared;

namespace CaseLedger.Domain.Tests.Cases;

public partial class CaseTests
{
    // In Decided(): CaseOpened is version 1, MotionRaised 2, CollectiveDecisionTaken 3.
    private static readonly Correction DecisionCorrection = new(3, "票数录入错误");

    private static CollectiveDecisionTaken CorrectedDecision() => Decision() with { VotesFor = 9, VotesAgainst = 0 };

    private static object TakeCorrectedDecision(Case c) =>
        c.TakeCollectiveDecision(DecisionBody.StandingCommittee, 11, 9, 9, 0, 0, true, Day(30));

    [Fact]
    public void GivenDecision_WhenCorrectIt_ThenCorrectionAndReplacement() =>
        Given(Decided()).When(c => c.Correct(DecisionCorrection, Day(60), TakeCorrectedDecision))
            .Then(new CaseStepCorrected(CaseId, 3, ProcedureStep.CollectiveDecision, "票数录入错误", Day(60)), CorrectedDecision());

    [Fact]
    public void GivenCorrected_WhenFolded_ThenTheReplacementIsTheCurrentRecord()
    {
        var state = Fold([.. Decided(), new CaseStepCorrected(CaseId, 3, ProcedureStep.CollectiveDecision, "r", Day(60)), CorrectedDecision()]);
        Assert.Equal((5L, new StepRecord(5, Day(30))), (state.Version, state.Steps[ProcedureStep.CollectiveDecision]));
        Assert.Contains(3L, state.CorrectedVersions);
    }

    [Fact]
    public void GivenMotion_WhenCorrectTheUntouchableMotion_ThenANewMotionIsRecorded() =>
        Given(Decided()).When(c => c.Correct(new Correction(2, "动议主体有误"), Day(60), c => c.RaiseMotion("县委", "拟提拔", Day(1))))
            .Then(new CaseStepCorrected(CaseId, 2, ProcedureStep.Motion, "动议主体有误", Day(60)), Motion() with { ProposedBy = "县委" });

    [Fact]
    public void GivenCorrected_WhenCorrectTheOldVersionAgain_ThenFails() =>
        Given([.. Decided(), new CaseStepCorrected(CaseId, 3, ProcedureStep.CollectiveDecision, "r", Day(60)), CorrectedDecision()])
            .When(c => c.Correct(DecisionCorrection, Day(61), TakeCorrectedDecision))
            .ThenFails(ErrorCodes.StepAlreadyCorrected, "correction.correctedVersion");

    [Fact]
    public void GivenCorrected_WhenCorrectTheReplacement_ThenCorrected() =>
        Given([.. Decided(), new CaseStepCorrected(CaseId, 3, ProcedureStep.CollectiveDecision, "r", Day(60)), CorrectedDecision()])
            .When(c => c.Correct(new Correction(5, "再次更正"), Day(61), c => c.TakeCollectiveDecision(DecisionBody.StandingCommittee, 11, 10, 9, 1, 0, true, Day(30))))
            .Then(new CaseStepCorrected(CaseId, 5, ProcedureStep.CollectiveDecision, "再次更正", Day(61)),
                Decision() with { Attendees = 10, VotesFor = 9, VotesAgainst = 1 });

    [Theory]
    [InlineData(1)]
    [InlineData(4)]
    public void GivenDecided_WhenCorrectAVersionThatIsNoStep_ThenFails(long version) =>
        Given(Decided()).When(c => c.Correct(new Correction(version, "r"), Day(60), TakeCorrectedDecision))
            .ThenFails(ErrorCodes.CorrectionTargetInvalid, "correction.correctedVersion");

    [Fact]
    public void GivenDecided_WhenCorrectionRecordsAnotherStep_ThenFails() =>
        Given(Decided()).When(c => c.Correct(DecisionCorrection, Day(60), c => c.HoldConsultation(["分管领导"], Day(25))))
            .ThenFails(ErrorCodes.CorrectionStepMismatch);

    [Fact]
    public void GivenDecided_WhenCorrectionWithoutReason_ThenFails() =>
        Given(Decided()).When(c => c.Correct(DecisionCorrection with { Reason = " " }, Day(60), TakeCorrectedDecision))
            .ThenFails(ErrorCodes.Required, "correction.reason");

    [Fact]
    public void GivenDecided_WhenTheReplacementIsImpossible_ThenItsOwnRefusalComesBack() =>
        Given(Decided()).When(c => c.Correct(DecisionCorrection, Day(60),
                c => c.TakeCollectiveDecision(DecisionBody.StandingCommittee, 11, 12, 9, 0, 0, true, Day(30))))
            .ThenFails(ErrorCodes.CountExceedsTotal, "attendees");

    [Fact]
    public void GivenClosedCase_WhenCorrect_ThenFails() =>
        Given([.. OnProbation(), ProbationAssessed(passed: false)]).When(c => c.Correct(DecisionCorrection, Day(600), TakeCorrectedDecision))
            .ThenFails(ErrorCodes.CaseClosed);

    [Fact]
    public void GivenEffectiveCase_WhenCorrectTheDecision_ThenCorrected() =>
        Given([.. Decided(), AppointmentNotice()]).When(c => c.Correct(DecisionCorrection, Day(60), TakeCorrectedDecision))
            .Then(new CaseStepCorrected(CaseId, 3, ProcedureStep.CollectiveDecision, "票数录入错误", Day(60)), CorrectedDecision());

    [Fact]
    public void GivenMeetingRecommendation_WhenCorrectedToInterviewSurvey_ThenTheModeChanges()
    {
        object[] events = [Opened(), Recommendation()];
        var redo = (Case c) => c.HoldDemocraticRecommendation(RecommendationMode.InterviewSurvey, true, "副局长", 40, 3, Day(5));
        Given(events).When(c => c.Correct(new Correction(2, "推荐方式有误"), Day(9), redo))
            .Then(new CaseStepCorrected(CaseId, 2, ProcedureStep.MeetingRecommendation, "推荐方式有误", Day(9)),
                Recommendation(RecommendationMode.InterviewSurvey));
        var state = Fold([.. events, new CaseStepCorrected(CaseId, 2, ProcedureStep.MeetingRecommendation, "r", Day(9)),
            Recommendation(RecommendationMode.InterviewSurvey)]);
        Assert.Equal([ProcedureStep.InterviewRecommendation], state.Steps.Keys);
    }

    [Fact]
    public void GivenExtension_WhenCorrectedToAnEarlierEnd_ThenCheckedAgainstThePreviousPlannedEnd() =>
        Given([.. Seconded(), new SecondmentExtended(CaseId, Day(300), Day(90))])
            .When(c => c.Correct(new Correction(3, "延期时间有误"), Day(95), c => c.ExtendSecondment(Day(200), Day(90))))
            .Then(new CaseStepCorrected(CaseId, 3, ProcedureStep.SecondmentExtension, "延期时间有误", Day(95)),
                new SecondmentExtended(CaseId, Day(200), Day(90)));

    [Fact]
    public void GivenNoticeAndProbation_WhenNoticeCorrectedToNoProbation_ThenFails() =>
        Given(OnProbation()).When(c => c.Correct(new Correction(4, "r"), Day(60), c => c.IssueAppointmentNotice(Day(45), false, null, Day(44))))
            .ThenFails(ErrorCodes.InconsistentInput, "onProbation");

    [Fact]
    public void GivenNoCorrection_WhenRecord_ThenTheStepAlone() =>
        Given(Opened()).When(c => c.Record(null, Day(60), c => c.RaiseMotion("县委组织部", "拟提拔", Day(1)))).Then(Motion());

    [Fact]
    public void GivenACorrection_WhenRecord_ThenCorrected() =>
        Given(Decided()).When(c => c.Record(DecisionCorrection, Day(60), TakeCorrectedDecision))
            .Then(new CaseStepCorrected(CaseId, 3, ProcedureStep.CollectiveDecision, "票数录入错误", Day(60)), CorrectedDecision());

    [Fact]
    public void GivenUnknownEvents_WhenFolded_ThenTheyStillCountAsVersions()
    {
        var state = Fold(Opened(), "an event type this build does not know", Motion());
        Assert.Equal((3L, 3L), (state.Version, state.Steps[ProcedureStep.Motion].Version));
    }
}
