namespace CaseLedger.Api.Ledger;

/// <summary>
/// The ledger's calendar is Beijing time (UTC+8, no daylight saving), whatever the server's zone:
/// "today" for a command is today in Ningxia. Recorded timestamps stay in UTC.
/// </summary>
internal static class LedgerTime
{
    public static readonly TimeSpan BeijingOffset = TimeSpan.FromHours(8);

    public static DateOnly Today(this TimeProvider clock) =>
        DateOnly.FromDateTime(clock.GetUtcNow().ToOffset(BeijingOffset).DateTime);
}
