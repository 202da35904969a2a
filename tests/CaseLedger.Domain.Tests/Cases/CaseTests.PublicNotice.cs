using CaseLedger.Domain.Cases;
using CaseLedger.Domain.Shared;

namespace CaseLedger.Domain.Tests.Cases;

public partial class CaseTests
{
    [Fact]
    public void GivenDecision_WhenGivePublicNotice_ThenGivenDatedByItsEnd() =>
        Given(Decided()).When(c => c.GivePublicNotice("全县", Day(31), Day(38), 1, 1)).Then(PublicNotice());

    [Fact]
    public void GivenOpened_WhenGiveOneDayNoticeBeforeAnyDecision_ThenRecordedForTheAudit() =>
        Given(Opened()).When(c => c.GivePublicNotice("本单位", Day(3), Day(3), 2, 0))
            .Then(new PublicNoticeGiven(CaseId, "本单位", Day(3), Day(3), 2, 0, Day(3)));

    [Fact]
    public void GivenDecision_WhenNoticeEndsBeforeItStarts_ThenFails() =>
        Given(Decided()).When(c => c.GivePublicNotice("全县", Day(31), Day(30), 0, 0)).ThenFails(ErrorCodes.EndBeforeStart, "endOn");

    [Fact]
    public void GivenDecision_WhenMoreObjectionsResolvedThanReceived_ThenFails() =>
        Given(Decided()).When(c => c.GivePublicNotice("全县", Day(31), Day(38), 1, 2)).ThenFails(ErrorCodes.CountExceedsTotal, "objectionsResolved");

    [Fact]
    public void GivenDecision_WhenNegativeObjections_ThenFails() =>
        Given(Decided()).When(c => c.GivePublicNotice("全县", Day(31), Day(38), -1, 0)).ThenFails(ErrorCodes.NegativeNumber, "objectionsReceived");

    [Fact]
    public void GivenDecision_WhenNoticeWithoutScope_ThenFails() =>
        Given(Decided()).When(c => c.GivePublicNotice(" ", Day(31), Day(38), 0, 0)).ThenFails(ErrorCodes.Required, "scope");

    [Fact]
    public void GivenNotice_WhenGiveAgain_ThenFails() =>
        Given([.. Decided(), PublicNotice()]).When(c => c.GivePublicNotice("全县", Day(31), Day(38), 0, 0)).ThenFails(ErrorCodes.StepAlreadyRecorded);

    [Theory]
    [MemberData(nameof(EndedCases))]
    public void GivenEndedCase_WhenGiveNotice_ThenFails(string how) =>
        Given(Ended(how)).When(c => c.GivePublicNotice("全县", Day(31), Day(38), 0, 0)).ThenFails(ErrorCodes.CaseClosed);
}
