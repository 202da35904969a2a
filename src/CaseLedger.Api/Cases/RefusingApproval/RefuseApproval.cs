using GraphQL.Types;

namespace CaseLedger.Api.Cases.RefusingApproval;

public sealed record RefuseApprovalInput(
    string CaseId,
    string Authority,
    DateOnly EffectiveOn,
    CorrectionInput? Correction,
    int? ExpectedVersion,
    string Reason,
    string? DocumentReference,
    string? IdempotencyKey) : ICaseStepInput;

internal sealed class RefuseApprovalInputType : InputObjectGraphType<RefuseApprovalInput>
{
    public RefuseApprovalInputType()
    {
        Name = "RefuseApprovalInput";
        Description = "不予批准 / the upper authority refused the request; the case becomes REJECTED.";
        this.AddCaseIdField();
        Field(x => x.Authority).Description("批复机关: the authority that refused.");
        Field(x => x.EffectiveOn, type: typeof(NonNullGraphType<DateOnlyGraphType>)).Description("批复日期 (not before the request, else STEP_OUT_OF_ORDER).");
        this.AddCaseStepFields();
    }
}

internal static class RefuseApprovalField
{
    public static RecordCaseStep Command(RefuseApprovalInput input) =>
        RecordCaseStep.Step(input, c => c.RefuseApproval(input.Authority, input.Reason, input.EffectiveOn));

    public static void AddRefuseApproval(this ObjectGraphType mutation) =>
        mutation.AddCaseStep<RefuseApprovalInputType, RefuseApprovalInput>("refuseApproval", "不予批准 / record that the approval was refused (step APPROVAL); the case becomes REJECTED.", Command);
}
