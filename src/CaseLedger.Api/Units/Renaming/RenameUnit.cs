using CaseLedger.Api.GraphQL;
using GraphQL.Types;

namespace CaseLedger.Api.Units.Renaming;

public sealed record RenameUnitInput(
    string UnitId,
    string Name,
    DateOnly EffectiveOn,
    int? ExpectedVersion,
    string? Reason,
    string? DocumentReference,
    string? IdempotencyKey) : IUnitInput;

internal sealed class RenameUnitInputType : InputObjectGraphType<RenameUnitInput>
{
    public RenameUnitInputType()
    {
        Name = "RenameUnitInput";
        Description = "单位更名 / rename a unit from a date; its code and place in the tree stay.";
        this.AddUnitIdField();
        Field(x => x.Name).Description("新名称 (NO_CHANGE if equal to the current name).");
        Field(x => x.EffectiveOn, type: typeof(NonNullGraphType<DateOnlyGraphType>)).Description("更名日期.");
        this.AddExpectedVersionField();
        this.AddRecordingFields();
    }
}

internal static class RenameUnitField
{
    public static ChangeUnit Command(RenameUnitInput input) =>
        new(input, unit => unit.Rename(input.Name, input.EffectiveOn));

    public static void AddRenameUnit(this ObjectGraphType mutation) =>
        mutation.AddUnitChange<RenameUnitInputType, RenameUnitInput>("renameUnit", "单位更名 / rename a unit (UNIT_DISSOLVED on a dissolved unit).", Command);
}
