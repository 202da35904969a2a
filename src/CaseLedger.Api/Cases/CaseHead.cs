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
    /// <summary>One case's read for its step: the head and the cadre, or the refusal that ends the step before it is decided.</summary>
    internal sealed record StepRead(LoadedStream<Case>? Stream, Guid CadreId, DomainException? Refused)
    {
        /// <summary>A head this read folded and stored in the session (<see cref="FoldAsync"/>): ejected again if the step is refused.</summary>
        public CaseHead? Folded { get; init; }
    }

    public static async Task<(LoadedStream<Case> Stream, Guid CadreId)> ReadForStepAsync(
        LedgerAppender ledger, Guid caseId, int? expectedVersion, CancellationToken ct)
    {
        var read = (await ReadForStepsAsync(ledger, [(caseId, expectedVersion)], ct))[0];
        return read.Refused is { } refused ? throw refused : (read.Stream!, read.CadreId);
    }

    /// <summary>
    /// <see cref="ReadForStepAsync"/> for several cases in the same one round trip (a group of steps saved together,
    /// <see cref="CaseStepWriter"/>): each case's head, or why its step cannot be decided (no such case, a stale expected
    /// version), without failing the others. The careers of all the cases are locked in id order, so two writers never deadlock.
    /// </summary>
    public static async Task<IReadOnlyList<StepRead>> ReadForStepsAsync(
        LedgerAppender ledger, IReadOnlyList<(Guid CaseId, int? ExpectedVersion)> steps, CancellationToken ct)
    {
        var session = ledger.Session;
        var schema = session.DocumentStore.Options.DatabaseSchemaName;
        // The read runs in the write's transaction (BEGIN rides on the batch, no round trip of its own), so the career's row
        // stays locked until the step commits: another case of the same cadre stepped meanwhile waits for it and then folds onto
        // this step's career instead of overwriting it (the career has no stream version to guard it; CadreCareerLock).
        await session.BeginTransactionAsync(ct);
        var batch = session.CreateBatchQuery();
        // In this order: the summary and career are read after the version, so a writer in between makes the append fail, never a stale projection.
        var fetched = steps.Select(step => batch.Events.FetchForWriting<CaseHead>(step.CaseId)).ToArray();
        var ids = steps.Select(step => step.CaseId).Distinct().ToArray();
        var summaries = batch.LoadMany<CaseSummary>().ById(ids);
        var careers = batch.Query<CadreCareer>(
            $"where d.id in (select (s.data ->> 'CadreId')::uuid from {schema}.mt_doc_casesummary s where s.id = any(?)) order by d.id for update", ids);
        await batch.Execute(ct);

        await summaries;
        foreach (var locked in await careers)
            ledger.RowLockedByRead(locked.Id);
        var reads = new StepRead[steps.Count];
        for (var i = 0; i < steps.Count; i++)
        {
            var (caseId, expectedVersion) = steps[i];
            var stream = await fetched[i];
            var version = stream.StartingVersion ?? 0;
            if (version == 0)
                reads[i] = new(null, default, new DomainException(ErrorCodes.NotFound, "caseId 不存在 / No case has this caseId.", "caseId"));
            else if (expectedVersion is { } expected && expected != version)
                reads[i] = new(null, default, LedgerAppender.Conflict($"case 已更新至第 {version} 版 / The case is at version {version}, not {expected}."));
            else
            {
                // The head is read apart from the version: a writer committing in between leaves it ahead, so the case is folded up
                // to the version read and the append's expected version turns that race into an ordinary conflict.
                var fresh = stream.Aggregate is { } current && current.Version == version;
                var head = fresh ? stream.Aggregate! : await FoldAsync(session, caseId, version, stream.Aggregate, ct);
                reads[i] = new(new LoadedStream<Case>(caseId, head.State, head.Version, head.Hash), head.CadreId, null) { Folded = fresh ? null : head };
            }
        }
        return reads;
    }

    /// <summary>
    /// A case recorded before heads were kept (or whose head a rebuild has not made yet, or a head a racing writer moved
    /// past the version read): folded from its events up to <paramref name="version"/>, and stored, so the inline
    /// projection carries it on from this step.
    /// </summary>
    private static async Task<CaseHead> FoldAsync(IDocumentSession session, Guid caseId, long version, CaseHead? behind, CancellationToken ct)
    {
        if (behind is not null)
            session.Eject(behind);
        var events = await session.Events.FetchStreamAsync(caseId, version, token: ct);
        var projection = new CaseHeadProjection();
        var head = events.Aggregate((CaseHead?)null, (current, e) => projection.Evolve(current, caseId, e))
            ?? throw new DomainException(ErrorCodes.NotFound, "caseId 不存在 / No case has this caseId.", "caseId");
        session.Store(head);
        return head;
    }
}
