using CaseLedger.Api.Ledger;
using System.Collections.Concurrent;
using CaseLedger.Api.Cases;
using CaseLedger.Domain.Audits;
using CaseLedger.Domain.Cadres;
using CaseLedger.Domain.Cases;
using CaseLedger.Domain.Units;
using JasperFx.Events;
using Marten;

namespace CaseLedger.Api.Audits;

/// <summary>
/// Reads the event log after its saved position, re-evaluates the whole case file of every affected
/// case (a case event; any case of a cadre whose record or other cases changed; any case whose posts or
/// secondment name a unit that changed, e.g. a leader's departure announced after the promotion) and the record of every
/// cadre whose own stream changed (cadre-record rules: findings with no case), and raises or clears
/// findings through the ledger — in the same transaction as the new position. A crash before the save
/// loses nothing and writes nothing; finding ids are derived from (rule, case), so a re-run raises
/// nothing twice. When the (Beijing) day has changed since the last scheduled pass, the same batch also
/// re-evaluates the cases whose judgement by a deadline rule (<see cref="IDeadlineRule"/>) may have turned
/// with the date, and saves the day with the findings. Run by <see cref="AuditDaemon"/>; one evaluator per
/// database (it is not meant to run on several nodes at once).
/// </summary>
internal sealed class AuditEvaluator(
    IDocumentSession session, LedgerAppender ledger, RecordingContext recording, CaseFileLoader loader, AuditRuleSet rules, TimeProvider clock, EvaluationGaps gaps)
{
    public const string Actor = "audit-evaluator";

    /// <summary>Processes up to <paramref name="batchSize"/> events; returns how many were read (0 when caught up).</summary>
    public async Task<int> RunBatchAsync(int batchSize, CancellationToken ct)
    {
        recording.Set(Actor, Guid.NewGuid().ToString("N"), "审计规则自动评估 / automatic audit evaluation", null, null, "evaluateAudits");
        var progress = await session.LoadAsync<AuditProgress>(AuditProgress.Key, ct) ?? new AuditProgress(AuditProgress.Key, 0);
        var events = await session.Events.QueryAllRawEvents()
            .Where(e => e.Sequence > progress.LastSequence).OrderBy(e => e.Sequence).Take(batchSize).ToListAsync(ct);

        var read = new List<IEvent>();
        var last = progress.LastSequence;
        foreach (var e in events)
        {
            // A gap may be a transaction still committing: wait for it a little, then move on (a rolled-back append leaves a gap for ever).
            if (e.Sequence != last + 1 && !gaps.Settled(session.DocumentStore.Options.DatabaseSchemaName, last + 1))
                break;
            read.Add(e);
            last = e.Sequence;
        }
        var today = clock.Today();
        var scheduled = progress.ScheduledPassOn != today;
        if (read.Count == 0 && !scheduled)
            return 0;

        var cases = await AffectedCasesAsync(read, ct);
        if (scheduled)
            cases.UnionWith(await DeadlineCasesAsync(progress.ScheduledPassOn, today, ct));
        // Every affected case's file and findings in a handful of queries (not per case): a full audit reads millions of events.
        var files = await loader.LoadManyAsync(cases, ct);
        var ids = cases.ToArray();
        var existing = (await session.Query<FindingDetails>().Where(f => f.CaseId != null && ids.Contains(f.CaseId.Value)).ToListAsync(ct))
            .ToLookup(f => f.CaseId!.Value);
        foreach (var caseId in cases)
            await EvaluateCaseAsync(caseId, files.GetValueOrDefault(caseId), existing[caseId].ToDictionary(f => f.Id), ct);
        foreach (var cadreId in ChangedCadreRecords(read))
            await EvaluateCadreAsync(cadreId, ct);
        session.Store(progress with { LastSequence = last, ScheduledPassOn = today });
        await ledger.SaveAsync(ct);
        return read.Count;
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

    /// <summary>Evaluated through the latest event in the log; the day of the last scheduled pass and today.</summary>
    public async Task<(long Evaluated, long Latest, DateOnly? ScheduledPassOn, DateOnly Today)> PositionAsync(CancellationToken ct)
    {
        var progress = await session.LoadAsync<AuditProgress>(AuditProgress.Key, ct);
        var latest = await session.Events.QueryAllRawEvents().OrderByDescending(e => e.Sequence).Select(e => e.Sequence).FirstOrDefaultAsync(ct);
        return (progress?.LastSequence ?? 0, latest, progress?.ScheduledPassOn, clock.Today());
    }

    private async Task<HashSet<Guid>> AffectedCasesAsync(List<IEvent> events, CancellationToken ct)
    {
        var cases = new HashSet<Guid>();
        var cadres = new HashSet<Guid>();
        var units = new HashSet<Guid>();
        foreach (var e in events)
        {
            if (e.Data is CaseOpened opened)
                cadres.Add(opened.CadreId);
            else if (e.Data.GetType().Namespace == typeof(CaseOpened).Namespace)
                cases.Add(e.StreamId);
            else if (e.Data.GetType().Namespace == typeof(CadreRegistered).Namespace)
                cadres.Add(e.StreamId);
            else if (e.Data is not UnitRegistered && e.Data.GetType().Namespace == typeof(UnitRegistered).Namespace)
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

    /// <summary>The cases whose to/from post, secondment host or sending unit is one of <paramref name="units"/>: one query per batch.</summary>
    private async Task<IReadOnlyList<Guid>> CasesNamingAsync(Guid[] units, CancellationToken ct) =>
        await session.AdvancedSql.QueryAsync<Guid>($"""
            select s.id from {session.DocumentStore.Options.DatabaseSchemaName}.mt_doc_casesummary s
             where (s.data -> 'ToPost' ->> 'UnitId')::uuid = any(?) or (s.data -> 'FromPost' ->> 'UnitId')::uuid = any(?)
                or (s.data -> 'Secondment' ->> 'HostUnitId')::uuid = any(?) or (s.data -> 'Secondment' ->> 'SendingUnitId')::uuid = any(?)
            """, ct, units, units, units, units);

    /// <summary>Cadres whose own stream changed: their cadre-record rules (e.g. the reserve pool) are judged again.</summary>
    private static HashSet<Guid> ChangedCadreRecords(List<IEvent> events) =>
        [.. events.Where(e => e.Data.GetType().Namespace == typeof(CadreRegistered).Namespace).Select(e => e.StreamId)];

    private async Task EvaluateCaseAsync(Guid caseId, CaseFile? file, Dictionary<Guid, FindingDetails> existing, CancellationToken ct)
    {
        var found = file is null ? [] : rules.Evaluate(file);
        await ReconcileAsync(caseId, found, existing, ct);
    }

    private async Task EvaluateCadreAsync(Guid cadreId, CancellationToken ct)
    {
        var file = await loader.LoadCadreAsync(cadreId, ct);
        var found = file is null ? [] : rules.Evaluate(file);
        var existing = (await session.Query<FindingDetails>().Where(f => f.CadreId == cadreId && f.CaseId == null).ToListAsync(ct)).ToDictionary(f => f.Id);
        await ReconcileAsync(cadreId, found, existing, ct);
    }

    /// <summary>Raises what is found and not standing, regrades what changed severity, clears what is no longer found.</summary>
    private async Task ReconcileAsync(Guid subjectId, IReadOnlyList<AuditFinding> found, Dictionary<Guid, FindingDetails> existing, CancellationToken ct)
    {
        var today = clock.Today();
        foreach (var finding in found)
        {
            var id = Finding.IdFor(finding.RuleId, subjectId);
            if (!existing.TryGetValue(id, out var known))
                ledger.Start(id, Finding.Raise(finding, today));
            else if (known.Status == FindingStatus.Cleared)
            {
                var stream = await ledger.ReadAsync<Finding>(id, null, "findingId", ct);
                if (stream.State.RaiseAgain(finding, today) is { } raised)
                    ledger.Append(stream, raised);
            }
            else if (JudgedOtherwise(known, finding))
            {
                var stream = await ledger.ReadAsync<Finding>(id, null, "findingId", ct);
                if (stream.State.Restate(finding, today) is { } restated)
                    ledger.Append(stream, restated);
            }
        }
        var stillFound = found.Select(f => Finding.IdFor(f.RuleId, subjectId)).ToHashSet();
        foreach (var gone in existing.Values.Where(f => f.Status != FindingStatus.Cleared && !stillFound.Contains(f.Id)))
        {
            var stream = await ledger.ReadAsync<Finding>(gone.Id, null, "findingId", ct);
            if (stream.State.Clear(today) is { } cleared)
                ledger.Append(stream, cleared);
        }
    }

    /// <summary>A cheap look at the read model first: the stream is read only when something differs.</summary>
    private static bool JudgedOtherwise(FindingDetails known, AuditFinding found) =>
        known.Severity != found.Severity || known.RuleVersion != found.RuleVersion || known.EffectiveOn != found.EffectiveOn
        || known.Explanation != found.Explanation || !known.EvidenceVersions.SequenceEqual(found.EvidenceVersions);
}

/// <summary>Remembers when each gap in the event sequence was first seen, per schema (a singleton).</summary>
internal sealed class EvaluationGaps(TimeProvider? wallClock = null)
{
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(2);

    private readonly ConcurrentDictionary<(string Schema, long Sequence), long> firstSeen = new();
    private readonly TimeProvider wall = wallClock ?? TimeProvider.System;

    public bool Settled(string schema, long sequence)
    {
        var now = wall.GetTimestamp();
        var seen = firstSeen.GetOrAdd((schema, sequence), now);
        return wall.GetElapsedTime(seen, now) >= Patience;
    }
}
