using CaseLedger.Domain.Cases;
using CaseLedger.Domain.Shared;

namespace CaseLedger.Domain.Tests.Cases;

/// <summary>资格审查 (reviewEligibility): recorded as found, passed or not, on exchange and appointment cases.</summary>
public partial class CaseTests
{
    private static EligibilityReviewed EligibilityReview(bool passed = true) =>
        new(CaseId, passed, "自治区党委组织部干部一处", ["年龄", "学历", "任职年限"], Day(8));

    [Fact]
    public void GivenSelectionOpened_WhenReviewEligibility_ThenReviewed() =>
        Given(Opened(CaseChannel.CompetitiveSelection))
            .When(c => c.ReviewEligibility(true, " 自治区党委组织部干部一处 ", ["年龄", "学历", "任职年限"], Day(8)))
            .Then(EligibilityReview());

    [Fact]
    public void GivenTransferOpened_WhenTheReviewFindsTheCadreIneligible_ThenTheOutcomeIsRecordedAsFound() =>
        Given(Opened(CaseChannel.InboundTransfer))
            .When(c => c.ReviewEligibility(false, "自治区党委组织部干部一处", ["年龄", "学历", "任职年限"], Day(8)))
            .Then(EligibilityReview(passed: false));

    [Fact]
    public void GivenOpened_WhenReviewByNobody_ThenFails() =>
        Given(Opened()).When(c => c.ReviewEligibility(true, " ", ["年龄"], Day(8))).ThenFails(ErrorCodes.Required, "reviewedBy");

    [Fact]
    public void GivenOpened_WhenNothingWasChecked_ThenFails() =>
        Given(Opened()).When(c => c.ReviewEligibility(true, "组织部", [], Day(8))).ThenFails(ErrorCodes.Required, "checked");

    [Fact]
    public void GivenSecondment_WhenReviewEligibility_ThenFails() =>
        Given(SecondmentOpened()).When(c => c.ReviewEligibility(true, "组织部", ["年龄"], Day(8))).ThenFails(ErrorCodes.WrongCaseKind);

    [Fact]
    public void GivenReview_WhenReviewedAgain_ThenFails() =>
        Given(Opened(CaseChannel.CompetitiveSelection), EligibilityReview())
            .When(c => c.ReviewEligibility(true, "组织部", ["年龄"], Day(9))).ThenFails(ErrorCodes.StepAlreadyRecorded);

    [Theory]
    [MemberData(nameof(EndedCases))]
    public void GivenEndedCase_WhenReviewEligibility_ThenFails(string how) =>
        Given(Ended(how)).When(c => c.ReviewEligibility(true, "组织部", ["年龄"], Day(8))).ThenFails(ErrorCodes.CaseClosed);

    [Fact]
    public void GivenFailedReview_WhenCorrected_ThenTheNewRecordCounts() =>
        Given(Opened(CaseChannel.InboundTransfer), EligibilityReview(passed: false))
            .When(c => c.Correct(new Correction(2, "复核后符合条件"), Day(12), s => s.ReviewEligibility(true, "自治区党委组织部干部一处", ["年龄", "学历", "任职年限"], Day(8))))
            .Then(new CaseStepCorrected(CaseId, 2, ProcedureStep.EligibilityReview, "复核后符合条件", Day(12)), EligibilityReview());
}
