using Marten;
using Marten.Events;

namespace CaseLedger.Api.Cadres.Career;

/// <summary>
/// A cadre's career as the ledger recorded it by an instant: the career projection run over the events of the
/// cadre's stream and of their case streams recorded by then (a case never changes cadre, so today's career names
/// every stream that can matter).
/// </summary>
internal static class CareerAsRecorded
{
    public static async Task<CadreCareer?> FoldAsync(IQuerySession session, Guid cadreId, DateTimeOffset at, CancellationToken ct)
    {
        if (await session.LoadAsync<CadreCareer>(cadreId, ct) is not { } now)
            return null;
        Guid[] streams = [cadreId, .. now.Cases.Select(c => c.CaseId)];
        var careers = await session.Events.QueryAllRawEvents()
            .Where(e => streams.Contains(e.StreamId) && e.Timestamp <= at)
            .OrderBy(e => e.Sequence)
            .AggregateToManyAsync<CadreCareer>(ct);
        return careers.SingleOrDefault(c => c.Id == cadreId);
    }
}
