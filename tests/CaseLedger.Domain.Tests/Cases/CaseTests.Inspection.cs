using CaseLedger.Domain.Cases;
using CaseLedger.Domain.Shared;

namespace CaseLedger.Domain.Tests.Cases;

public partial class CaseTests
{
    [Fact]
    public void GivenTargets_WhenCompleteInspection_ThenCompleted() =>
        Given(Opened(), Targets()).When(c => c.CompleteInspection(["王组长", "张组员"], "考察报告〔2024〕1号", Day(20))).Then(Inspection());

    [Fact]
    public void GivenOpened_WhenCompleteInspectionByOnePerson_ThenRecordedForTheAudit() =>
        Given(Opened()).When(c => c.CompleteInspection(["王组长"], "报告", Day(20)))
            .Then(new InspectionCompleted(CaseId, ["王组长"], "报告", Day(20)));

    [Fact]
    public void GivenOpened_WhenCompleteInspectionWithoutTeam_ThenFails() =>
        Given(Opened()).When(c => c.CompleteInspection([], "报告", Day(20))).ThenFails(ErrorCodes.Required, "teamMembers");

    [Fact]
    public void GivenOpened_WhenCompleteInspectionWithoutReport_ThenFails() =>
        Given(Opened()).When(c => c.CompleteInspection(["王组长", "张组员"], "", Day(20))).ThenFails(ErrorCodes.Required, "reportReference");

    [Fact]
    public void GivenInspection_WhenCompleteAgain_ThenFails() =>
        Given(Opened(), Inspection()).When(c => c.CompleteInspection(["王组长", "张组员"], "报告", Day(20)))
            .ThenFails(ErrorCodes.StepAlreadyRecorded);

    [Theory]
    [MemberData(nameof(EndedCases))]
    public void GivenEndedCase_WhenCompleteInspection_ThenFails(string how) =>
        Given(Ended(how)).When(c => c.CompleteInspection(["王组长"], "报告", Day(20))).ThenFails(ErrorCodes.CaseClosed);
}
