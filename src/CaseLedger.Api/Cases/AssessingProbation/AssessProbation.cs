using GraphQL.Types;

namespace CaseLedger.Api.Cases.AssessingProbation;

public sealed record AssessProbationInput(
    string CaseId,
    bool Passed,
    string Assessment,
    DateOnly EffectiveOn,
    CorrectionInput? Correction,
    int? ExpectedVersion,
    string? Reason,
    string? DocumentReference,
    string? IdempotencyKey) : ICaseStepInput;

internal sealed class AssessProbationInputType : InputObjectGraphType<AssessProbationInput>
{
    public AssessProbationInputType()
    {
        Name = "AssessProbationInput";
        Description = "试用期满考核 / the probation assessment. A failed assessment closes the case: the cadre leaves the trial post (免去试任职务).";
        this.AddCaseIdField();
        Field(x => x.Passed).Description("考核结果: true = 胜任 (then appointFormally), false = 不胜任 (the case closes).");
        Field(x => x.Assessment).Description("考核意见: the assessment text (up to 2000 characters).");
        Field(x => x.EffectiveOn, type: typeof(NonNullGraphType<DateOnlyGraphType>)).Description("考核日期 (not before the probation started).");
        this.AddCaseStepFields();
    }
}

internal static class AssessProbationField
{
    public static RecordCaseStep Command(AssessProbationInput input) =>
        RecordCaseStep.Step(input, c => c.AssessProbation(input.Passed, input.Assessment, input.EffectiveOn));

    public static void AddAssessProbation(this ObjectGraphType mutation) =>
        mutation.AddCaseStep<AssessProbationInputType, AssessProbationInput>("assessProbation", "试用期满考核 / record the probation assessment (step PROBATION_ASSESSMENT).", Command);
}
