using CaseLedger.Api.GraphQL;
using CaseLedger.Domain.Shared;
using GraphQL.Types;

namespace CaseLedger.Api.Cadres.EnteringReservePool;

public sealed record EnterReservePoolInput(
    string CadreId,
    PostLevel TargetLevel,
    string? InspectionReference,
    DateOnly EffectiveOn,
    int? ExpectedVersion,
    string? Reason,
    string? DocumentReference,
    string? IdempotencyKey,
    DateOnly? InspectedOn = null) : ICadreInput;

internal sealed class EnterReservePoolInputType : InputObjectGraphType<EnterReservePoolInput>
{
    public EnterReservePoolInputType()
    {
        Name = "EnterReservePoolInput";
        Description = "进入后备干部库 / the cadre enters the reserve-cadre pool for a target level; the policy demands an inspection first (NX-RESERVE-CADRE-POOL), recorded here as it happened.";
        this.AddCadreIdField();
        Field(x => x.TargetLevel, type: typeof(NonNullGraphType<EnumerationGraphType<PostLevel>>)).Description("后备层次: the level the cadre is reserved for.");
        Field(x => x.InspectionReference, type: typeof(StringGraphType))
            .Description("考察材料文号: reference of the inspection behind the entry; omit when there was none (the audit flags it).");
        Field(x => x.InspectedOn, type: typeof(DateOnlyGraphType)).Description("考察日期: when the inspection was completed (not after today); omit when unknown or none.");
        Field(x => x.EffectiveOn, type: typeof(NonNullGraphType<DateOnlyGraphType>)).Description("入库日期 (not after today).");
        this.AddExpectedVersionField();
        this.AddRecordingFields();
    }
}

internal static class EnterReservePoolField
{
    public static ChangeCadre Command(EnterReservePoolInput input) =>
        ChangeCadre.With(input, (cadre, today) => cadre.EnterReservePool(input.TargetLevel, input.InspectionReference, input.InspectedOn, input.EffectiveOn, today));

    public static void AddEnterReservePool(this ObjectGraphType mutation) =>
        mutation.AddCadreChange<EnterReservePoolInputType, EnterReservePoolInput>("enterReservePool", "进入后备干部库 / record that a cadre entered the reserve pool (ALREADY_IN_RESERVE_POOL if in it).", Command);
}
