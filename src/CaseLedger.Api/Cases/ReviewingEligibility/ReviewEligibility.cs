using GraphQL.Types;

namespace CaseLedger.Api.Cases.ReviewingEligibility;

public sealed record ReviewEligibilityInput(
    string CaseId,
    bool Passed,
    string ReviewedBy,
    IReadOnlyList<string> Checked,
    DateOnly EffectiveOn,
    CorrectionInput? Correction,
    int? ExpectedVersion,
    string? Reason,
    string? DocumentReference,
    string? IdempotencyKey) : ICaseStepInput;

internal sealed class ReviewEligibilityInputType : InputObjectGraphType<ReviewEligibilityInput>
{
    public ReviewEligibilityInputType()
    {
        Name = "ReviewEligibilityInput";
        Description = "资格审查 / eligibility review: whether the cadre meets the post's qualifications, held before the examination of a 公开选拔/竞争上岗 "
            + "and before the inspection of a 调任 (PROC-ELIGIBILITY-REVIEW judges it). A review that did not pass is recorded as found (passed: false), "
            + "never refused. Exchange and appointment cases (a secondment: WRONG_CASE_KIND).";
        this.AddCaseIdField();
        Field(x => x.Passed).Description("审查结论: true when the cadre met the qualifications, false when the review found they did not.");
        Field(x => x.ReviewedBy).Description("审查机关: the body that reviewed, e.g. 自治区党委组织部干部一处 (up to 200 characters).");
        Field(x => x.Checked, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>))
            .Description("审查内容: what was checked, one entry each, e.g. [\"年龄\", \"学历\", \"任职年限\"] (at least one, each up to 50 characters).");
        Field(x => x.EffectiveOn, type: typeof(NonNullGraphType<DateOnlyGraphType>)).Description("审查日期: the day the review concluded.");
        this.AddCaseStepFields();
    }
}

internal static class ReviewEligibilityField
{
    public static RecordCaseStep Command(ReviewEligibilityInput input) =>
        RecordCaseStep.Step(input, c => c.ReviewEligibility(input.Passed, input.ReviewedBy, input.Checked, input.EffectiveOn));

    public static void AddReviewEligibility(this ObjectGraphType mutation) =>
        mutation.AddCaseStep<ReviewEligibilityInputType, ReviewEligibilityInput>("reviewEligibility",
            "资格审查 / record the eligibility review and its outcome (step ELIGIBILITY_REVIEW; not on secondments, else WRONG_CASE_KIND).", Command);
}
