using System.Globalization;
using CaseLedger.Domain.Shared;

namespace CaseLedger.Domain.Cadres;

/// <summary>
/// 信息更正, typed: the fields given change, the others stay. Each changed field is recorded as its own
/// <see cref="PersonalDetailsCorrected"/> (the stored event keeps its text values), all with the same reason and
/// the date the correction takes effect.
/// </summary>
public sealed record PersonalDetailsCorrection(
    string? Name = null,
    Gender? Gender = null,
    DateOnly? BirthDate = null,
    string? Ethnicity = null,
    DateOnly? PartyJoinDate = null,
    bool ClearPartyJoinDate = false,
    string? Education = null,
    DateOnly? WorkStartDate = null,
    CadreCategory? Category = null,
    IReadOnlyList<string>? GrowthPlaces = null)
{
    /// <summary>The fields given, in the order of <see cref="PersonalDetails.Fields"/>, as the text the event stores.</summary>
    public IReadOnlyList<(string Field, string? Value)> Changes()
    {
        if (ClearPartyJoinDate && PartyJoinDate is not null)
            throw new DomainException(ErrorCodes.InconsistentInput, "入党时间不能既更正又清除 / Give partyJoinDate or clearPartyJoinDate, not both.", "clearPartyJoinDate");
        if (GrowthPlaces?.FirstOrDefault(p => p.Contains(';', StringComparison.Ordinal) || p.Contains('；', StringComparison.Ordinal)) is { } joined)
            throw new DomainException(ErrorCodes.InvalidValue, $"成长地“{joined}”含分号：每个地名单列一项 / '{joined}' holds a ';': give each place as its own item.", "growthPlaces");
        List<(string, string?)> changes = [];
        if (Name is not null) changes.Add(("name", Name));
        if (Gender is { } gender) changes.Add(("gender", gender.ToString()));
        if (BirthDate is { } birth) changes.Add(("birthDate", Format(birth)));
        if (Ethnicity is not null) changes.Add(("ethnicity", Ethnicity));
        if (PartyJoinDate is { } joinedOn) changes.Add(("partyJoinDate", Format(joinedOn)));
        if (ClearPartyJoinDate) changes.Add(("partyJoinDate", null));
        if (Education is not null) changes.Add(("education", Education));
        if (WorkStartDate is { } work) changes.Add(("workStartDate", Format(work)));
        if (Category is { } category) changes.Add(("category", category.ToString()));
        if (GrowthPlaces is not null) changes.Add(("growthPlaces", string.Join(';', GrowthPlaces)));
        return changes;
    }

    private static string Format(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
