using System.Collections.Immutable;
using CaseLedger.Domain.Shared;
using JasperFx.Events;
using JasperFx.Events.Aggregation;
using JasperFx.Events.Daemon;
using Marten;
using Marten.Events.Aggregation;

namespace CaseLedger.Api.Cases;

/// <summary>
/// Time-travel checkpoints of one case: its summary after every <c>N</c>-th event (N, 2N, …), with the moment that
/// event was recorded, so a view at any version or moment folds at most N events onto the nearest checkpoint
/// instead of the whole stream. Only cases with at least N events have this document.
/// </summary>
public sealed record CaseCheckpoints(Guid Id, ImmutableList<CaseCheckpoint> Checkpoints)
{
    /// <summary>The latest checkpoint at or before <paramref name="version"/>; null when there is none.</summary>
    public CaseCheckpoint? AtOrBefore(long version) => Checkpoints.LastOrDefault(c => c.Version <= version);

    /// <summary>The latest checkpoint recorded at or before <paramref name="at"/>; null when there is none.</summary>
    public CaseCheckpoint? RecordedBy(DateTimeOffset at) => Checkpoints.LastOrDefault(c => c.RecordedAt <= at);
}

/// <summary>The case as it stood after event <c>Version</c>, recorded at <c>RecordedAt</c>.</summary>
public sealed record CaseCheckpoint(long Version, DateTimeOffset RecordedAt, CaseSummary State);

/// <summary>
/// Builds the checkpoints from the events alone (asynchronously, off the write path; a rebuild makes them again): when a
/// case's stream passes a multiple of N, the summary at that version is folded from the previous checkpoint and stored.
/// Readers never depend on it being up to date: without a checkpoint they fold from the nearest earlier one, or from the start.
/// </summary>
public sealed partial class CaseCheckpointProjection : SingleStreamProjection<CaseCheckpoints, Guid>
{
    public const int DefaultEvery = 100;

    public CaseCheckpointProjection()
        : this(DefaultEvery)
    {
    }

    public CaseCheckpointProjection(int every)
    {
        if (every < 2)
            throw new ArgumentOutOfRangeException(nameof(every), every, "A checkpoint every event or less is no checkpoint: CaseLedger:TimeTravel:CheckpointEvery must be at least 2.");
        Every = every;
        // Only case streams (the daemon then reads no other events for it).
        foreach (var type in typeof(ICaseEvent).Assembly.GetTypes().Where(t => t is { IsClass: true, IsAbstract: false } && t.IsAssignableTo(typeof(ICaseEvent))))
            IncludeType(type);
    }

    /// <summary>N: a checkpoint after every N-th event of a case.</summary>
    public int Every { get; }

    public override async ValueTask<(CaseCheckpoints?, ActionType)> DetermineActionAsync(IQuerySession session, CaseCheckpoints? snapshot, Guid identity,
        IIdentitySetter<CaseCheckpoints, Guid> identitySetter, IReadOnlyList<IEvent> events, CancellationToken cancellation)
    {
        var latest = snapshot?.Checkpoints.LastOrDefault();
        if (events.Count == 0 || events[0].Data is not ICaseEvent || events[^1].Version < (latest?.Version ?? 0) + Every)
            return (snapshot, ActionType.Nothing);

        var checkpoints = snapshot?.Checkpoints ?? [];
        for (var version = ((latest?.Version ?? 0) / Every + 1) * Every; version <= events[^1].Version; version += Every)
        {
            // Folded from the events as stored; a version not stored yet waits for the next pass.
            var last = await session.Events.FetchStreamAsync(identity, version, fromVersion: version, token: cancellation);
            if (last.Count == 0)
                break;
            var state = await session.Events.AggregateStreamAsync<CaseSummary>(identity, version, state: latest?.State,
                fromVersion: (latest?.Version ?? 0) + 1, token: cancellation);
            latest = new CaseCheckpoint(version, last[0].Timestamp, state!);
            checkpoints = checkpoints.Add(latest);
        }
        return checkpoints.Count == (snapshot?.Checkpoints.Count ?? 0)
            ? (snapshot, ActionType.Nothing)
            : (new CaseCheckpoints(identity, checkpoints), ActionType.Store);
    }
}
