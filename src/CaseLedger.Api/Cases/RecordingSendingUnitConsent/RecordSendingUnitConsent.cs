using CaseLedger.Api.GraphQL;
using CaseLedger.Api.Security;
using CaseLedger.Api.Units;
using GraphQL.Types;

namespace CaseLedger.Api.Cases.RecordingSendingUnitConsent;

public sealed record RecordSendingUnitConsentInput(
    string CaseId,
    string SendingUnitId,
    string ConsentReference,
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

internal sealed class RecordSendingUnitConsentInputType : InputObjectGraphType<RecordSendingUnitConsentInput>
{
    public RecordSendingUnitConsentInputType()
    {
        Name = "RecordSendingUnitConsentInput";
        Description = "派出单位同意 / the sending unit's consent, needed to promote a cadre during a secondment (NX-SECONDMENT-PROMOTION-CONSENT).";
        this.AddCaseIdField();
        Field(x => x.SendingUnitId, type: typeof(NonNullGraphType<IdGraphType>)).Description("派出单位: the unit that holds the cadre's personnel relation (Unit.id).");
        Field(x => x.ConsentReference).Description("同意函文号: reference of the consent letter.");
        Field(x => x.EffectiveOn, type: typeof(NonNullGraphType<DateOnlyGraphType>)).Description("同意日期.");
        this.AddCaseStepFields();
    }
}

internal static class RecordSendingUnitConsentField
{
    public static RecordCaseStep Command(RecordSendingUnitConsentInput input) =>
        RecordCaseStep.StepWithLookups(input, async context =>
        {
            var sendingUnitId = await context.ExistingUnitIdAsync(input.SendingUnitId, "sendingUnitId");
            return c => c.RecordSendingUnitConsent(sendingUnitId, input.ConsentReference, input.EffectiveOn);
        });

    public static void AddRecordSendingUnitConsent(this ObjectGraphType mutation) =>
        mutation.AddCaseStep<RecordSendingUnitConsentInputType, RecordSendingUnitConsentInput>("recordSendingUnitConsent", "派出单位同意 / record the sending unit's consent (step SENDING_UNIT_CONSENT).", Command);
}
