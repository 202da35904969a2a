using CaseLedger.Api.GraphQL;
using CaseLedger.Domain.Cadres;
using GraphQL.Types;

namespace CaseLedger.Api.Cadres.RecordingAnnualAssessment;

public sealed record RecordAnnualAssessmentInput(
    string CadreId,
    int Year,
    AssessmentGrade Grade,
    DateOnly EffectiveOn,
    int? ExpectedVersion,
    string? Reason,
    string? DocumentReference,
    string? IdempotencyKey) : ICadreInput;

internal sealed class RecordAnnualAssessmentInputType : InputObjectGraphType<RecordAnnualAssessmentInput>
{
    public RecordAnnualAssessmentInputType()
    {
        Name = "RecordAnnualAssessmentInput";
        Description = "年度考核 / one year's assessment grade; one per year (use correctAnnualAssessment to change it).";
        this.AddCadreIdField();
        Field(x => x.Year).Description("考核年度: between the year the cadre started work and this year (ASSESSMENT_YEAR_INVALID).");
        Field(x => x.Grade, type: typeof(NonNullGraphType<EnumerationGraphType<AssessmentGrade>>)).Description("考核等次.");
        Field(x => x.EffectiveOn, type: typeof(NonNullGraphType<DateOnlyGraphType>)).Description("评定日期: the day the grade was decided (not after today).");
        this.AddExpectedVersionField();
        this.AddRecordingFields();
    }
}

internal static class RecordAnnualAssessmentField
{
    public static ChangeCadre Command(RecordAnnualAssessmentInput input) =>
        ChangeCadre.With(input, (cadre, today) => cadre.RecordAnnualAssessment(input.Year, input.Grade, input.EffectiveOn, today));

    public static void AddRecordAnnualAssessment(this ObjectGraphType mutation) =>
        mutation.AddCadreChange<RecordAnnualAssessmentInputType, RecordAnnualAssessmentInput>("recordAnnualAssessment", "年度考核 / record a year's assessment grade (ASSESSMENT_ALREADY_RECORDED if the year has one).", Command);
}
