using CaseLedger.Domain.Cases;
using GraphQL.Types;

namespace CaseLedger.Api.Cases.RecordingTransferQualification;

public sealed record RecordTransferQualificationInput(
    string CaseId,
    QualificationRoute Route,
    string Reference,
    DateOnly EffectiveOn,
    CorrectionInput? Correction,
    int? ExpectedVersion,
    string? Reason,
    string? DocumentReference,
    string? IdempotencyKey) : ICaseStepInput;

internal sealed class RecordTransferQualificationInputType : InputObjectGraphType<RecordTransferQualificationInput>
{
    public RecordTransferQualificationInputType()
    {
        Name = "RecordTransferQualificationInput";
        Description = "提拔调任资格 / how the cadre obtained the qualification for the post a promotion transfer moves them into: "
            + "a competitive selection or a leadership-team re-election (NX-PROMO-TRANSFER-ELIGIBILITY). Exchange cases only.";
        this.AddCaseIdField();
        Field(x => x.Route, type: typeof(NonNullGraphType<EnumerationGraphType<QualificationRoute>>)).Description("取得任职资格的途径.");
        Field(x => x.Reference).Description("资格依据文号: the selection result or election document, e.g. 宁组通〔2016〕21号 公开选拔结果.");
        Field(x => x.EffectiveOn, type: typeof(NonNullGraphType<DateOnlyGraphType>)).Description("取得资格日期: the day the selection result or election took effect.");
        this.AddCaseStepFields();
    }
}

internal static class RecordTransferQualificationField
{
    public static RecordCaseStep Command(RecordTransferQualificationInput input) =>
        RecordCaseStep.Step(input, c => c.RecordTransferQualification(input.Route, input.Reference, input.EffectiveOn));

    public static void AddRecordTransferQualification(this ObjectGraphType mutation) =>
        mutation.AddCaseStep<RecordTransferQualificationInputType, RecordTransferQualificationInput>("recordTransferQualification",
            "提拔调任资格 / record how the cadre obtained the qualification for a promotion transfer (step TRANSFER_QUALIFICATION; exchange cases only, else WRONG_CASE_KIND).", Command);
}
