using CaseLedger.Api.Ledger;
using CaseLedger.Api.Cadres;
using CareerTimeline = CaseLedger.Api.Cadres.Career.CareerTimeline;
using CadreCareer = CaseLedger.Api.Cadres.Career.CadreCareer;
using CaseLedger.Api.Cases;
using CaseLedger.Api.Units;
using CaseLedger.Domain.Audits;
using CaseLedger.Domain.Cadres;
using CaseLedger.Domain.Cases;
using CaseLedger.Domain.Units;
using Marten;

namespace CaseLedger.Api.Audits;

/// <summary>Builds the pure <see cref="CaseFile"/> a rule judges from the ledger: the case stream, the cadre, its career, secondments and 参公 registrations, the units, as of today (Beijing).</summary>
internal sealed class CaseFileLoader(IQuerySession session, TimeProvider clock)
{
    /// <summary>
    /// Whether the loader keeps the units (with their ancestors and timelines) and the cadres (profile and stream) it has read,
    /// for its lifetime. The evaluator's loader lives for one page of the log, judged chunk by chunk: the same 1,831 units and
    /// the cadres of its cases were read again for every chunk (a fifth of a large catch-up's loading). Whatever changes
    /// meanwhile arrives in a later page, which judges the cases it touches again.
    /// </summary>
    public bool Remembers { get; init; }

    /// <summary>Where a remembering loader keeps the units it reads: its own by default, or one kept across pages (<see cref="AuditMemory"/>).</summary>
    public Dictionary<Guid, UnitFacts> KnownUnits { get; init; } = [];

    /// <summary>Case and cadre streams read before (kept across pages, <see cref="AuditMemory"/>): only what was appended since is read; null: whole streams.</summary>
    public StreamPrefixes? KnownStreams { get; init; }
    private readonly Dictionary<Guid, (CadreProfile? Profile, IReadOnlyList<StreamEvent> Events)> knownCadres = [];

    public async Task<CaseFile?> LoadAsync(Guid caseId, CancellationToken ct) =>
        (await LoadManyAsync([caseId], ct)).GetValueOrDefault(caseId);

