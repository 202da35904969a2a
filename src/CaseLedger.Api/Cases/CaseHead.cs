using CaseLedger.Api.Cadres.Career;
using CaseLedger.Api.Ledger;
using CaseLedger.Domain.Cases;
using CaseLedger.Domain.Shared;
using JasperFx.Events;
using Marten;
using Marten.Events.Aggregation;

namespace CaseLedger.Api.Cases;

/// <summary>
/// A case as its next step is decided (inline, so always at the stream's head): the decider's state, the stream version,
/// the hash of the last event (the next event's link in the chain) and the cadre the case concerns. A step reads this
/// document instead of folding the whole stream.
/// </summary>
public sealed record CaseHead(Guid Id, Guid CadreId, Case State, long Version, string Hash);

/// <summary>Folds case events with the domain's own <see cref="Case.Evolve"/>; the version and hash come from the event.</summary>
public sealed partial class CaseHeadProjection : SingleStreamProjection<CaseHead, Guid>
{
    public CaseHeadProjection()
    {
        // Only case streams: a write to a unit or cadre stream looks for no head.
        foreach (var type in typeof(ICaseEvent).Assembly.GetTypes().Where(t => t is { IsClass: true, IsAbstract: false } && t.IsAssignableTo(typeof(ICaseEvent))))
            IncludeType(type);
    }

    public override CaseHead? Evolve(CaseHead? snapshot, Guid id, IEvent e) =>
        Case.Evolve(snapshot?.State, e.Data) is { } state
            ? new CaseHead(id, e.Data is CaseOpened opened ? opened.CadreId : snapshot!.CadreId, state, e.Version,
                e.GetHeader(EventHash.Header)?.ToString() ?? EventHash.Genesis)
            : snapshot;
}

/// <summary>
/// The read half of a case step in one round trip: the case's head with the stream's version (Marten's FetchForWriting), and
/// the case summary and the cadre's career that the inline projections will update — loaded into the writing session's
/// identity map, so the projections start from them instead of loading each again (<c>UseIdentityMapForAggregates</c>).
/// </summary>
internal static class CaseHeads
{
    public static async Task<(LoadedStream<Case> Stream, Guid CadreId)> ReadForStepAsync(
        IDocumentSession session, Guid caseId, int? expectedVersion, CancellationToken ct)
    {
        var schema = session.DocumentStore.Options.DatabaseSchemaName;
        var batch = session.CreateBatchQuery();
        // In this order: the summary and career are read after the version, so a writer in between makes the append fail, never a stale projection.
        var fetched = batch.Events.FetchForWriting<CaseHead>(caseId);
        var summary = batch.Load<CaseSummary>(caseId);
        var career = batch.Query<CadreCareer>(
            $"where d.id = (select (s.data ->> 'CadreId')::uuid from {schema}.mt_doc_casesummary s where s.id = ?)", caseId);
        await batch.Execute(ct);

        var stream = await fetched;
        await summary;
        await career;
        var version = stream.StartingVersion ?? 0;
        if (version == 0)
            throw new DomainException(ErrorCodes.NotFound, "caseId 不存在 / No case has this caseId.", "caseId");
        if (expectedVersion is { } expected && expected != version)
            throw LedgerAppender.Conflict($"case 已更新至第 {version} 版 / The case is at version {version}, not {expected}.");
        var head = stream.Aggregate is { } current && current.Version == version ? current : await FoldAsync(session, caseId, stream.Aggregate, ct);
        return (new LoadedStream<Case>(caseId, head.State, head.Version, head.Hash), head.CadreId);
    }

    /// <summary>
    /// A case recorded before heads were kept (or whose head a rebuild has not made yet): folded from its events once, and
    /// stored, so the inline projection carries it on from this step.
    /// </summary>
    private static async Task<CaseHead> FoldAsync(IDocumentSession session, Guid caseId, CaseHead? behind, CancellationToken ct)
    {
        if (behind is not null)
            session.Eject(behind);
        var events = await session.Events.FetchStreamAsync(caseId, token: ct);
        var projection = new CaseHeadProjection();
        var head = events.Aggregate((CaseHead?)null, (current, e) => projection.Evolve(current, caseId, e))
            ?? throw new DomainException(ErrorCodes.NotFound, "caseId 不存在 / No case has this caseId.", "caseId");
        session.Store(head);
        return head;
    }
}
