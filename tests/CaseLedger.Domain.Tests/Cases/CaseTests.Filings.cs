using CaseLedger.Domain.Cases;
using CaseLedger.Domain.Shared;

namespace CaseLedger.Domain.Tests.Cases;

public partial class CaseTests
{
    [Fact]
    public void GivenDecision_WhenSubmitFiling_ThenSubmitted() =>
        Given(Decided()).When(c => c.SubmitFiling("市委组织部", ["备案表"], Day(39))).Then(FilingSubmitted());

    [Fact]
    public void GivenSubmitted_WhenSubmitAgain_ThenFails() =>
        Given(Opened(), FilingSubmitted()).When(c => c.SubmitFiling("市委组织部", [], Day(40))).ThenFails(ErrorCodes.StepAlreadyRecorded);

    [Fact]
    public void GivenOpened_WhenSubmitBlankAttachment_ThenFails() =>
        Given(Opened()).When(c => c.SubmitFiling("市委组织部", [" "], Day(39))).ThenFails(ErrorCodes.Required, "attachments");

    [Fact]
    public void GivenSubmitted_WhenAcceptFiling_ThenAccepted() =>
        Given(Opened(), FilingSubmitted()).When(c => c.AcceptFiling("市委组织部", Day(41))).Then(new FilingAccepted(CaseId, "市委组织部", Day(41)));

    [Fact]
    public void GivenNoSubmission_WhenAcceptFiling_ThenFailsNamingTheSubmission() =>
        Assert.Contains("FilingSubmitted", Given(Opened()).When(c => c.AcceptFiling("市委组织部", Day(41)))
            .ThenFails(ErrorCodes.StepMissing).Message, StringComparison.Ordinal);

    [Fact]
    public void GivenSubmitted_WhenAcceptBeforeSubmission_ThenFails() =>
        Given(Opened(), FilingSubmitted()).When(c => c.AcceptFiling("市委组织部", Day(38))).ThenFails(ErrorCodes.StepOutOfOrder, "effectiveOn");

    [Fact]
    public void GivenAccepted_WhenAcceptAgain_ThenFails() =>
        Given(Opened(), FilingSubmitted(), new FilingAccepted(CaseId, "市委组织部", Day(41))).When(c => c.AcceptFiling("市委组织部", Day(42)))
            .ThenFails(ErrorCodes.StepAlreadyRecorded);

    [Theory]
    [MemberData(nameof(EndedCases))]
    public void GivenEndedCase_WhenAcceptFiling_ThenFails(string how) =>
        Given([.. Ended(how), FilingSubmitted()]).When(c => c.AcceptFiling("市委组织部", Day(41))).ThenFails(ErrorCodes.CaseClosed);
}
