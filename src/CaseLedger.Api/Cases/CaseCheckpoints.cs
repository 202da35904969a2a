using CaseLedger.Domain.Shared;
using JasperFx.Events;
using Marten;
using Marten.Events.Projections;

namespace CaseLedger.Api.Cases;

/// <summary>
/// One time-travel checkpoint: the case as it stood after its event <c>Version</c> (a multiple of N), recorded at
/// <c>RecordedAt</c>. Each checkpoint is its own row, with the case, the version and the record time as indexed columns,
/// so a view at any version or moment reads the one checkpoint it starts from and folds at most N events onto it.
/// </summary>
public sealed record CaseCheckpoint(string Id, Guid CaseId, long Version, DateTimeOffset RecordedAt, CaseSummary State)
{
    /// <summary>The checkpoint taken at event <paramref name="at"/> of the case.</summary>
    public static CaseCheckpoint Of(Guid caseId, IEvent at, CaseSummary state) => new($"{caseId}/{at.Version}", caseId, at.Version, at.Timestamp, state);

    /// <summary>
    /// Kept apart from the JSON: one checkpoint is a case summary (15.7 KB after 1,000 events), which PostgreSQL stores
    /// compressed; a filter on the JSON would decompress every checkpoint of the case to find one.
    /// </summary>
    public static void MapColumns(StoreOptions options) =>
        options.Schema.For<CaseCheckpoint>().Duplicate(c => c.CaseId).Duplicate(c => c.Version).Duplicate(c => c.RecordedAt);

    /// <summary>The latest checkpoint of the case at or before <paramref name="version"/>; null when there is none.</summary>
    public static async Task<CaseCheckpoint?> AtOrBeforeAsync(IQuerySession session, Guid caseId, long version, CancellationToken ct) =>
        (await session.QueryAsync<CaseCheckpoint>("where d.case_id = ? and d.version <= ? order by d.version desc limit 1", ct, caseId, version)).SingleOrDefault();

    /// <summary>The latest checkpoint of the case recorded at or before <paramref name="at"/>; null when there is none.</summary>
    public static async Task<CaseCheckpoint?> RecordedByAsync(IQuerySession session, Guid caseId, DateTimeOffset at, CancellationToken ct) =>
        (await session.QueryAsync<CaseCheckpoint>("where d.case_id = ? and d.recorded_at <= ? order by d.version desc limit 1", ct, caseId, at)).SingleOrDefault();
}

/// <summary>
/// Builds the checkpoints from the events alone (asynchronously, off the write path; a rebuild makes them again): at each
/// case event whose version is a multiple of N, the summary at that version is folded from the case's previous checkpoint
/// and stored. Readers never depend on it being up to date: without a checkpoint they fold from an earlier one, or from the start.
/// </summary>
public sealed partial class CaseCheckpointProjection : EventProjection
{
    public const int DefaultEvery = 100;

    /// <summary>
    /// The daemon's name for it (its progress row). Not the "CaseCheckpoints" of the one-document-per-case checkpoints it
    /// replaces: a ledger that had those builds these from the first event.
    /// </summary>
    public const string ProjectionName = "CaseCheckpoint";

    public CaseCheckpointProjection()
        : this(DefaultEvery)
    {
    }

    public CaseCheckpointProjection(int every)
    {
        if (every < 2)
            throw new ArgumentOutOfRangeException(nameof(every), every, "A checkpoint every event or less is no checkpoint: CaseLedger:TimeTravel:CheckpointEvery must be at least 2.");
        Every = every;
        Name = ProjectionName;
        // Only case streams (the daemon then reads no other events for it).
        foreach (var type in typeof(ICaseEvent).Assembly.GetTypes().Where(t => t is { IsClass: true, IsAbstract: false } && t.IsAssignableTo(typeof(ICaseEvent))))
            IncludeType(type);
    }

    /// <summary>N: a checkpoint after every N-th event of a case.</summary>
    public int Every { get; }

    public override async ValueTask ApplyAsync(IDocumentOperations operations, IEvent e, CancellationToken cancellation)
    {
        if (e.Version % Every != 0 || e.Data is not ICaseEvent)
            return;
        // The previous checkpoint as committed: one stored earlier in this batch is not visible yet, and folding from an
        // older one (or the start) gives the same summary.
        var from = await CaseCheckpoint.AtOrBeforeAsync(operations, e.StreamId, e.Version - 1, cancellation);
        var state = await operations.Events.AggregateStreamAsync(e.StreamId, e.Version, state: from?.State,
            fromVersion: (from?.Version ?? 0) + 1, token: cancellation);
        if (state is not null)
            operations.Store(CaseCheckpoint.Of(e.StreamId, e, state));
    }
}
