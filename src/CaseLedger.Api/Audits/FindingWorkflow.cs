using CaseLedger.Api.GraphQL;
using CaseLedger.Domain.Audits;
using GraphQL.Types;

namespace CaseLedger.Api.Audits;

// The supervisors' workflow on a finding: acknowledge → confirm (with accountability actions) or
// dismiss (with a reason); resolve a confirmed one; reopen a dismissed or resolved one.

public sealed record AcknowledgeFindingInput(string FindingId, int? ExpectedVersion, string? Reason, string? DocumentReference, string? IdempotencyKey)
    : IFindingInput;

public sealed record ConfirmFindingInput(
    string FindingId, IReadOnlyList<AccountabilityAction> Actions, int? ExpectedVersion, string? Reason, string? DocumentReference, string? IdempotencyKey)
    : IFindingInput;

public sealed record DismissFindingInput(string FindingId, int? ExpectedVersion, string Reason, string? DocumentReference, string? IdempotencyKey)
    : IFindingInput;

public sealed record ResolveFindingInput(string FindingId, int? ExpectedVersion, string Reason, string? DocumentReference, string? IdempotencyKey)
    : IFindingInput;

public sealed record ReopenFindingInput(string FindingId, int? ExpectedVersion, string Reason, string? DocumentReference, string? IdempotencyKey)
    : IFindingInput;

internal sealed class AcknowledgeFindingInputType : InputObjectGraphType<AcknowledgeFindingInput>
{
    public AcknowledgeFindingInputType()
    {
        Name = "AcknowledgeFindingInput";
        Description = "已知悉 / a supervisor has seen a raised finding.";
        this.AddFindingFields();
        this.AddRecordingFields();
    }
}

internal sealed class ConfirmFindingInputType : InputObjectGraphType<ConfirmFindingInput>
{
    public ConfirmFindingInputType()
    {
        Name = "ConfirmFindingInput";
        Description = "认定 / confirm a finding as a breach and record the accountability actions decided.";
        this.AddFindingFields();
        Field(x => x.Actions, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<EnumerationGraphType<AccountabilityAction>>>>))
            .Description("问责措施: at least one (通报批评, 诫勉, 组织处理, 纪律处分 referral).");
        this.AddRecordingFields();
    }
}

internal sealed class DismissFindingInputType : InputObjectGraphType<DismissFindingInput>
{
    public DismissFindingInputType()
    {
        Name = "DismissFindingInput";
        Description = "不予认定 / dismiss a finding, saying why.";
        this.AddFindingFields();
        this.AddRecordingFields("不予认定理由: why this is not a breach (required, up to 500 characters).");
    }
}

internal sealed class ResolveFindingInputType : InputObjectGraphType<ResolveFindingInput>
{
    public ResolveFindingInputType()
    {
        Name = "ResolveFindingInput";
        Description = "整改完成 / a confirmed finding has been put right.";
        this.AddFindingFields();
        this.AddRecordingFields("整改情况: what was done (required, up to 500 characters).");
    }
}

internal sealed class ReopenFindingInputType : InputObjectGraphType<ReopenFindingInput>
{
    public ReopenFindingInputType()
    {
        Name = "ReopenFindingInput";
        Description = "重新处理 / reopen a dismissed or resolved finding.";
        this.AddFindingFields();
        this.AddRecordingFields("重新处理理由: why it is reopened (required, up to 500 characters).");
    }
}

internal static class FindingWorkflowFields
{
    public static void AddFindingWorkflow(this ObjectGraphType mutation)
    {
        mutation.AddFindingChange<AcknowledgeFindingInputType, AcknowledgeFindingInput>("acknowledgeFinding",
            "已知悉 / acknowledge a raised finding (FINDING_STATUS_INVALID otherwise).",
            i => new(i, (f, today) => f.Acknowledge(today)));
        mutation.AddFindingChange<ConfirmFindingInputType, ConfirmFindingInput>("confirmFinding",
            "认定 / confirm a raised or acknowledged finding with accountability actions.",
            i => new(i, (f, today) => f.Confirm(i.Actions, today)));
        mutation.AddFindingChange<DismissFindingInputType, DismissFindingInput>("dismissFinding",
            "不予认定 / dismiss a raised or acknowledged finding with a reason.",
            i => new(i, (f, today) => f.Dismiss(i.Reason, today)));
        mutation.AddFindingChange<ResolveFindingInputType, ResolveFindingInput>("resolveFinding",
            "整改完成 / resolve a confirmed finding.",
            i => new(i, (f, today) => f.Resolve(i.Reason, today)));
        mutation.AddFindingChange<ReopenFindingInputType, ReopenFindingInput>("reopenFinding",
            "重新处理 / reopen a dismissed or resolved finding.",
            i => new(i, (f, today) => f.Reopen(i.Reason, today)));
    }
}
