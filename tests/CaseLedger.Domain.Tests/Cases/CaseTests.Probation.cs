using CaseLedger.Domain.Cases;
using CaseLedger.Domain.Shared;

namespace CaseLedger.Domain.Tests.Cases;

public partial class CaseTests
{
    [Fact]
    public void GivenNoticeOnProbation_WhenStartProbation_ThenStarted() =>
        Given([.. Decided(), AppointmentNotice()]).When(c => c.StartProbation(Day(45), Day(45).AddYears(1))).Then(ProbationStarted());

    [Fact]
    public void GivenNoNotice_WhenStartProbation_ThenFailsNamingTheNotice() =>
        Assert.Contains("AppointmentNoticeIssued", Given(Decided()).When(c => c.StartProbation(Day(45), Day(45).AddYears(1)))
            .ThenFails(ErrorCodes.StepMissing).Message, StringComparison.Ordinal);

    [Fact]
    public void GivenNoticeWithoutProbation_WhenStartProbation_ThenFails() =>
        Given([.. Decided(), AppointmentNotice(onProbation: false)]).When(c => c.StartProbation(Day(45), Day(45).AddYears(1)))
            .ThenFails(ErrorCodes.NoProbation);

    [Fact]
    public void GivenNotice_WhenProbationStartsBeforeTheNotice_ThenFails() =>
        Given([.. Decided(), AppointmentNotice()]).When(c => c.StartProbation(Day(43), Day(43).AddYears(1)))
            .ThenFails(ErrorCodes.StepOutOfOrder, "startOn");

    [Fact]
    public void GivenNotice_WhenProbationEndsWhenItStarts_ThenFails() =>
        Given([.. Decided(), AppointmentNotice()]).When(c => c.StartProbation(Day(45), Day(45)))
            .ThenFails(ErrorCodes.EndBeforeStart, "plannedEndOn");

    [Fact]
    public void GivenProbation_WhenStartAgain_ThenFails() =>
        Given(OnProbation()).When(c => c.StartProbation(Day(45), Day(45).AddYears(1))).ThenFails(ErrorCodes.StepAlreadyRecorded);

    [Fact]
    public void GivenSecondment_WhenStartProbation_ThenFails() =>
        Given(Seconded()).When(c => c.StartProbation(Day(45), Day(45).AddYears(1))).ThenFails(ErrorCodes.WrongCaseKind);

    [Fact]
    public void GivenProbation_WhenAssess_ThenAssessed() =>
        Given(OnProbation()).When(c => c.AssessProbation(true, "胜任", Day(45).AddYears(1))).Then(ProbationAssessed());

    [Fact]
    public void GivenProbation_WhenAssessedAsFailed_ThenTheCaseCloses()
    {
        Given(OnProbation()).When(c => c.AssessProbation(false, "不胜任", Day(45).AddYears(1)))
            .Then(new ProbationAssessed(CaseId, false, "不胜任", Day(45).AddYears(1)));
        Assert.Equal(CaseStatus.Closed, Fold([.. OnProbation(), ProbationAssessed(passed: false)]).Status);
    }

    [Fact]
    public void GivenNoProbation_WhenAssess_ThenFails() =>
        Given([.. Decided(), AppointmentNotice()]).When(c => c.AssessProbation(true, "胜任", Day(400))).ThenFails(ErrorCodes.StepMissing);

    [Fact]
    public void GivenProbation_WhenAssessedBeforeItStarted_ThenFails() =>
        Given(OnProbation()).When(c => c.AssessProbation(true, "胜任", Day(44))).ThenFails(ErrorCodes.StepOutOfOrder, "effectiveOn");

    [Fact]
    public void GivenProbation_WhenAssessWithoutText_ThenFails() =>
        Given(OnProbation()).When(c => c.AssessProbation(true, "", Day(400))).ThenFails(ErrorCodes.Required, "assessment");

    [Fact]
    public void GivenAssessed_WhenAssessAgain_ThenFails() =>
        Given([.. OnProbation(), ProbationAssessed()]).When(c => c.AssessProbation(true, "胜任", Day(401))).ThenFails(ErrorCodes.StepAlreadyRecorded);

    [Fact]
    public void GivenPassed_WhenAppointFormally_ThenAppointedAndClosed()
    {
        var appointed = new FormallyAppointed(CaseId, Day(46).AddYears(1));
        Given([.. OnProbation(), ProbationAssessed()]).When(c => c.AppointFormally(Day(46).AddYears(1))).Then(appointed);
        Assert.Equal(CaseStatus.Closed, Fold([.. OnProbation(), ProbationAssessed(), appointed]).Status);
        Given([.. OnProbation(), ProbationAssessed(), appointed]).When(c => c.AppointFormally(Day(500))).ThenFails(ErrorCodes.CaseClosed);
    }

    [Fact]
    public void GivenNotAssessed_WhenAppointFormally_ThenFails() =>
        Given(OnProbation()).When(c => c.AppointFormally(Day(46).AddYears(1))).ThenFails(ErrorCodes.StepMissing);

    [Fact]
    public void GivenFailed_WhenAppointFormally_ThenFails() =>
        Given([.. OnProbation(), ProbationAssessed(passed: false)]).When(c => c.AppointFormally(Day(500))).ThenFails(ErrorCodes.CaseClosed);

    [Fact]
    public void GivenPassed_WhenAppointedBeforeTheAssessment_ThenFails() =>
        Given([.. OnProbation(), ProbationAssessed()]).When(c => c.AppointFormally(Day(300))).ThenFails(ErrorCodes.StepOutOfOrder, "effectiveOn");
}
