using CaseLedger.Domain.Units;
using CaseLedger.Domain.Promotions;

namespace CaseLedger.Api.Cadres.Career;

/// <summary>
/// Facts the audits need, on one effective date: age, tenure in the post and at the level, and
/// grassroots (基层: county level and below) experience, with and without a leadership post.
/// </summary>
public sealed record CareerFacts(
    DateOnly AsOf,
    int Age,
    decimal? YearsInPost,
    decimal? YearsAtLevel,
    decimal GrassrootsYears,
    decimal GrassrootsLeadershipYears)
{
    private const decimal DaysPerYear = 365.25m;

    public static CareerFacts On(DateOnly asOf, DateOnly birthDate, CareerTimeline timeline, IReadOnlyDictionary<Guid, AdministrativeLevel> unitLevels)
    {
        var current = timeline.PostOn(asOf);
        var sameLevelSince = current;
        foreach (var earlier in timeline.Posts.TakeWhile(p => p != current).Reverse())
        {
            if (sameLevelSince is null || PostLadder.Of(earlier.Post).Tier != PostLadder.Of(sameLevelSince.Post).Tier || earlier.To?.AddDays(1) != sameLevelSince.From)
                break;
            sameLevelSince = earlier;
        }

        bool Grassroots(Guid unitId) => unitLevels.TryGetValue(unitId, out var level) && Unit.IsGrassroots(level);
        var grassrootsDays = timeline.Posts.Where(p => Grassroots(p.Post.UnitId)).Sum(p => DaysUpTo(p.From, p.To, asOf))
            + timeline.Secondments.Where(s => Grassroots(s.HostUnitId)).Sum(s => DaysUpTo(s.From, s.To, asOf));
        var leadershipDays = timeline.Posts.Where(p => PostLadder.Of(p.Post).IsLeadership && Grassroots(p.Post.UnitId)).Sum(p => DaysUpTo(p.From, p.To, asOf))
            + timeline.Secondments.Where(s => s.HostPost is { } host && PostLadder.Of(host).IsLeadership && Grassroots(s.HostUnitId)).Sum(s => DaysUpTo(s.From, s.To, asOf));

        return new CareerFacts(asOf, AgeOn(birthDate, asOf),
            current is null ? null : Years(asOf.DayNumber - current.From.DayNumber),
            sameLevelSince is null ? null : Years(asOf.DayNumber - sameLevelSince.From.DayNumber),
            Years(grassrootsDays), Years(leadershipDays));
    }

    /// <summary>Full years of age on a date (a birthday counts on the day).</summary>
    public static int AgeOn(DateOnly birthDate, DateOnly day) =>
        day.Year - birthDate.Year - (day < birthDate.AddYears(day.Year - birthDate.Year) ? 1 : 0);

    private static int DaysUpTo(DateOnly from, DateOnly? to, DateOnly asOf)
    {
        var end = to is { } t && t < asOf ? t : asOf;
        return Math.Max(0, end.DayNumber - from.DayNumber + 1);
    }

    private static decimal Years(int days) => Math.Round(days / DaysPerYear, 2);
}
