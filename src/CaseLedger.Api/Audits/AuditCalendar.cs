using CaseLedger.Api.Ledger;
using CaseLedger.Domain.Audits;
using Marten;

namespace CaseLedger.Api.Audits;

/// <summary>
/// Records each (Beijing) day's <see cref="AuditDayBegan"/> — at start-up and at every midnight by the ledger's clock — so the
/// daemon hands the evaluation a page on a day nobody records anything, and deadline rules are re-judged with the date.
/// Every evaluating node runs it; the day's stream id is the same everywhere, so the day is recorded once. It only wakes
/// for the date: evaluation itself runs on the daemon, not here.
/// </summary>
internal sealed class AuditCalendar(IServiceScopeFactory scopes, TimeProvider clock, ILogger<AuditCalendar> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var today = clock.Today();
            try
            {
                await RecordAsync(today, stoppingToken);
                var midnight = new DateTimeOffset(today.AddDays(1).ToDateTime(TimeOnly.MinValue), LedgerTime.BeijingOffset);
                await Task.Delay(Max(midnight - clock.GetUtcNow(), TimeSpan.Zero), clock, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // The database restarting must not stop the calendar: try again shortly.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                log.LogWarning(ex, "Could not record the audit day {Day}; retrying.", today);
                try
                {
                    await Task.Delay(TimeSpan.FromSeconds(5), stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;

    /// <summary>Records the day unless it is recorded; a node that loses the race to record it is done too.</summary>
    public async Task RecordAsync(DateOnly day, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var id = AuditDayBegan.StreamIdFor(day);
        if (await services.GetRequiredService<IQuerySession>().Events.FetchStreamStateAsync(id, ct) is not null)
            return;
        var ledger = services.GetRequiredService<LedgerAppender>();
        ledger.Start(Recording.By(AuditEvaluator.Actor, "beginAuditDay", "审计日开始 / the audit day began"), id, new AuditDayBegan(day));
        try
        {
            await ledger.SaveAsync(ct);
        }
        catch (Exception ex) when (LedgerAppender.IsConcurrencyConflict(ex))
        {
            // Another node recorded the day first.
        }
    }
}

/// <summary>How far evaluation has read (the daemon's progression row), the latest event, and the day of the last pass.</summary>
internal sealed class AuditPosition(IQuerySession session, TimeProvider clock)
{
    public async Task<(long Evaluated, long Latest, DateOnly? ScheduledPassOn, DateOnly Today)> ReadAsync(CancellationToken ct)
    {
        var progress = await session.LoadAsync<AuditProgress>(AuditProgress.Key, ct);
        var schema = session.DocumentStore.Options.DatabaseSchemaName;
        var positions = await session.AdvancedSql.QueryAsync<long>($"""
            select coalesce((select last_seq_id from {schema}.mt_event_progression where name = ?), 0)
            union all
            select coalesce((select max(seq_id) from {schema}.mt_events), 0)
            """, ct, AuditEvaluation.ProgressionName);
        return (positions[0], positions[1], progress?.ScheduledPassOn, clock.Today());
    }
}
