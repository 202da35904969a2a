using GraphQL.Types;

namespace CaseLedger.Api.Cases.ExtendingSecondment;

public sealed record ExtendSecondmentInput(
    string CaseId,
    DateOnly NewPlannedEndOn,
    DateOnly EffectiveOn,
    CorrectionInput? Correction,
    int? ExpectedVersion,
    string? Reason,
    string? DocumentReference,
    string? IdempotencyKey) : ICaseStepInput;

internal sealed class ExtendSecondmentInputType : InputObjectGraphType<ExtendSecondmentInput>
{
    public ExtendSecondmentInputType()
    {
        Name = "ExtendSecondmentInput";
        Description = "挂职延期 / extend a running secondment to a later planned end. May recur: each extension is its own record.";
        this.AddCaseIdField();
        Field(x => x.NewPlannedEndOn, type: typeof(NonNullGraphType<DateOnlyGraphType>)).Description("新的计划结束日期: later than the current planned end (else NOT_AN_EXTENSION).");
        Field(x => x.EffectiveOn, type: typeof(NonNullGraphType<DateOnlyGraphType>)).Description("延期决定日期 (not before the secondment started).");
        this.AddCaseStepFields();
    }
}

internal static class ExtendSecondmentField
{
    public static RecordCaseStep Command(ExtendSecondmentInput input) =>
        RecordCaseStep.Step(input, c => c.ExtendSecondment(input.NewPlannedEndOn, input.EffectiveOn));

    public static void AddExtendSecondment(this ObjectGraphType mutation) =>
        mutation.AddCaseStep<ExtendSecondmentInputType, ExtendSecondmentInput>("extendSecondment", "挂职延期 / record a secondment extension (step SECONDMENT_EXTENSION). A correction replaces the latest extension.", Command);
}
