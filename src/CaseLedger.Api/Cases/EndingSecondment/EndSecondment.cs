using GraphQL.Types;

namespace CaseLedger.Api.Cases.EndingSecondment;

public sealed record EndSecondmentInput(
    string CaseId,
    DateOnly ReturnedOn,
    CorrectionInput? Correction,
    int? ExpectedVersion,
    string? Reason,
    string? DocumentReference,
    string? IdempotencyKey) : ICaseStepInput;

internal sealed class EndSecondmentInputType : InputObjectGraphType<EndSecondmentInput>
{
    public EndSecondmentInputType()
    {
        Name = "EndSecondmentInput";
        Description = "挂职结束 / the cadre returned to the sending unit; the case closes.";
        this.AddCaseIdField();
        Field(x => x.ReturnedOn, type: typeof(NonNullGraphType<DateOnlyGraphType>)).Description("返回日期: the day the cadre returned (not before the start, else END_BEFORE_START).");
        this.AddCaseStepFields();
    }
}

internal static class EndSecondmentField
{
    public static RecordCaseStep Command(EndSecondmentInput input) =>
        RecordCaseStep.Step(input, c => c.EndSecondment(input.ReturnedOn));

    public static void AddEndSecondment(this ObjectGraphType mutation) =>
        mutation.AddCaseStep<EndSecondmentInputType, EndSecondmentInput>("endSecondment", "挂职结束 / record the end of the secondment (step SECONDMENT_END); the case becomes CLOSED.", Command);
}
