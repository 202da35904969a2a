using CaseLedger.Api.GraphQL;
using CaseLedger.Domain.Cadres;
using GraphQL.Types;

namespace CaseLedger.Api.Cadres.RecordingSanction;

public sealed record RecordSanctionInput(
    string CadreId,
    SanctionKind Kind,
    string Sanction,
    DateOnly StartOn,
    int PeriodMonths,
    int? ExpectedVersion,
    string? Reason,
    string? DocumentReference,
    string? IdempotencyKey) : ICadreInput;

internal sealed class RecordSanctionInputType : InputObjectGraphType<RecordSanctionInput>
{
    public RecordSanctionInputType()
    {
        Name = "RecordSanctionInput";
        Description = "处分 / a sanction and its impact period (影响期), which starts on startOn. The audits read it for promotion bars.";
        this.AddCadreIdField();
        Field(x => x.Kind, type: typeof(NonNullGraphType<EnumerationGraphType<SanctionKind>>)).Description("处分类别.");
        Field(x => x.Sanction).Description("处分名称, e.g. 党内警告, 记过 (up to 50 characters).");
        Field(x => x.StartOn, type: typeof(NonNullGraphType<DateOnlyGraphType>)).Description("处分生效日期: the day the sanction and its impact period start (not after today).");
        Field(x => x.PeriodMonths).Description("影响期月数 (0 or more; 0 for 诫勉 and handlings without a fixed period).");
        this.AddExpectedVersionField();
        this.AddRecordingFields();
    }
}

internal static class RecordSanctionField
{
    public static ChangeCadre Command(RecordSanctionInput input) =>
        ChangeCadre.With(input, (cadre, today) => cadre.RecordSanction(input.Kind, input.Sanction, input.StartOn, input.PeriodMonths, today));

    public static void AddRecordSanction(this ObjectGraphType mutation) =>
        mutation.AddCadreChange<RecordSanctionInputType, RecordSanctionInput>("recordSanction", "处分 / record a sanction on a cadre.", Command);
}
