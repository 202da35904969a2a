using CaseLedger.Api.Security;
using CaseLedger.Api.GraphQL;
using CaseLedger.Api.Units;
using CaseLedger.Domain.Cadres;
using GraphQL.Types;

namespace CaseLedger.Api.Cadres.RecordingReferenceManagedRegistration;

public sealed record RecordReferenceManagedRegistrationInput(
    string CadreId,
    string UnitId,
    DateOnly HiredOn,
    HireChannel HiredThrough,
    string Reference,
    DateOnly RegisteredOn,
    int? ExpectedVersion,
    string? Reason,
    string? DocumentReference,
    string? IdempotencyKey) : ICadreInput
{
    IEnumerable<RemitReference> IReferencesRemit.RemitReferences() =>
        [GlobalId.Reference("cadreId", CadreType.TypeName, CadreId), GlobalId.Reference("unitId", UnitType.TypeName, UnitId)];
}

internal sealed class RecordReferenceManagedRegistrationInputType : InputObjectGraphType<RecordReferenceManagedRegistrationInput>
{
    public RecordReferenceManagedRegistrationInputType()
    {
        Name = "RecordReferenceManagedRegistrationInput";
        Description = "参公登记 / the cadre's registration as staff of a 参公 unit, with when and how they were hired there. "
            + "NX-CANZHAO-TO-CIVIL-SERVICE reads it when the cadre is 转任 out of that unit; a later record for the same unit replaces an earlier one.";
        this.AddCadreIdField();
        Field(x => x.UnitId, type: typeof(NonNullGraphType<IdGraphType>)).Description("参公单位: the unit the cadre is registered in (Unit.id).");
        Field(x => x.HiredOn, type: typeof(NonNullGraphType<DateOnlyGraphType>)).Description("进入该单位日期: when the cadre was hired there.");
        Field(x => x.HiredThrough, type: typeof(NonNullGraphType<EnumerationGraphType<HireChannel>>)).Description("进入方式: how the cadre was hired there.");
        Field(x => x.Reference).Description("登记文号: reference of the registration approval (参照公务员法管理人员登记表).");
        Field(x => x.RegisteredOn, type: typeof(NonNullGraphType<DateOnlyGraphType>)).Description("参公登记日期 (not before hiredOn, not after today).");
        this.AddExpectedVersionField();
        this.AddRecordingFields();
    }
}

internal static class RecordReferenceManagedRegistrationField
{
    public static ChangeCadre Command(RecordReferenceManagedRegistrationInput input) =>
        new(input, async (cadre, context) =>
        {
            var unitId = await context.ExistingUnitIdAsync(input.UnitId, "unitId");
            return cadre.RecordReferenceManagedRegistration(unitId, input.HiredOn, input.HiredThrough, input.Reference, input.RegisteredOn, context.Today);
        });

    public static void AddRecordReferenceManagedRegistration(this ObjectGraphType mutation) =>
        mutation.AddCadreChange<RecordReferenceManagedRegistrationInputType, RecordReferenceManagedRegistrationInput>("recordReferenceManagedRegistration",
            "参公登记 / record a cadre's registration in a 参公 unit, with the hire date and channel.", Command);
}
