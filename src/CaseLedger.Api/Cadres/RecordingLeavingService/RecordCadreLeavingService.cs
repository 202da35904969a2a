using CaseLedger.Api.GraphQL;
using GraphQL.Types;

namespace CaseLedger.Api.Cadres.RecordingLeavingService;

public sealed record RecordCadreLeavingServiceInput(
    string CadreId,
    DateOnly EffectiveOn,
    int? ExpectedVersion,
    string Reason,
    string? DocumentReference,
    string? IdempotencyKey) : ICadreInput;

internal sealed class RecordCadreLeavingServiceInputType : InputObjectGraphType<RecordCadreLeavingServiceInput>
{
    public RecordCadreLeavingServiceInputType()
    {
        Name = "RecordCadreLeavingServiceInput";
        Description = "退出干部队伍 / the cadre leaves the service (retirement, resignation, dismissal, death). Nothing more can be recorded on the cadre afterwards (CADRE_LEFT_SERVICE).";
        this.AddCadreIdField();
        Field(x => x.EffectiveOn, type: typeof(NonNullGraphType<DateOnlyGraphType>)).Description("退出日期 (not after today).");
        this.AddExpectedVersionField();
        this.AddRecordingFields("退出原因: e.g. 退休, 辞职 (required, up to 500 characters); it is also kept with the event.");
    }
}

internal static class RecordCadreLeavingServiceField
{
    public static ChangeCadre Command(RecordCadreLeavingServiceInput input) =>
        ChangeCadre.With(input, (cadre, today) => cadre.LeaveService(input.Reason, input.EffectiveOn, today));

    public static void AddRecordCadreLeavingService(this ObjectGraphType mutation) =>
        mutation.AddCadreChange<RecordCadreLeavingServiceInputType, RecordCadreLeavingServiceInput>("recordCadreLeavingService", "退出干部队伍 / record that a cadre left the service; the cadre's stream ends.", Command);
}
