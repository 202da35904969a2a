using System.Globalization;
using CaseLedger.Domain.Shared;

namespace CaseLedger.Domain.Cadres;

/// <summary>
/// The registered details a correction may change, kept in state so a correction records the old
/// value it replaces. Values travel as text: dates yyyy-MM-dd, enum names, places joined by ';'.
/// </summary>
public sealed record PersonalDetails(
    string Name, Gender Gender, DateOnly BirthDate, string Ethnicity, DateOnly? PartyJoinDate,
    string Education, DateOnly WorkStartDate, CadreCategory Category, IReadOnlyList<string> GrowthPlaces)
{
    /// <summary>The correctable fields, named as in the GraphQL cadre input.</summary>
    public static IReadOnlyList<string> Fields { get; } =
        ["name", "gender", "birthDate", "ethnicity", "partyJoinDate", "education", "workStartDate", "category", "growthPlaces"];

    public static PersonalDetails From(CadreRegistered e) =>
        new(e.Name, e.Gender, e.BirthDate, e.Ethnicity, e.PartyJoinDate, e.Education, e.WorkStartDate, e.Category, e.GrowthPlaces);

    public string? ValueOf(string field) => field switch
    {
        "name" => Name,
        "gender" => Gender.ToString(),
        "birthDate" => Format(BirthDate),
        "ethnicity" => Ethnicity,
        "partyJoinDate" => PartyJoinDate is { } d ? Format(d) : null,
        "education" => Education,
        "workStartDate" => Format(WorkStartDate),
        "category" => Category.ToString(),
        "growthPlaces" => string.Join(';', GrowthPlaces),
        _ => throw new DomainException(ErrorCodes.UnknownField,
            $"{field} 不可更正 / {field} is not one of {string.Join(", ", Fields)}.", "field"),
    };

    /// <summary>Reads <paramref name="value"/> for <paramref name="field"/>; the text format is the one <see cref="ValueOf"/> writes.</summary>
    public PersonalDetails With(string field, string? value) => field switch
    {
        "name" => this with { Name = Require.Text(value, "newValue", 50) },
        "gender" => this with { Gender = ParseEnum<Gender>(value) },
        "birthDate" => this with { BirthDate = ParseDate(value) },
        "ethnicity" => this with { Ethnicity = Require.Text(value, "newValue", 20) },
        "partyJoinDate" => this with { PartyJoinDate = string.IsNullOrWhiteSpace(value) ? null : ParseDate(value) },
        "education" => this with { Education = Require.Text(value, "newValue", 50) },
        "workStartDate" => this with { WorkStartDate = ParseDate(value) },
        "category" => this with { Category = ParseEnum<CadreCategory>(value) },
        "growthPlaces" => this with { GrowthPlaces = [.. SplitPlaces(value).Select(p => Require.Text(p, "newValue"))] },
        _ => throw new DomainException(ErrorCodes.UnknownField,
            $"{field} 不可更正 / {field} is not one of {string.Join(", ", Fields)}.", "field"),
    };

    /// <summary>The date checks of registration, run again after a correction.</summary>
    public PersonalDetails EnsureConsistent(string field)
    {
        if (WorkStartDate <= BirthDate)
            throw new DomainException(ErrorCodes.WorkBeforeBirth, "参加工作时间须晚于出生日期 / Work cannot start before birth.", field);
        if (PartyJoinDate is { } joined && joined <= BirthDate)
            throw new DomainException(ErrorCodes.PartyBeforeBirth, "入党时间须晚于出生日期 / Party membership cannot start before birth.", field);
        return this;
    }

    private static string[] SplitPlaces(string? value) =>
        (value ?? "").Split([';', '；'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    private static string Format(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static DateOnly ParseDate(string? value) =>
        DateOnly.TryParseExact(value?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw Invalid(value, "yyyy-MM-dd");

    private static TEnum ParseEnum<TEnum>(string? value)
        where TEnum : struct, Enum =>
        Enum.TryParse<TEnum>(value?.Trim(), ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && !int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out _)
            ? parsed
            : throw Invalid(value, string.Join(" | ", Enum.GetNames<TEnum>()));

    private static DomainException Invalid(string? value, string expected) =>
        new(ErrorCodes.InvalidValue, $"无法识别“{value}”，应为 {expected} / Cannot read '{value}'; expected {expected}.", "newValue");
}
