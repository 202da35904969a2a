using CaseLedger.Api.GraphQL;
using GraphQL.Types;

namespace CaseLedger.Api.Units.Dissolving;

public sealed record DissolveUnitInput(
    string UnitId,
    DateOnly EffectiveOn,
    int? ExpectedVersion,
    string? Reason,
    string? DocumentReference,
    string? IdempotencyKey) : IUnitInput;

internal sealed class DissolveUnitInputType : InputObjectGraphType<DissolveUnitInput>
{
    public DissolveUnitInputType()
    {
        Name = "DissolveUnitInput";
        Description = "单位撤销 / dissolve a unit from a date. It stays in the tree and history; no new post or unit can be placed in it.";
        this.AddUnitIdField();
        Field(x => x.EffectiveOn, type: typeof(NonNullGraphType<DateOnlyGraphType>)).Description("撤销日期.");
        this.AddExpectedVersionField();
        this.AddRecordingFields();
    }
}

internal static class DissolveUnitField
{
    public static ChangeUnit Command(DissolveUnitInput input) =>
        new(input, unit => unit.Dissolve(input.EffectiveOn));

    public static void AddDissolveUnit(this ObjectGraphType mutation) =>
        mutation.AddUnitChange<DissolveUnitInputType, DissolveUnitInput>("dissolveUnit", "单位撤销 / dissolve a unit (UNIT_DISSOLVED if it already is).", Command);
}
