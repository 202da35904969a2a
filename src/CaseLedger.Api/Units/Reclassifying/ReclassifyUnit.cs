using CaseLedger.Api.GraphQL;
using CaseLedger.Domain.Units;
using GraphQL.Types;

namespace CaseLedger.Api.Units.Reclassifying;

public sealed record ReclassifyUnitInput(
    string UnitId,
    UnitKind Kind,
    DateOnly? ReferenceManagedApprovedOn,
    DateOnly EffectiveOn,
    int? ExpectedVersion,
    string? Reason,
    string? DocumentReference,
    string? IdempotencyKey) : IUnitInput;

internal sealed class ReclassifyUnitInputType : InputObjectGraphType<ReclassifyUnitInput>
{
    public ReclassifyUnitInputType()
    {
        Name = "ReclassifyUnitInput";
        Description = "单位性质调整 / change a unit's kind from a date, e.g. a public institution approved as 参公.";
        this.AddUnitIdField();
        Field(x => x.Kind, type: typeof(NonNullGraphType<EnumerationGraphType<UnitKind>>)).Description("新的单位性质.");
        Field(x => x.ReferenceManagedApprovedOn, type: typeof(DateOnlyGraphType)).Description("参公批准日期: required when kind is REFERENCE_MANAGED_UNIT (APPROVAL_DATE_REQUIRED), else omit.");
        Field(x => x.EffectiveOn, type: typeof(NonNullGraphType<DateOnlyGraphType>)).Description("调整日期.");
        this.AddExpectedVersionField();
        this.AddRecordingFields();
    }
}

internal static class ReclassifyUnitField
{
    public static ChangeUnit Command(ReclassifyUnitInput input) =>
        new(input, unit => unit.Reclassify(input.Kind, input.ReferenceManagedApprovedOn, input.EffectiveOn));

    public static void AddReclassifyUnit(this ObjectGraphType mutation) =>
        mutation.AddUnitChange<ReclassifyUnitInputType, ReclassifyUnitInput>("reclassifyUnit", "单位性质调整 / reclassify a unit.", Command);
}
