using CaseLedger.Domain.Promotions;
using CaseLedger.Domain.Units;

namespace CaseLedger.Domain.Audits;

/// <summary>
/// What the promotion conditions measure in a cadre's career, up to a day (catalogue §3, §8): time at a 层次, time at the
/// grassroots (基层: posts and secondments in units at county level and below), the distinct posts held at a 层次. Posts
/// are placed by <see cref="PostLadder"/>, never by their fields. A spell still running counts up to the day.
/// </summary>
public static class CareerMeasures
{
    /// <summary>Days the cadre held leadership posts of <paramref name="tier"/> before <paramref name="day"/>, across posts (or only in the latest).</summary>
    public static int DaysAtTier(CaseFile file, int tier, DateOnly day, bool acrossPosts = true)
    {
        var spells = file.Career.Where(s => s.CaseId != file.CaseId && s.From < day && PostLadder.Of(s.Post) is { IsLeadership: true } r && r.Tier == tier).ToList();
        if (!acrossPosts)
            spells = [.. spells.OrderBy(s => s.From).TakeLast(1)];
        return Days(spells.Select(s => (s.From, s.To)), day);
    }

    /// <summary>Whether the career records any leadership post of <paramref name="tier"/> before <paramref name="day"/>.</summary>
    public static bool RecordsTier(CaseFile file, int tier, DateOnly day) =>
        file.Career.Any(s => s.CaseId != file.CaseId && s.From < day && PostLadder.Of(s.Post) is { IsLeadership: true } r && r.Tier == tier);

    /// <summary>Days at the grassroots before <paramref name="day"/>: posts and secondments in units at county level and below.</summary>
    public static int GrassrootsDays(CaseFile file, DateOnly day) =>
        Days(file.Career.Where(s => s.CaseId != file.CaseId && IsGrassroots(file, s.Post.UnitId)).Select(s => (s.From, s.To))
            .Concat(file.Secondments.Where(s => IsGrassroots(file, s.HostUnitId)).Select(s => (s.From, s.To))), day);

    /// <summary>基层: a unit at county (district) level or below.</summary>
    public static bool IsGrassroots(CaseFile file, Guid? unitId) =>
        file.Unit(unitId)?.Level is AdministrativeLevel.County or AdministrativeLevel.Township or AdministrativeLevel.Village;

    /// <summary>Distinct leadership posts (by identity: unit and title) of a band held before <paramref name="day"/>.</summary>
    public static IReadOnlyList<Shared.Post> PostsInBand(CaseFile file, Shared.PostLevel band, DateOnly day) =>
        [.. file.Career.Where(s => s.CaseId != file.CaseId && s.From < day && PostLadder.Of(s.Post) is { IsLeadership: true } r && r.Band == band)
            .Select(s => s.Post).DistinctBy(p => p.Identity())];

    /// <summary>
    /// At least <paramref name="years"/> years in <paramref name="days"/> summed over spells: a year is 365.25 days (two years
    /// 730 days, three 1,095), since time added up across posts has no calendar of its own.
    /// </summary>
    public static bool AtLeastYears(int days, int years) => days >= (int)(years * 365.25m);

    /// <summary>The union of the spells' days before <paramref name="day"/> (overlaps counted once).</summary>
    private static int Days(IEnumerable<(DateOnly From, DateOnly? To)> spells, DateOnly day)
    {
        var total = 0;
        var reached = int.MinValue;
        foreach (var (from, to) in spells.Where(s => s.From < day).OrderBy(s => s.From))
        {
            var start = Math.Max(from.DayNumber, reached);
            var end = Math.Min((to ?? day).DayNumber + (to is null ? 0 : 1), day.DayNumber);
            if (end > start)
                total += end - start;
            reached = Math.Max(reached, end);
        }
        return total;
    }
}
