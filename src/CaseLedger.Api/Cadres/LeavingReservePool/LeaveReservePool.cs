using CaseLedger.Api.GraphQL;
using GraphQL.Types;

namespace CaseLedger.Api.Cadres.LeavingReservePool;

public sealed record LeaveReservePoolInput(
    string CadreId,
    DateOnly EffectiveOn,
    int? ExpectedVersion,
    string Reason,
    string? DocumentReference,
    string? IdempotencyKey) : ICadreInput;

internal sealed class LeaveReservePoolInputType : InputObjectGraphType<LeaveReservePoolInput>
{
    public LeaveReservePoolInputType()
    {
        Name = "LeaveReservePoolInput";
        Description = "退出后备干部库 / the cadre leaves the reserve-cadre pool.";
        this.AddCadreIdField();
        Field(x => x.EffectiveOn, type: typeof(NonNullGraphType<DateOnlyGraphType>)).Description("出库日期 (not after today).");
        this.AddExpectedVersionField();
        this.AddRecordingFields("出库理由: why the cadre leaves the pool, e.g. 已提拔 (required, up to 500 characters); it is also kept with the event.");
    }
}

internal static class LeaveReservePoolField
{
    public static ChangeCadre Command(LeaveReservePoolInput input) =>
        ChangeCadre.With(input, (cadre, today) => cadre.LeaveReservePool(input.Reason, input.EffectiveOn, today));

    public static void AddLeaveReservePool(this ObjectGraphType mutation) =>
        mutation.AddCadreChange<LeaveReservePoolInputType, LeaveReservePoolInput>("leaveReservePool", "退出后备干部库 / record that a cadre left the reserve pool (NOT_IN_RESERVE_POOL if not in it).", Command);
}
