using CaseLedger.Api.GraphQL;
using GraphQL.Types;

namespace CaseLedger.Api.Units.AnnouncingRestructuring;

public sealed record AnnounceRestructuringInput(
    string UnitId,
    string Summary,
    DateOnly? CompletesOn,
    DateOnly EffectiveOn,
    int? ExpectedVersion,
    string? Reason,
    string? DocumentReference,
    string? IdempotencyKey) : IUnitInput;

internal sealed class AnnounceRestructuringInputType : InputObjectGraphType<AnnounceRestructuringInput>
{
    public AnnounceRestructuringInputType()
    {
        Name = "AnnounceRestructuringInput";
        Description = "机构变动 / a restructuring of the unit (merger, split, abolition, reorganisation) was announced.";
        this.AddUnitIdField();
        Field(x => x.Summary).Description("变动内容, e.g. 与市科协合并 (up to 500 characters).");
        Field(x => x.CompletesOn, type: typeof(DateOnlyGraphType)).Description("完成日期, when known; not before effectiveOn (END_BEFORE_START).");
        Field(x => x.EffectiveOn, type: typeof(NonNullGraphType<DateOnlyGraphType>)).Description("The day the restructuring was announced.");
        this.AddExpectedVersionField();
        this.AddRecordingFields();
    }
}

internal static class AnnounceRestructuringField
{
    public static ChangeUnit Command(AnnounceRestructuringInput input) =>
        new(input, unit => unit.AnnounceRestructuring(input.Summary, input.CompletesOn, input.EffectiveOn));

    public static void AddAnnounceRestructuring(this ObjectGraphType mutation) =>
        mutation.AddUnitChange<AnnounceRestructuringInputType, AnnounceRestructuringInput>("announceRestructuring",
            "机构变动 / record an announced restructuring of the unit (UNIT_DISSOLVED on a dissolved unit).", Command);
}
