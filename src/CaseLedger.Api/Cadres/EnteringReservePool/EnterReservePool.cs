using CaseLedger.Api.GraphQL;
using CaseLedger.Domain.Shared;
using GraphQL.Types;

namespace CaseLedger.Api.Cadres.EnteringReservePool;

public sealed record EnterReservePoolInput(
    string CadreId,
    PostLevel TargetLevel,
    string InspectionReference,
    DateOnly EffectiveOn,
    int? ExpectedVersion,
    string? Reason,
    string? DocumentReference,
    string? IdempotencyKey) : ICadreInput;

internal sealed class EnterReservePoolInputType : InputObjectGraphType<EnterReservePoolInput>
{
    public EnterReservePoolInputType()
    {
        Name = "EnterReservePoolInput";
        Description = "进入后备干部库 / the cadre enters the reserve-cadre pool for a target level, after the inspection the policy demands (NX-RESERVE-CADRE-POOL).";
        this.AddCadreIdField();
        Field(x => x.TargetLevel, type: typeof(NonNullGraphType<EnumerationGraphType<PostLevel>>)).Description("后备层次: the level the cadre is reserved for.");
        Field(x => x.InspectionReference).Description("考察材料文号: reference of the inspection behind the entry (required).");
        Field(x => x.EffectiveOn, type: typeof(NonNullGraphType<DateOnlyGraphType>)).Description("入库日期 (not after today).");
        this.AddExpectedVersionField();
        this.AddRecordingFields();
    }
}

internal static class EnterReservePoolField
{
    public static ChangeCadre Command(EnterReservePoolInput input) =>
        ChangeCadre.With(input, (cadre, today) => cadre.EnterReservePool(input.TargetLevel, input.InspectionReference, input.EffectiveOn, today));

    public static void AddEnterReservePool(this ObjectGraphType mutation) =>
        mutation.AddCadreChange<EnterReservePoolInputType, EnterReservePoolInput>("enterReservePool", "进入后备干部库 / record that a cadre entered the reserve pool (ALREADY_IN_RESERVE_POOL if in it).", Command);
}
