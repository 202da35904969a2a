namespace CaseLedger.Domain.Audits;

/// <summary>Days from–to, both inclusive.</summary>
public sealed record DateRange(DateOnly From, DateOnly To);

/// <summary>
/// A rule whose judgement of a case changes with the passing of days (<see cref="CaseFile.AsOf"/>), not
/// only with new events: e.g. an obligation due within some years of taking up a post. A scheduled pass
/// re-evaluates the cases it names when the date changes.
/// </summary>
public interface IDeadlineRule
{
    /// <summary>
    /// The days a case's move took effect (the post taken up) for which the judgement on <paramref name="today"/>
    /// may differ from the one on <paramref name="lastJudged"/> (null: never judged by a scheduled pass).
    /// </summary>
    IReadOnlyList<DateRange> TakingUpDaysTurningBetween(DateOnly? lastJudged, DateOnly today);
}
