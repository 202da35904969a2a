using GraphQL.Types;

namespace CaseLedger.Api.Cases.GivingPublicNotice;

public sealed record GivePublicNoticeInput(
    string CaseId,
    string Scope,
    DateOnly StartOn,
    DateOnly EndOn,
    int ObjectionsReceived,
    int ObjectionsResolved,
    CorrectionInput? Correction,
    int? ExpectedVersion,
    string? Reason,
    string? DocumentReference,
    string? IdempotencyKey) : ICaseStepInput;

internal sealed class GivePublicNoticeInputType : InputObjectGraphType<GivePublicNoticeInput>
{
    public GivePublicNoticeInputType()
    {
        Name = "GivePublicNoticeInput";
        Description = "任前公示 / public notice over [startOn, endOn], with objections received and resolved. TL-PUBLICITY-5WD wants at least 5 working days; a shorter notice is recorded and flagged by the audit. The step is dated by endOn.";
        this.AddCaseIdField();
        Field(x => x.Scope).Description("公示范围: where it was published, e.g. 全县, 宁夏日报.");
        Field(x => x.StartOn, type: typeof(NonNullGraphType<DateOnlyGraphType>)).Description("公示开始日期.");
        Field(x => x.EndOn, type: typeof(NonNullGraphType<DateOnlyGraphType>)).Description("公示结束日期 (not before startOn, else END_BEFORE_START).");
        Field(x => x.ObjectionsReceived).Description("收到异议件数: objections received (0 or more).");
        Field(x => x.ObjectionsResolved).Description("已处理异议件数: objections resolved (not more than objectionsReceived).");
        this.AddCaseStepFields();
    }
}

internal static class GivePublicNoticeField
{
    public static RecordCaseStep Command(GivePublicNoticeInput input) =>
        RecordCaseStep.Step(input, c => c.GivePublicNotice(input.Scope, input.StartOn, input.EndOn, input.ObjectionsReceived, input.ObjectionsResolved));

    public static void AddGivePublicNotice(this ObjectGraphType mutation) =>
        mutation.AddCaseStep<GivePublicNoticeInputType, GivePublicNoticeInput>("givePublicNotice", "任前公示 / record the public notice (step PUBLIC_NOTICE).", Command);
}
