using CaseLedger.Domain.Cases;
using CaseLedger.Domain.Shared;

namespace CaseLedger.Domain.Tests.Cases;

public partial class CaseTests
{
    [Fact]
    public void GivenDecision_WhenIssueNoticeOnProbation_ThenIssuedAndEffective()
    {
        Given(Decided()).When(c => c.IssueAppointmentNotice(Day(45), true, 12, Day(44))).Then(AppointmentNotice());
        Assert.Equal(CaseStatus.Effective, Fold([.. Decided(), AppointmentNotice()]).Status);
    }

    [Fact]
    public void GivenDecision_WhenIssueNoticeWithoutProbation_ThenIssued() =>
        Given(Decided()).When(c => c.IssueAppointmentNotice(Day(45), false, null, Day(44))).Then(AppointmentNotice(onProbation: false));

    [Fact]
    public void GivenNoDecision_WhenIssueNotice_ThenFailsNamingTheDecision()
    {
        var message = Given(Opened(), Motion()).When(c => c.IssueAppointmentNotice(Day(45), false, null, Day(44)))
            .ThenFails(ErrorCodes.StepMissing).Message;
        Assert.Contains("讨论决定", message, StringComparison.Ordinal);
        Assert.Contains("collective decision", message, StringComparison.Ordinal);
    }

    [Fact]
    public void GivenSecondment_WhenIssueNotice_ThenFails() =>
        Given(SecondmentOpened(), Decision()).When(c => c.IssueAppointmentNotice(Day(45), false, null, Day(44))).ThenFails(ErrorCodes.WrongCaseKind);

    [Fact]
    public void GivenDecision_WhenProbationWithoutMonths_ThenFails() =>
        Given(Decided()).When(c => c.IssueAppointmentNotice(Day(45), true, null, Day(44))).ThenFails(ErrorCodes.Required, "probationMonths");

    [Fact]
    public void GivenDecision_WhenProbationOfZeroMonths_ThenFails() =>
        Given(Decided()).When(c => c.IssueAppointmentNotice(Day(45), true, 0, Day(44))).ThenFails(ErrorCodes.NotPositive, "probationMonths");

    [Fact]
    public void GivenDecision_WhenMonthsWithoutProbation_ThenFails() =>
        Given(Decided()).When(c => c.IssueAppointmentNotice(Day(45), false, 12, Day(44))).ThenFails(ErrorCodes.InconsistentInput, "probationMonths");

    [Fact]
    public void GivenNotice_WhenIssueAgain_ThenFails() =>
        Given([.. Decided(), AppointmentNotice()]).When(c => c.IssueAppointmentNotice(Day(45), true, 12, Day(44)))
            .ThenFails(ErrorCodes.StepAlreadyRecorded);

    [Theory]
    [MemberData(nameof(EndedCases))]
    public void GivenEndedCase_WhenIssueNotice_ThenFails(string how) =>
        Given([.. Ended(how), Decision()]).When(c => c.IssueAppointmentNotice(Day(45), false, null, Day(44))).ThenFails(ErrorCodes.CaseClosed);
}
