using CaseLedger.Api.GraphQL;
using CaseLedger.Domain.Cadres;
using GraphQL.Types;

namespace CaseLedger.Api.Cadres.CorrectingAnnualAssessment;

public sealed record CorrectAnnualAssessmentInput(
    string CadreId,
    int Year,
    AssessmentGrade Grade,
    int? ExpectedVersion,
    string Reason,
    string? DocumentReference,
    string? IdempotencyKey) : ICadreInput;

internal sealed class CorrectAnnualAssessmentInputType : InputObjectGraphType<CorrectAnnualAssessmentInput>
{
    public CorrectAnnualAssessmentInputType()
    {
        Name = "CorrectAnnualAssessmentInput";
        Description = "年度考核更正 / correct a recorded year's grade; the old grade stays in the history.";
        this.AddCadreIdField();
        Field(x => x.Year).Description("考核年度 already recorded (ASSESSMENT_NOT_RECORDED otherwise).");
        Field(x => x.Grade, type: typeof(NonNullGraphType<EnumerationGraphType<AssessmentGrade>>)).Description("更正后的等次 (NO_CHANGE if equal to the recorded one).");
        this.AddExpectedVersionField();
        this.AddRecordingFields("更正理由: why the recorded grade is wrong (required, up to 500 characters); it is also kept with the event.");
    }
}

internal static class CorrectAnnualAssessmentField
{
    public static ChangeCadre Command(CorrectAnnualAssessmentInput input) =>
        ChangeCadre.With(input, (cadre, today) => cadre.CorrectAnnualAssessment(input.Year, input.Grade, input.Reason, today));

    public static void AddCorrectAnnualAssessment(this ObjectGraphType mutation) =>
        mutation.AddCadreChange<CorrectAnnualAssessmentInputType, CorrectAnnualAssessmentInput>("correctAnnualAssessment", "年度考核更正 / correct a recorded annual assessment grade.", Command);
}
