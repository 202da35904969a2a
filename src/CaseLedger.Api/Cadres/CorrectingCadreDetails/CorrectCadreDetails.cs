using CaseLedger.Api.GraphQL;
using CaseLedger.Domain.Cadres;
using GraphQL.Types;

namespace CaseLedger.Api.Cadres.CorrectingCadreDetails;

public sealed record CorrectCadreDetailsInput(
    string CadreId,
    string? Name,
    Gender? Gender,
    DateOnly? BirthDate,
    string? Ethnicity,
    DateOnly? PartyJoinDate,
    bool? ClearPartyJoinDate,
    string? Education,
    DateOnly? WorkStartDate,
    CadreCategory? Category,
    IReadOnlyList<string>? GrowthPlaces,
    DateOnly EffectiveOn,
    int? ExpectedVersion,
    string Reason,
    string? DocumentReference,
    string? IdempotencyKey) : ICadreInput
{
    public PersonalDetailsCorrection ToCorrection() =>
        new(Name, Gender, BirthDate, Ethnicity, PartyJoinDate, ClearPartyJoinDate ?? false, Education, WorkStartDate, Category, GrowthPlaces);
}

internal sealed class CorrectCadreDetailsInputType : InputObjectGraphType<CorrectCadreDetailsInput>
{
    public CorrectCadreDetailsInputType()
    {
        Name = "CorrectCadreDetailsInput";
        Description = "信息更正 / correct registered personal details, typed: give only the fields that are wrong (at least one), the date the "
            + "correction takes effect and why. Each field becomes its own record with the value it replaces; the old values stay in the history. "
            + "The date checks of registration run again (WORK_BEFORE_BIRTH, PARTY_BEFORE_BIRTH); a field equal to its recorded value is NO_CHANGE.";
        this.AddCadreIdField();
        Field(x => x.Name, nullable: true).Description("姓名: the corrected name (up to 50 characters).");
        Field(x => x.Gender, type: typeof(EnumerationGraphType<Gender>)).Description("性别.");
        Field(x => x.BirthDate, type: typeof(DateOnlyGraphType)).Description("出生日期 (not in the future; before workStartDate and partyJoinDate).");
        Field(x => x.Ethnicity, nullable: true).Description("民族, e.g. 回族 (up to 20 characters).");
        Field(x => x.PartyJoinDate, type: typeof(DateOnlyGraphType)).Description("入党时间 (after the birth date). To remove it, use clearPartyJoinDate instead.");
        Field(x => x.ClearPartyJoinDate, nullable: true).Description("true: the cadre is not a Party member (the recorded partyJoinDate was wrong). Not together with partyJoinDate.");
        Field(x => x.Education, nullable: true).Description("学历 (up to 50 characters).");
        Field(x => x.WorkStartDate, type: typeof(DateOnlyGraphType)).Description("参加工作时间 (after the birth date).");
        Field(x => x.Category, type: typeof(EnumerationGraphType<CadreCategory>)).Description("干部类别.");
        Field(x => x.GrowthPlaces, nullable: true).Description("成长地: the whole corrected list, one place per item (replaces the recorded list).");
        Field(x => x.EffectiveOn, type: typeof(NonNullGraphType<DateOnlyGraphType>)).Description(
            "生效日期: the day the correction takes effect — for a wrong record, the day it is put right; for a legal change (e.g. a name), the day it changed. Not after today (DATE_IN_FUTURE).");
        this.AddExpectedVersionField();
        this.AddRecordingFields("更正理由: why the recorded values are wrong (required, up to 500 characters); kept with each record.");
    }
}

internal static class CorrectCadreDetailsField
{
    public static ChangeCadre Command(CorrectCadreDetailsInput input) =>
        ChangeCadre.With(input, (cadre, today) => cadre.CorrectPersonalDetails(input.ToCorrection(), input.Reason, input.EffectiveOn, today).ToArray<object>());

    public static void AddCorrectCadreDetails(this ObjectGraphType mutation) =>
        mutation.AddCadreChange<CorrectCadreDetailsInputType, CorrectCadreDetailsInput>("correctCadreDetails",
            "信息更正 / correct registered personal details of a cadre with typed fields and the date the correction takes effect (replaces correctPersonalDetails).", Command);
}