    /// <summary>
    /// The files of many cases in six round trips however many there are (case streams, cadres, careers, cadre streams,
    /// their cases, units): the evaluator judges hundreds of cases per batch, and one query per case made a full audit
    /// take hours. A case whose stream or cadre is missing has no file.
    /// </summary>
    public async Task<IReadOnlyDictionary<Guid, CaseFile>> LoadManyAsync(IReadOnlyCollection<Guid> caseIds, CancellationToken ct, DateOnly? asOf = null)
    {
        if (caseIds.Count == 0)
            return new Dictionary<Guid, CaseFile>();
        var ids = caseIds.ToArray();
        var streams = (await ReadStreamsAsync(ids, ct))
            .GroupBy(e => e.StreamId)
            .Select(g => g.ToList())
            .Where(s => s[0].Data is CaseOpened)
            .ToList();
        var cadreIds = streams.Select(s => ((CaseOpened)s[0].Data).CadreId).Distinct().ToArray();
        var (cadres, cadreStreams) = await CadresAsync(cadreIds, ct);
        var posts = (await session.LoadManyAsync<CadreCareer>(ct, cadreIds)).ToDictionary(c => c.Id, c => CareerTimeline.Build(c).Posts);
        var cadreEvents = cadreStreams.SelectMany(s => s.Value).ToLookup(e => e.StreamId, e => e.Data);
        var registrations = cadreIds.ToDictionary(id => id, id => cadreEvents[id].OfType<ReferenceManagedRegistrationRecorded>().ToList());
        // Only the cadres' secondment cases: a case file needs their secondments, and reading every summary of every cadre
        // (with its steps) was a tenth of a large catch-up's loading.
        var casesOfCadres = (await session.Query<CaseSummary>().Where(c => cadreIds.Contains(c.CadreId) && c.Secondment != null).ToListAsync(ct)).ToLookup(c => c.CadreId);
        var secondments = cadreIds.ToDictionary(id => id, id => SecondmentsOf(casesOfCadres[id]));

        var unitIds = streams.SelectMany(s => s).Select(e => e.Data).SelectMany(UnitIdsOf)
            .Concat(secondments.Values.SelectMany(list => list).SelectMany(SecondmentUnits))
            .Concat(posts.Values.SelectMany(list => list).Select(p => p.Post.UnitId))
            .Concat(registrations.Values.SelectMany(list => list).Select(r => r.UnitId)).Distinct().ToArray();
        var units = await UnitsWithAncestorsAsync(unitIds, ct);

        var today = asOf ?? clock.Today();
        var files = new Dictionary<Guid, CaseFile>();
        foreach (var stream in streams)
        {
            var opened = (CaseOpened)stream[0].Data;
            if (cadres.GetValueOrDefault(opened.CadreId) is not { } cadre)
                continue;
            var events = stream.Select(e => new CaseFileEvent(e.Version, e.Data, EffectiveOn(e.Data))).ToList();
            var cadreSecondments = secondments[cadre.Id];
            var cadrePosts = posts.GetValueOrDefault(cadre.Id) ?? [];
            var cadreRegistrations = registrations[cadre.Id]
                .Select(r => new ReferenceManagedRegistration(r.UnitId, r.HiredOn, r.HiredThrough, r.EffectiveOn, r.Reference)).ToList();
            var named = events.Select(e => e.Data).SelectMany(UnitIdsOf).Concat(cadreSecondments.SelectMany(SecondmentUnits))
                .Concat(cadrePosts.Select(p => p.Post.UnitId)).Concat(cadreRegistrations.Select(r => r.UnitId)).ToHashSet();
            var caseUnits = WithAncestors(named, units).ToDictionary(id => id, id => units[id]);
            var spells = cadrePosts.Where(p => units.ContainsKey(p.Post.UnitId))
                .Select(p => new CareerSpell(p.Post, units[p.Post.UnitId].Kind, p.From, p.To, p.CaseId)).ToList();
            files[stream[0].StreamId] = new CaseFile(stream[0].StreamId, opened.CaseNumber, cadre.Id, cadre.Name, cadre.BirthDate, events, caseUnits,
                spells, cadreSecondments, cadreRegistrations, today, cadre.GrowthPlaces, await KinAsync(cadreEvents[cadre.Id], ct), cadre.Category,
                SanctionsOf(cadreEvents[cadre.Id]), AssessmentsOf(cadreEvents[cadre.Id]), cadre.WorkStartDate)
            {
                LeftServiceOn = cadreEvents[cadre.Id].OfType<CadreLeftService>().LastOrDefault()?.EffectiveOn,
            };
        }
        return files;
    }

    private Task<IReadOnlyList<StreamEvent>> ReadStreamsAsync(IReadOnlyCollection<Guid> ids, CancellationToken ct) =>
        KnownStreams is { } known ? known.ReadAsync(session, ids, ct) : StreamData.ReadAsync(session, ids, ct);

    private static List<SanctionFact> SanctionsOf(IEnumerable<object> cadreEvents) =>
        [.. cadreEvents.OfType<SanctionRecorded>().Select(s => new SanctionFact(s.Kind, s.Sanction, s.EffectiveOn, s.PeriodMonths))];

    /// <summary>Each year's grade as it stands: a correction replaces the grade recorded.</summary>
    private static Dictionary<int, AssessmentGrade> AssessmentsOf(IEnumerable<object> cadreEvents)
    {
        var grades = new Dictionary<int, AssessmentGrade>();
        foreach (var e in cadreEvents)
        {
            if (e is AnnualAssessmentRecorded recorded)
                grades[recorded.Year] = recorded.Grade;
            else if (e is AnnualAssessmentCorrected corrected)
                grades[corrected.Year] = corrected.NewGrade;
        }
        return grades;
    }

    private static List<SecondmentSpell> SecondmentsOf(IEnumerable<CaseSummary> cases) =>
        cases.Where(c => c.Secondment is not null)
            .Select(c => new SecondmentSpell(c.Id, c.Secondment!.SendingUnitId, c.Secondment.StartOn,
                c.Secondment.EndedOn ?? (c.Secondment.RetainedInPost is null ? null : c.ClosedOn), c.Secondment.HostUnitId)
            {
                ConsentsOn = [.. c.Steps.Where(step => step.Step == ProcedureStep.SendingUnitConsent).Select(step => step.EffectiveOn)],
            })
            .ToList();

