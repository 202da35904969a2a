using Marten;

namespace CaseLedger.Api.Cases;

/// <summary>A case exactly as the ledger stood at a version or a moment of record time, folded from its events.</summary>
internal static class CaseAsRecorded
{
    /// <summary>Everything recorded up to <paramref name="at"/>, nothing after; null before the case existed.</summary>
    public static Task<CaseSummary?> AtAsync(IQuerySession session, Guid caseId, DateTimeOffset at, CancellationToken ct) =>
        session.Events.AggregateStreamAsync<CaseSummary>(caseId, timestamp: at.ToUniversalTime(), token: ct);

    /// <summary>The case after its first <paramref name="version"/> events, and when that last one was recorded.</summary>
    public static async Task<(CaseSummary Case, DateTimeOffset RecordedAt)?> AtVersionAsync(IQuerySession session, Guid caseId, long version, CancellationToken ct)
    {
        var last = await session.Events.FetchStreamAsync(caseId, version, fromVersion: version, token: ct);
        if (last.Count == 0)
            return null;
        var state = await session.Events.AggregateStreamAsync<CaseSummary>(caseId, version, token: ct);
        return state is null ? null : (state, last[^1].Timestamp);
    }
}
