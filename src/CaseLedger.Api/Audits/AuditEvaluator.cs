using CaseLedger.Api.Cases;
using CaseLedger.Api.Ledger;
using CaseLedger.Domain.Audits;
using CaseLedger.Domain.Cases;
using CaseLedger.Domain.Shared;
using CaseLedger.Domain.Units;
using JasperFx.Events;
using Marten;

namespace CaseLedger.Api.Audits;

/// <summary>
/// Judges a page of the event log handed over by Marten's async daemon (<see cref="AuditEvaluation"/>): re-evaluates the whole
/// case file of every affected case (a case event; any case of a cadre whose record or other cases changed; any case whose posts
/// or secondment name a unit that changed, e.g. a leader's departure announced after the promotion) and the record of every
/// cadre whose own stream changed (cadre-record rules: findings with no case), and raises or clears findings through the ledger.
/// It works in the daemon's transaction, so the findings commit with the daemon's progress or not at all; finding ids are derived
/// from (rule, subject), so a page evaluated again raises nothing twice. When the (Beijing) day has changed since the last pass,
/// the same page also re-judges the cases whose verdict by a deadline rule (<see cref="IDeadlineRule"/>) may have turned with the date.
/// Each case is judged once per page, in chunks, so memory stays bounded by the chunk, not by the ledger. The
/// <paramref name="loader"/> may read on a connection of its own: the next chunk's files are then read while this chunk is judged.
/// </summary>
internal sealed class AuditEvaluator(
    IDocumentSession session, LedgerAppender ledger, CaseFileLoader loader, AuditRuleSet rules, TimeProvider clock)
{
    public const string Actor = "audit-evaluator";

    /// <summary>What every finding change of this pass is recorded under.</summary>
    private readonly Recording recording = Recording.By(Actor, "evaluateAudits", "审计规则自动评估 / automatic audit evaluation");

    /// <summary>How many case files are judged at once unless configured (two chunks are in memory while the next one loads).</summary>
    public const int DefaultChunkSize = 125;

    /// <summary>How many case files (or cadre records) are judged at once.</summary>
    public int ChunkSize { get; init; } = DefaultChunkSize;

    /// <summary>Evaluates what <paramref name="events"/> touch and saves the findings with the day of this pass (the caller's transaction commits them).</summary>
    public async Task EvaluateAsync(IReadOnlyList<IEvent> events, CancellationToken ct)
    {
        var progress = await session.LoadAsync<AuditProgress>(AuditProgress.Key, ct);
        var today = clock.Today();

        var cases = await AffectedCasesAsync(events, ct);
        // The first evaluation reads the log from its start and judges every case as of today when its events come by: no
        // deadline pass then (it would load every case whose deadline ever turned before judging the same cases again).
        if (progress is not null && progress.ScheduledPassOn != today)
            cases.UnionWith(await DeadlineCasesAsync(progress.ScheduledPassOn, today, ct));
        await AuditPipeline.RunAsync(cases.Chunk(ChunkSize), ids => loader.LoadManyAsync(ids, ct), (ids, files) => EvaluateCasesAsync(ids, files, ct));
        await AuditPipeline.RunAsync(ChangedCadreRecords(events).Chunk(ChunkSize), ids => loader.LoadCadresAsync(ids, ct),
            (ids, files) => EvaluateCadresAsync(ids, files, ct));
        session.Store(new AuditProgress(AuditProgress.Key, today));
        await ledger.SaveAsync(ct);
    }

    /// <summary>Judges a chunk of cases from their files (loaded in a handful of queries per chunk, not per case) against their findings.</summary>
    private async Task EvaluateCasesAsync(Guid[] ids, IReadOnlyDictionary<Guid, CaseFile> files, CancellationToken ct)
    {
        var existing = (await session.Query<FindingDetails>().Where(f => f.CaseId != null && ids.Contains(f.CaseId.Value)).ToListAsync(ct))
            .ToLookup(f => f.CaseId!.Value);
        foreach (var caseId in ids)
        {
            var found = files.GetValueOrDefault(caseId) is { } file ? rules.Evaluate(file) : [];
            await ReconcileAsync(caseId, found, existing[caseId].ToDictionary(f => f.Id), ct);
        }
    }

    /// <summary>Cadre-record rules for a chunk of cadres: their files and findings in three queries, not three per cadre.</summary>
    private async Task EvaluateCadresAsync(Guid[] ids, IReadOnlyDictionary<Guid, CadreFile> files, CancellationToken ct)
    {
        var existing = (await session.Query<FindingDetails>().Where(f => f.CaseId == null && ids.Contains(f.CadreId)).ToListAsync(ct))
            .ToLookup(f => f.CadreId);
        foreach (var cadreId in ids)
        {
            var found = files.GetValueOrDefault(cadreId) is { } file ? rules.Evaluate(file) : [];
            await ReconcileAsync(cadreId, found, existing[cadreId].ToDictionary(f => f.Id), ct);
        }
    }

    /// <summary>The cases whose move took effect (or was retained at the host) on a day a deadline rule says may have turned.</summary>
    private async Task<HashSet<Guid>> DeadlineCasesAsync(DateOnly? lastPass, DateOnly today, CancellationToken ct)
    {
        var cases = new HashSet<Guid>();
        foreach (var range in rules.All.OfType<IDeadlineRule>().SelectMany(r => r.TakingUpDaysTurningBetween(lastPass, today)).Distinct())
        {
            var (from, to) = (range.From, range.To);
            cases.UnionWith(await session.Query<CaseSummary>()
                .Where(c => (c.EffectiveOn >= from && c.EffectiveOn <= to) || (c.ClosedOn >= from && c.ClosedOn <= to))
                .Select(c => c.Id).ToListAsync(ct));
        }
        return cases;
    }

    private async Task<HashSet<Guid>> AffectedCasesAsync(IReadOnlyList<IEvent> events, CancellationToken ct)
    {
        var cases = new HashSet<Guid>();
        var cadres = new HashSet<Guid>();
        var units = new HashSet<Guid>();
        foreach (var e in events)
        {
            if (e.Data is CaseOpened opened)
                cadres.Add(opened.CadreId);
            else if (e.Data is ICaseEvent)
                cases.Add(e.StreamId);
            else if (e.Data is ICadreEvent)
                cadres.Add(e.StreamId);
            else if (e.Data is IUnitEvent and not UnitRegistered)
                units.Add(e.StreamId); // a unit just registered is named by no earlier case: no query for the bulk of a seed
        }
        if (units.Count > 0)
            cases.UnionWith(await CasesNamingAsync([.. units], ct));
        if (cases.Count > 0)
            cadres.UnionWith(await session.Query<CaseSummary>().Where(c => cases.Contains(c.Id)).Select(c => c.CadreId).ToListAsync(ct));
        if (cadres.Count > 0)
            cases.UnionWith(await session.Query<CaseSummary>().Where(c => cadres.Contains(c.CadreId)).Select(c => c.Id).ToListAsync(ct));
        return cases;
    }

    /// <summary>The cases whose to/from post, secondment host or sending unit is one of <paramref name="units"/> or under one: one query per page.</summary>
    private async Task<IReadOnlyList<Guid>> CasesNamingAsync(Guid[] units, CancellationToken ct) =>
        await session.AdvancedSql.QueryAsync<Guid>(Remit.RemitSql.CasesNaming(session.DocumentStore.Options.DatabaseSchemaName), ct, units);

    /// <summary>Cadres whose own stream changed: their cadre-record rules (e.g. the reserve pool) are judged again.</summary>
    private static HashSet<Guid> ChangedCadreRecords(IReadOnlyList<IEvent> events) =>
        [.. events.Where(e => e.Data is ICadreEvent).Select(e => e.StreamId)];

    /// <summary>Raises what is found and not standing, regrades what changed severity, clears what is no longer found.</summary>
    private async Task ReconcileAsync(Guid subjectId, IReadOnlyList<AuditFinding> found, Dictionary<Guid, FindingDetails> existing, CancellationToken ct)
    {
        var today = clock.Today();
        foreach (var finding in found)
        {
            var id = Finding.IdFor(finding.RuleId, subjectId);
            if (!existing.TryGetValue(id, out var known))
                ledger.Start(recording, id, Finding.Raise(finding, today));
            else if (known.Status == FindingStatus.Cleared)
            {
                var stream = await HeadOfAsync(known, ct);
                if (stream.State.RaiseAgain(finding, today) is { } raised)
                    ledger.Append(recording, stream, raised);
            }
            else if (JudgedOtherwise(known, finding))
            {
                var stream = await HeadOfAsync(known, ct);
                if (stream.State.Restate(finding, today) is { } restated)
                    ledger.Append(recording, stream, restated);
            }
        }
        var stillFound = found.Select(f => Finding.IdFor(f.RuleId, subjectId)).ToHashSet();
        foreach (var gone in existing.Values.Where(f => f.Status != FindingStatus.Cleared && !stillFound.Contains(f.Id)))
        {
            var stream = await HeadOfAsync(gone, ct);
            if (stream.State.Clear(today) is { } cleared)
                ledger.Append(recording, stream, cleared);
        }
    }

    /// <summary>The finding's state and head from its row; its stream is folded only for a row projected before rows kept the head.</summary>
    private async Task<LoadedStream<Finding>> HeadOfAsync(FindingDetails known, CancellationToken ct) =>
        known.AsStream() ?? await ledger.ReadAsync<Finding>(known.Id, null, "findingId", ct);

    /// <summary>A cheap look at the read model first: the stream is read only when something differs.</summary>
    private static bool JudgedOtherwise(FindingDetails known, AuditFinding found) =>
        known.Severity != found.Severity || known.RuleVersion != found.RuleVersion || known.EffectiveOn != found.EffectiveOn
        || known.Explanation != found.Explanation || !known.EvidenceVersions.SequenceEqual(found.EvidenceVersions);
}
