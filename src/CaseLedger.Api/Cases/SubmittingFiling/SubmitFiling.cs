using GraphQL.Types;

namespace CaseLedger.Api.Cases.SubmittingFiling;

public sealed record SubmitFilingInput(
    string CaseId,
    string Authority,
    IReadOnlyList<string>? Attachments,
    DateOnly EffectiveOn,
    CorrectionInput? Correction,
    int? ExpectedVersion,
    string? Reason,
    string? DocumentReference,
    string? IdempotencyKey) : ICaseStepInput;

internal sealed class SubmitFilingInputType : InputObjectGraphType<SubmitFilingInput>
{
    public SubmitFilingInputType()
    {
        Name = "SubmitFilingInput";
        Description = "报送备案 / submit the case to the upper authority for record-filing, with the attachments sent.";
        this.AddCaseIdField();
        Field(x => x.Authority).Description("备案机关: the authority filed with.");
        Field(x => x.Attachments, type: typeof(ListGraphType<NonNullGraphType<StringGraphType>>)).Description("报送材料: attachments sent, e.g. 备案表. Omit or leave empty when none were sent.");
        Field(x => x.EffectiveOn, type: typeof(NonNullGraphType<DateOnlyGraphType>)).Description("报送日期.");
        this.AddCaseStepFields();
    }
}

internal static class SubmitFilingField
{
    public static RecordCaseStep Command(SubmitFilingInput input) =>
        RecordCaseStep.Step(input, c => c.SubmitFiling(input.Authority, input.Attachments ?? [], input.EffectiveOn));

    public static void AddSubmitFiling(this ObjectGraphType mutation) =>
        mutation.AddCaseStep<SubmitFilingInputType, SubmitFilingInput>("submitFiling", "报送备案 / record the filing submission (step FILING_SUBMISSION); acceptFiling answers it.", Command);
}
