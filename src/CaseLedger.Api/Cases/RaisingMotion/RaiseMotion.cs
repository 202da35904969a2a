using GraphQL.Types;

namespace CaseLedger.Api.Cases.RaisingMotion;

public sealed record RaiseMotionInput(
    string CaseId,
    string ProposedBy,
    string Summary,
    DateOnly EffectiveOn,
    CorrectionInput? Correction,
    int? ExpectedVersion,
    string? Reason,
    string? DocumentReference,
    string? IdempotencyKey,
    string? OrganisingAuthority = null,
    string? DelegationReference = null) : ICaseStepInput;

internal sealed class RaiseMotionInputType : InputObjectGraphType<RaiseMotionInput>
{
    public RaiseMotionInputType()
    {
        Name = "RaiseMotionInput";
        Description = "动议 / motion: the proposal that starts the procedure — who proposed moving or appointing the cadre, and what.";
        this.AddCaseIdField();
        Field(x => x.ProposedBy).Description("提议人/提议机关: who proposed it (body or person), e.g. 县委组织部. Required, up to 200 characters.");
        Field(x => x.Summary).Description("动议内容: what is proposed, e.g. 拟提拔马文军为县委副书记. Required, up to 2000 characters.");
        Field(x => x.EffectiveOn, type: typeof(NonNullGraphType<DateOnlyGraphType>)).Description("动议日期: the date of the motion.");
        Field(x => x.OrganisingAuthority, nullable: true).Description(
            "组织实施机关: who organises the selection or introduction, when not the proposer — e.g. 自治区党委组织部 for outside talent (NX-SOCIAL-TALENT-CENTRAL-ORG). Optional, up to 200 characters.");
        Field(x => x.DelegationReference, nullable: true).Description(
            "授权文号: the region's delegation for a local unit to organise an outside-talent entry itself, e.g. 宁组函〔2026〕5号. Optional, up to 200 characters.");
        this.AddCaseStepFields();
    }
}

internal static class RaiseMotionField
{
    public static RecordCaseStep Command(RaiseMotionInput input) =>
        RecordCaseStep.Step(input, c => c.RaiseMotion(input.ProposedBy, input.Summary, input.EffectiveOn, input.OrganisingAuthority, input.DelegationReference));

    public static void AddRaiseMotion(this ObjectGraphType mutation) =>
        mutation.AddCaseStep<RaiseMotionInputType, RaiseMotionInput>("raiseMotion", "动议 / raise the motion on a case (step MOTION). With correction: re-record a wrong motion.", Command);
}
