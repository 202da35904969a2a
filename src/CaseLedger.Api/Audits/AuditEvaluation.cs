using CaseLedger.Api.Ledger;
using CaseLedger.Domain.Audits;
using JasperFx.Events;
using JasperFx.Events.Daemon;
using JasperFx.Events.Projections;
using Marten;
using Marten.Subscriptions;
using Npgsql;

namespace CaseLedger.Api.Audits;

/// <summary>
/// Audit evaluation as a Marten subscription: the async daemon hands it the event log page by page (from sequence 0, gaps
/// settled by the daemon's high-water mark), keeps its progress in mt_event_progression, retries, records dead letters and
/// rewinds; in HotCold mode exactly one node runs it, elected through a PostgreSQL advisory lock. The page's findings are
/// written inside the daemon's own transaction (<see cref="AuditEvaluationWork"/>), so they commit with the progress or not at all.
/// </summary>
internal sealed class AuditEvaluation : SubscriptionBase
{
    public const string SubscriptionName = "AuditEvaluation";

    /// <summary>The row of mt_event_progression that holds how far evaluation has read.</summary>
    public const string ProgressionName = SubscriptionName + ":All";

    private readonly AuditRuleSet rules;
    private readonly TimeProvider clock;
    private readonly int chunkSize;

    private readonly AuditMemory memory;

    public AuditEvaluation(AuditRuleSet rules, TimeProvider clock, AuditEvaluationSettings settings, AuditMemory memory)
    {
        this.rules = rules;
        this.clock = clock;
        this.memory = memory;
        chunkSize = settings.ChunkSize;
        Name = SubscriptionName;
        // A page is one transaction and one evaluation of each case it touches: big enough to judge a case rarely during a
        // catch-up and to hold several chunks (the next one loads while one is judged), small enough to bound memory; the
        // hopper holds at most two pages ahead. While writes flow a page is only what arrived since the last one.
        Options.BatchSize = settings.BatchSize;
        Options.MaximumHopperSize = settings.BatchSize * 2;
    }

    public override Task<IChangeListener> ProcessEventsAsync(EventRange page, ISubscriptionController controller, IDocumentOperations operations,
        CancellationToken cancellationToken)
    {
        if (operations is not ITransactionParticipantRegistrar registrar)
            throw new InvalidOperationException("The daemon's session no longer takes transaction participants; findings could not commit with the progress.");
        if (page.Events.Count > 0)
            registrar.AddTransactionParticipant(new AuditEvaluationWork(operations.DocumentStore, [.. page.Events], rules, clock, chunkSize)
            {
                Memory = memory,
                Range = (page.SequenceFloor, page.SequenceCeiling),
            });
        return Task.FromResult(NullChangeListener.Instance);
    }
}

/// <summary>
/// The evaluation of one page, run in the daemon's transaction just before it commits the page's progress. A user
/// acknowledging a finding at the same moment makes the append conflict: the work rolls back to its savepoint and judges
/// again (the daemon's progress row is untouched), a few times, before letting the daemon retry the page.
/// </summary>
internal sealed class AuditEvaluationWork(IDocumentStore store, IReadOnlyList<IEvent> events, AuditRuleSet rules, TimeProvider clock, int chunkSize)
    : ITransactionParticipant
{
    private const string Savepoint = "audit_evaluation";
    private const int Attempts = 5;

    /// <summary>The units and streams kept from the page before, when this page follows it; null: the page reads its own.</summary>
    public AuditMemory? Memory { get; init; }

    /// <summary>The page's place in the log (after floor, up to ceiling).</summary>
    public (long Floor, long Ceiling) Range { get; init; }

    public async Task BeforeCommitAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken token)
    {
        using var kept = Memory?.Follow(Range.Floor, Range.Ceiling, events);
        for (var attempt = 1; ; attempt++)
        {
            await transaction.SaveAsync(Savepoint, token);
            try
            {
                await using var session = store.LightweightSession(Marten.Services.SessionOptions.ForTransaction(transaction));
                // Files are read on a connection of their own, so the next chunk loads while this one is judged; they hold no
                // findings, the only thing this transaction writes.
                await using var reads = store.QuerySession();
                var loader = new CaseFileLoader(reads, clock) { Remembers = true, KnownUnits = kept?.Units ?? [], KnownStreams = kept?.Streams };
                var evaluator = new AuditEvaluator(session, new LedgerAppender(session, clock), loader, rules, clock)
                {
                    ChunkSize = chunkSize,
                };
                await evaluator.EvaluateAsync(events, token);
                await transaction.ReleaseAsync(Savepoint, token);
                kept?.Judged();
                return;
            }
            catch (Exception ex) when (attempt < Attempts && LedgerAppender.IsConcurrencyConflict(ex))
            {
                await transaction.RollbackAsync(Savepoint, token);
            }
        }
    }
}

/// <summary>
/// CaseLedger:Audits:* — whether this node evaluates, the page size, how often a cold node bids for leadership, and how long
/// the idle daemon waits between looks for new events (IdlePollingMilliseconds).
/// </summary>
internal sealed record AuditEvaluationSettings(bool Evaluate, int BatchSize, TimeSpan LeadershipPolling)
{
    public TimeSpan IdlePolling { get; init; } = TimeSpan.FromMilliseconds(200);

    /// <summary>How many case files (or cadre records) are judged at once; CaseLedger:Audits:ChunkSize.</summary>
    public int ChunkSize { get; init; } = AuditEvaluator.DefaultChunkSize;

    public static AuditEvaluationSettings From(IConfiguration configuration)
    {
        var section = configuration.GetSection("CaseLedger:Audits");
        return new AuditEvaluationSettings(
            section.GetValue("Evaluate", true),
            section.GetValue("BatchSize", 10000),
            TimeSpan.FromMilliseconds(section.GetValue("LeadershipPollingMilliseconds", 5000)))
        {
            IdlePolling = TimeSpan.FromMilliseconds(section.GetValue("IdlePollingMilliseconds", 200)),
            ChunkSize = section.GetValue("ChunkSize", AuditEvaluator.DefaultChunkSize),
        };
    }
}
