using CaseLedger.Domain.Cases;
using GraphQL.Types;

namespace CaseLedger.Api.Cases.GrantingApproval;

public sealed record GrantApprovalInput(
    string CaseId,
    string Authority,
    string Reference,
    DateOnly EffectiveOn,
    CorrectionInput? Correction,
    int? ExpectedVersion,
    string? Reason,
    string? DocumentReference,
    string? IdempotencyKey,
    ApprovalPurpose? Purpose = null) : ICaseStepInput;

internal sealed class GrantApprovalInputType : InputObjectGraphType<GrantApprovalInput>
{
    public GrantApprovalInputType()
    {
        Name = "GrantApprovalInput";
        Description = "批准 / the upper authority approved the request.";
        this.AddCaseIdField();
        Field(x => x.Authority).Description("批复机关: the authority that approved.");
        Field(x => x.Reference).Description("批复文号: reference of the approval document, e.g. 宁组干〔2026〕45号.");
        Field(x => x.EffectiveOn, type: typeof(NonNullGraphType<DateOnlyGraphType>)).Description("批复日期 (not before the request, else STEP_OUT_OF_ORDER).");
        Field(x => x.Purpose, type: typeof(EnumerationGraphType<ApprovalPurpose>))
            .Description("审批事项: what the approval is for; default ROUTINE. Only AGE_EXCEPTION lets a candidate over an age cap through (a routine 调任 approval does not).");
        this.AddCaseStepFields();
    }
}

internal static class GrantApprovalField
{
    public static RecordCaseStep Command(GrantApprovalInput input) =>
        RecordCaseStep.Step(input, c => c.GrantApproval(input.Authority, input.Reference, input.EffectiveOn, input.Purpose));

    public static void AddGrantApproval(this ObjectGraphType mutation) =>
        mutation.AddCaseStep<GrantApprovalInputType, GrantApprovalInput>("grantApproval", "批准 / record that the approval was granted (step APPROVAL). Needs requestApproval first (STEP_MISSING).", Command);
}