    /// <summary>
    /// The units and every unit above them (a query per level of the tree, at most five), each with its timeline of
    /// name, kind, 参公 approval and parent from its own events (one query): rules judge a unit as it was on their day.
    /// A unit that moved in the tree (<see cref="UnitMoved"/>) brings the parents it had before, and theirs, in one more such round.
    /// </summary>
    private async Task<Dictionary<Guid, UnitFacts>> UnitsWithAncestorsAsync(Guid[] unitIds, CancellationToken ct)
    {
        // Units already known came with every unit above them: only the others (and their ancestors) are read.
        var known = Remembers ? KnownUnits : [];
        var details = new Dictionary<Guid, UnitDetails>();
        var timelines = new Dictionary<Guid, List<UnitFactsSince>>();
        var asked = new HashSet<Guid>();
        Guid[] Unread(IEnumerable<Guid?> ids) => [.. ids.OfType<Guid>().Where(id => !known.ContainsKey(id) && asked.Add(id)).Distinct()];

        for (var wanted = Unread(unitIds.Cast<Guid?>()); wanted.Length > 0;)
        {
            var read = new List<Guid>();
            for (; wanted.Length > 0; wanted = Unread(details.Values.Select(u => u.ParentId)))
            {
                foreach (var unit in await session.LoadManyAsync<UnitDetails>(ct, wanted))
                {
                    details[unit.Id] = unit;
                    read.Add(unit.Id);
                }
            }
            var ids = read.ToArray();
            var histories = (await StreamData.ReadAsync(session, ids, ct)).ToLookup(e => e.StreamId, e => e.Data);
            foreach (var id in ids)
                timelines[id] = Timeline(histories[id]);
            wanted = Unread(ids.SelectMany(id => timelines[id].Select(t => t.ParentId)));
        }
        foreach (var u in details.Values)
        {
            known[u.Id] = new UnitFacts(u.Id, u.Name, u.Level, u.Kind, u.Area, u.ReferenceManagedApprovedOn, u.Announcements)
            {
                ParentId = u.ParentId,
                Timeline = timelines[u.Id],
            };
        }
        return known;
    }

    /// <summary>The cadres' profiles and own streams (in version order): two queries for those not already known.</summary>
    private async Task<(Dictionary<Guid, CadreProfile> Profiles, Dictionary<Guid, IReadOnlyList<StreamEvent>> Streams)> CadresAsync(
        IReadOnlyCollection<Guid> cadreIds, CancellationToken ct)
    {
        var known = Remembers ? knownCadres : [];
        var missing = cadreIds.Where(id => !known.ContainsKey(id)).Distinct().ToArray();
        if (missing.Length > 0)
        {
            var profiles = (await session.LoadManyAsync<CadreProfile>(ct, missing)).ToDictionary(c => c.Id);
            var events = (await ReadStreamsAsync(missing, ct)).ToLookup(e => e.StreamId);
            foreach (var id in missing)
                known[id] = (profiles.GetValueOrDefault(id), [.. events[id]]);
        }
        var wanted = cadreIds.Distinct().Select(id => (Id: id, Cadre: known[id])).ToList();
        return (wanted.Where(c => c.Cadre.Profile is not null).ToDictionary(c => c.Id, c => c.Cadre.Profile!),
            wanted.ToDictionary(c => c.Id, c => c.Cadre.Events));
    }

    /// <summary>
    /// The unit's facts from each day one of its events took effect. Each entry folds, in the order recorded, every event in
    /// force on its day: a change recorded late but effective earlier (a move dated before a renaming already recorded) counts
    /// from its own day and no earlier, and does not carry the later change back with it.
    /// </summary>
    private static List<UnitFactsSince> Timeline(IEnumerable<object> events)
    {
        var changes = events.Where(e => e is UnitRegistered or UnitRenamed or UnitReclassified or UnitMoved).ToList();
        if (changes.FirstOrDefault() is not UnitRegistered registered)
            return [];
        var start = new UnitFactsSince(registered.EffectiveOn, registered.Name, registered.Kind, null, registered.ParentId);
        var later = changes.Skip(1).ToList();
        return [.. later.Select(EffectiveOn).Append(registered.EffectiveOn).Distinct().Order()
            .Select(day => later.Where(e => EffectiveOn(e) <= day).Aggregate(start with { From = day }, Apply))];

        static DateOnly EffectiveOn(object e) => e switch
        {
            UnitRenamed r => r.EffectiveOn,
            UnitReclassified r => r.EffectiveOn,
            UnitMoved m => m.EffectiveOn,
            _ => DateOnly.MinValue,
        };

        static UnitFactsSince Apply(UnitFactsSince facts, object e) => e switch
        {
            UnitRenamed r => facts with { Name = r.Name },
            UnitReclassified r => facts with { Kind = r.Kind, ReferenceManagedApprovedOn = r.ReferenceManagedApprovedOn },
            UnitMoved m => facts with { ParentId = m.ParentId },
            _ => facts,
        };
    }

