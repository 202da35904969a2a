namespace CaseLedger.Domain.Audits;

/// <summary>
/// A (Beijing) day began for the audit evaluation: recorded once per day in a stream of its own, so the evaluation —
/// which only ever runs on events — re-judges the rules whose verdict turns with the date (<see cref="IDeadlineRule"/>)
/// even on a day nobody records anything. The stream id is derived from the day, so nodes racing to record it record it once.
/// </summary>
public sealed record AuditDayBegan(DateOnly EffectiveOn)
{
    /// <summary>The day's stream: the same id on every node, so a second start collides instead of duplicating.</summary>
    public static Guid StreamIdFor(DateOnly day) => Finding.IdFor("audit-day", new Guid(day.DayNumber, 0, 0, new byte[8]));
}
