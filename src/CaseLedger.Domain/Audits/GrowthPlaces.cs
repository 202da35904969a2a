using CaseLedger.Domain.Units;

namespace CaseLedger.Domain.Audits;

/// <summary>
/// 成长地 against the unit tree: the one place rules ask whether a unit lies in a place the cadre grew up in. The text
/// does not define 成长地 (catalogue §2.6, [U]); the cadre's recorded places are compared with the names of the unit and
/// the units above it as the tree stood on the day judged, city level and below (so 宁夏 matches nothing).
/// </summary>
public static class GrowthPlaces
{
    /// <summary>The first recorded growth place that names <paramref name="unitId"/> or a unit above it on <paramref name="day"/>.</summary>
    public static (string Place, UnitFacts Unit)? Containing(CaseFile file, Guid unitId, DateOnly day, int minLength)
    {
        foreach (var place in (file.GrowthPlaces ?? []).Select(p => p.Trim()))
            foreach (var unit in file.Chain(unitId, day).Where(u => u.Level >= AdministrativeLevel.City))
                if (place.Length >= minLength && (unit.Name.Contains(place, StringComparison.Ordinal) || place.Contains(unit.Name, StringComparison.Ordinal)))
                    return (place, unit);
        return null;
    }
}