    /// <summary>The units named and every unit above them, under today's parent or any parent they had before (a moved unit).</summary>
    private static HashSet<Guid> WithAncestors(IEnumerable<Guid> named, Dictionary<Guid, UnitFacts> units)
    {
        var all = new HashSet<Guid>();
        var next = new Stack<Guid>(named);
        while (next.TryPop(out var unit))
        {
            if (!units.TryGetValue(unit, out var facts) || !all.Add(unit))
                continue;
            foreach (var parent in (facts.Timeline ?? []).Select(t => t.ParentId).Append(facts.ParentId).OfType<Guid>())
                next.Push(parent);
        }
        return all;
    }

    private static IEnumerable<Guid> SecondmentUnits(SecondmentSpell s) => s.HostUnitId is { } host ? [s.SendingUnitId, host] : [s.SendingUnitId];

    /// <summary>The cadre's own stream, for cadre-record rules.</summary>
    public async Task<CadreFile?> LoadCadreAsync(Guid cadreId, CancellationToken ct) =>
        (await LoadCadresAsync([cadreId], ct)).GetValueOrDefault(cadreId);

    /// <summary>Many cadres' own streams in two round trips (profiles, events), for cadre-record rules; a cadre not registered has no file.</summary>
    public async Task<IReadOnlyDictionary<Guid, CadreFile>> LoadCadresAsync(IReadOnlyCollection<Guid> cadreIds, CancellationToken ct)
    {
        if (cadreIds.Count == 0)
            return new Dictionary<Guid, CadreFile>();
        var (cadres, events) = await CadresAsync(cadreIds, ct);
        var today = clock.Today();
        return cadres.Values.ToDictionary(c => c.Id, c => new CadreFile(c.Id, c.Name, c.BirthDate,
            [.. events[c.Id].Select(e => new CaseFileEvent(e.Version, e.Data, EffectiveOn(e.Data)))], today));
    }

    /// <summary>The relatives the cadre declared (cadre stream) and, for those in the ledger, the posts they held.</summary>
    private async Task<IReadOnlyList<KinTie>> KinAsync(IEnumerable<object> cadreEvents, CancellationToken ct)
    {
        var declared = cadreEvents.OfType<KinRelationDeclared>().ToList();
        if (declared.Count == 0)
            return [];
        var relativeIds = declared.Select(k => k.RelativeCadreId).OfType<Guid>().Distinct().ToList();
        var careers = (await session.LoadManyAsync<CadreCareer>(ct, relativeIds)).ToDictionary(c => c.Id);
        return [.. declared.Select(k => new KinTie(k.RelativeName, k.Relation,
            k.RelativeCadreId is { } id && careers.TryGetValue(id, out var career)
                ? [.. CareerTimeline.Build(career).Posts.Select(p => new RelativePost(p.Post.UnitId, p.Post.Title, p.From, p.To) { Post = p.Post })]
                : []))];
    }

    private static IEnumerable<Guid> UnitIdsOf(object data) => data switch
    {
        CaseOpened o => new[] { o.FromPost?.UnitId, o.ToPost?.UnitId }.OfType<Guid>(),
        SecondmentStarted s => [s.SendingUnitId, s.HostUnitId],
        SendingUnitConsentRecorded c => [c.SendingUnitId],
        SendingUnitOpinionRecorded o => [o.SendingUnitId],
        _ => [],
    };

    /// <summary>Every case event carries its effective date as EffectiveOn (README, "Every event").</summary>
    private static DateOnly EffectiveOn(object data) =>
        EffectiveOnProperties.GetOrAdd(data.GetType(), type => type.GetProperty("EffectiveOn"))?.GetValue(data) is DateOnly on ? on : DateOnly.MinValue;

    /// <summary>Each event type's EffectiveOn, looked up once per type rather than once per event of a catch-up.</summary>
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<Type, System.Reflection.PropertyInfo?> EffectiveOnProperties = new();
}
