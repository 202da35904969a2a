using GraphQL.Types;

namespace CaseLedger.Api.Cases.AcceptingFiling;

public sealed record AcceptFilingInput(
    string CaseId,
    string Authority,
    DateOnly EffectiveOn,
    CorrectionInput? Correction,
    int? ExpectedVersion,
    string? Reason,
    string? DocumentReference,
    string? IdempotencyKey) : ICaseStepInput;

internal sealed class AcceptFilingInputType : InputObjectGraphType<AcceptFilingInput>
{
    public AcceptFilingInputType()
    {
        Name = "AcceptFilingInput";
        Description = "备案已受理 / the upper authority accepted the filing.";
        this.AddCaseIdField();
        Field(x => x.Authority).Description("备案机关: the authority that accepted.");
        Field(x => x.EffectiveOn, type: typeof(NonNullGraphType<DateOnlyGraphType>)).Description("受理日期 (not before the submission, else STEP_OUT_OF_ORDER).");
        this.AddCaseStepFields();
    }
}

internal static class AcceptFilingField
{
    public static RecordCaseStep Command(AcceptFilingInput input) =>
        RecordCaseStep.Step(input, c => c.AcceptFiling(input.Authority, input.EffectiveOn));

    public static void AddAcceptFiling(this ObjectGraphType mutation) =>
        mutation.AddCaseStep<AcceptFilingInputType, AcceptFilingInput>("acceptFiling", "备案 / record that the filing was accepted (step FILING). Needs submitFiling first (STEP_MISSING).", Command);
}
