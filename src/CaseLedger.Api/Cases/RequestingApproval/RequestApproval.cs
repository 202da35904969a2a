using GraphQL.Types;

namespace CaseLedger.Api.Cases.RequestingApproval;

public sealed record RequestApprovalInput(
    string CaseId,
    string Authority,
    IReadOnlyList<string>? Attachments,
    DateOnly EffectiveOn,
    CorrectionInput? Correction,
    int? ExpectedVersion,
    string? Reason,
    string? DocumentReference,
    string? IdempotencyKey) : ICaseStepInput;

internal sealed class RequestApprovalInputType : InputObjectGraphType<RequestApprovalInput>
{
    public RequestApprovalInputType()
    {
        Name = "RequestApprovalInput";
        Description = "报请审批 / request approval from the upper authority, with the attachments sent (TL-APPROVAL-AND-FILING checks the list; an empty list is recorded and flagged).";
        this.AddCaseIdField();
        Field(x => x.Authority).Description("审批机关: the authority asked, e.g. 自治区党委组织部.");
        Field(x => x.Attachments, type: typeof(ListGraphType<NonNullGraphType<StringGraphType>>)).Description("报送材料: attachments sent, e.g. 干部任免审批表, 考察材料. Omit or leave empty when none were sent.");
        Field(x => x.EffectiveOn, type: typeof(NonNullGraphType<DateOnlyGraphType>)).Description("报请日期: the date the request was sent.");
        this.AddCaseStepFields();
    }
}

internal static class RequestApprovalField
{
    public static RecordCaseStep Command(RequestApprovalInput input) =>
        RecordCaseStep.Step(input, c => c.RequestApproval(input.Authority, input.Attachments ?? [], input.EffectiveOn));

    public static void AddRequestApproval(this ObjectGraphType mutation) =>
        mutation.AddCaseStep<RequestApprovalInputType, RequestApprovalInput>("requestApproval", "报请审批 / record the approval request (step APPROVAL_REQUEST); grantApproval or refuseApproval answers it.", Command);
}
