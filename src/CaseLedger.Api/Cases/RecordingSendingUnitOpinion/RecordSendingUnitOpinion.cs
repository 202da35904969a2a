using CaseLedger.Api.GraphQL;
using CaseLedger.Api.Security;
using CaseLedger.Api.Units;
using GraphQL.Types;

namespace CaseLedger.Api.Cases.RecordingSendingUnitOpinion;

public sealed record RecordSendingUnitOpinionInput(
    string CaseId,
    string SendingUnitId,
    bool Agrees,
    string OpinionReference,
    DateOnly EffectiveOn,
    CorrectionInput? Correction,
    int? ExpectedVersion,
    string? Reason,
    string? DocumentReference,
    string? IdempotencyKey) : ICaseStepInput
{
    IEnumerable<RemitReference> IReferencesRemit.RemitReferences() =>
        [GlobalId.Reference("caseId", CaseType.TypeName, CaseId), GlobalId.Reference("sendingUnitId", UnitType.TypeName, SendingUnitId)];
}

internal sealed class RecordSendingUnitOpinionInputType : InputObjectGraphType<RecordSendingUnitOpinionInput>
{
    public RecordSendingUnitOpinionInputType()
    {
        Name = "RecordSendingUnitOpinionInput";
        Description = "征求调出单位意见 / the opinion of the unit a 调任 takes the cadre from (公务员调任规定（试行） Art 9(3); TR08-PROCEDURE-ORDER). Exchange cases only.";
        this.AddCaseIdField();
        Field(x => x.SendingUnitId, type: typeof(NonNullGraphType<IdGraphType>)).Description("调出单位: the unit the cadre leaves (Unit.id).");
        Field(x => x.Agrees).Description("同意调出: true when the unit agrees; an objection is recorded as given (false), never refused.");
        Field(x => x.OpinionReference).Description("意见函文号: reference of the unit's letter, e.g. 宁国资函〔2017〕12号.");
        Field(x => x.EffectiveOn, type: typeof(NonNullGraphType<DateOnlyGraphType>)).Description("出具意见日期.");
        this.AddCaseStepFields();
    }
}

internal static class RecordSendingUnitOpinionField
{
    public static RecordCaseStep Command(RecordSendingUnitOpinionInput input) =>
        RecordCaseStep.StepWithLookups(input, async context =>
        {
            var sendingUnitId = await context.ExistingUnitIdAsync(input.SendingUnitId, "sendingUnitId");
            return c => c.RecordSendingUnitOpinion(sendingUnitId, input.Agrees, input.OpinionReference, input.EffectiveOn);
        });

    public static void AddRecordSendingUnitOpinion(this ObjectGraphType mutation) =>
        mutation.AddCaseStep<RecordSendingUnitOpinionInputType, RecordSendingUnitOpinionInput>("recordSendingUnitOpinion",
            "征求调出单位意见 / record the sending unit's opinion on a 调任 (step SENDING_UNIT_OPINION; exchange cases only, else WRONG_CASE_KIND).", Command);
}
