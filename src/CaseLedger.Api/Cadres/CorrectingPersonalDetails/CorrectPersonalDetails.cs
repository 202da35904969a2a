using CaseLedger.Api.GraphQL;
using GraphQL.Types;

namespace CaseLedger.Api.Cadres.CorrectingPersonalDetails;

public sealed record CorrectPersonalDetailsInput(
    string CadreId,
    string Field,
    string? NewValue,
    int? ExpectedVersion,
    string Reason,
    string? DocumentReference,
    string? IdempotencyKey) : ICadreInput;

internal sealed class CorrectPersonalDetailsInputType : InputObjectGraphType<CorrectPersonalDetailsInput>
{
    public CorrectPersonalDetailsInputType()
    {
        Name = "CorrectPersonalDetailsInput";
        Description = "信息更正 / correct one registered personal detail; the old value stays in the history. The date checks of registration run again.";
        this.AddCadreIdField();
        Field(x => x.Field).Description("The field to correct: name, gender, birthDate, ethnicity, partyJoinDate, education, workStartDate, category or growthPlaces (UNKNOWN_FIELD otherwise).");
        Field(x => x.NewValue, nullable: true).Description("新值 as text: dates yyyy-MM-dd, enum names as in the schema (MALE, CIVIL_SERVANT …), growth places separated by ';'. Empty clears partyJoinDate. INVALID_VALUE when unreadable, NO_CHANGE when equal.");
        this.AddExpectedVersionField();
        this.AddRecordingFields("更正理由: why the registered value is wrong (required, up to 500 characters); it is also kept with the event.");
    }
}

internal static class CorrectPersonalDetailsField
{
    public static ChangeCadre Command(CorrectPersonalDetailsInput input) =>
        ChangeCadre.With(input, (cadre, today) => cadre.CorrectPersonalDetails(input.Field, input.NewValue, input.Reason, today));

    public static void AddCorrectPersonalDetails(this ObjectGraphType mutation)
    {
        mutation.AddCadreChange<CorrectPersonalDetailsInputType, CorrectPersonalDetailsInput>("correctPersonalDetails", "信息更正 / correct a registered personal detail of a cadre.", Command);
        // Kept for existing clients: the new mutation types each field and records when the correction takes effect.
        mutation.GetField("correctPersonalDetails")!.DeprecationReason =
            "Use correctCadreDetails: typed fields (dates as DateOnly, enums as enums) and the date the correction takes effect.";
    }
}
