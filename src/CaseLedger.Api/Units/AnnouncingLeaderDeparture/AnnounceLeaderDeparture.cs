using CaseLedger.Api.GraphQL;
using GraphQL.Types;

namespace CaseLedger.Api.Units.AnnouncingLeaderDeparture;

public sealed record AnnounceLeaderDepartureInput(
    string UnitId,
    string LeaderName,
    string LeaderPost,
    DateOnly? DepartsOn,
    DateOnly EffectiveOn,
    int? ExpectedVersion,
    string? Reason,
    string? DocumentReference,
    string? IdempotencyKey) : IUnitInput;

internal sealed class AnnounceLeaderDepartureInputType : InputObjectGraphType<AnnounceLeaderDepartureInput>
{
    public AnnounceLeaderDepartureInputType()
    {
        Name = "AnnounceLeaderDepartureInput";
        Description = "主要领导离任已明确 / the unit's principal leader is leaving (transfer, promotion, retirement): record the day it became known.";
        this.AddUnitIdField();
        Field(x => x.LeaderName).Description("离任领导姓名 (up to 50 characters).");
        Field(x => x.LeaderPost).Description("离任领导职务, e.g. 县委书记 (up to 100 characters).");
        Field(x => x.DepartsOn, type: typeof(DateOnlyGraphType)).Description("离任日期, when known; not before effectiveOn (END_BEFORE_START).");
        Field(x => x.EffectiveOn, type: typeof(NonNullGraphType<DateOnlyGraphType>)).Description("The day the departure became known (宣布、明确之日).");
        this.AddExpectedVersionField();
        this.AddRecordingFields();
    }
}

internal static class AnnounceLeaderDepartureField
{
    public static ChangeUnit Command(AnnounceLeaderDepartureInput input) =>
        new(input, unit => unit.AnnounceLeaderDeparture(input.LeaderName, input.LeaderPost, input.DepartsOn, input.EffectiveOn));

    public static void AddAnnounceLeaderDeparture(this ObjectGraphType mutation) =>
        mutation.AddUnitChange<AnnounceLeaderDepartureInputType, AnnounceLeaderDepartureInput>("announceLeaderDeparture",
            "主要领导离任 / record that the unit's principal leader is leaving (UNIT_DISSOLVED on a dissolved unit).", Command);
}
