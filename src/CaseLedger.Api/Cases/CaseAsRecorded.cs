using Marten;

namespace CaseLedger.Api.Cases;

/// <summary>
/// A case exactly as the ledger stood at a version or a moment of record time: the nearest checkpoint at or before it
/// (<see cref="CaseCheckpoint"/>) and the events recorded after that one, or the whole stream when there is none.
/// </summary>
internal static class CaseAsRecorded
{
    /// <summary>Everything recorded up to <paramref name="at"/>, nothing after; null before the case existed.</summary>
    public static async Task<CaseSummary?> AtAsync(IQuerySession session, Guid caseId, DateTimeOffset at, CancellationToken ct)
    {
        at = at.ToUniversalTime();
        var from = await CaseCheckpoint.RecordedByAsync(session, caseId, at, ct);
        return await session.Events.AggregateStreamAsync(caseId, timestamp: at, state: from?.State, fromVersion: (from?.Version ?? 0) + 1, token: ct);
    }

    /// <summary>The case after its first <paramref name="version"/> events, and when that last one was recorded.</summary>
    public static async Task<(CaseSummary Case, DateTimeOffset RecordedAt)?> AtVersionAsync(IQuerySession session, Guid caseId, long version, CancellationToken ct)
    {
        var last = await session.Events.FetchStreamAsync(caseId, version, fromVersion: version, token: ct);
        if (last.Count == 0)
            return null;
        var from = await CaseCheckpoint.AtOrBeforeAsync(session, caseId, version, ct);
        var state = await session.Events.AggregateStreamAsync(caseId, version, state: from?.State, fromVersion: (from?.Version ?? 0) + 1, token: ct);
        return state is null ? null : (state, last[0].Timestamp);
    }
}
