using CaseLedger.Api.Cadres.Career;
using CaseLedger.Api.Ledger;
using CaseLedger.Domain.Cadres;
using CaseLedger.Domain.Cases;
using JasperFx.Events;
using Marten;
using Marten.Events.Projections;

namespace CaseLedger.Api.Cases;

/// <summary>
/// Builds <see cref="CadreCareer"/> inline from the cadre's own stream and from the case streams
/// that concern the cadre. Case events do not name the cadre: they are routed by the write path's
/// <see cref="Ledger.EventMetadata.Cadre"/> header, the CaseOpened in the same batch, or (events recorded
/// before the header) the case's <see cref="CaseSummary"/>.
/// </summary>
public sealed partial class CadreCareerProjection : MultiStreamProjection<CadreCareer, Guid>
{
    public CadreCareerProjection() => CustomGrouping(GroupAsync);

    private static async Task GroupAsync(IQuerySession session, IReadOnlyList<IEvent> events, JasperFx.Events.Grouping.IEventGrouping<Guid> grouping)
    {
        var cadreOfCase = events.Select(e => e.Data).OfType<CaseOpened>().ToDictionary(o => o.CaseId, o => o.CadreId);
        foreach (var e in events)
        {
            if (IsCareerCaseEvent(e.Data) && Ledger.EventMetadata.CadreOf(e) is { } named)
                cadreOfCase.TryAdd(e.StreamId, named);
        }
        var unknown = events.Where(e => IsCareerCaseEvent(e.Data) && !cadreOfCase.ContainsKey(e.StreamId)).Select(e => e.StreamId).Distinct().ToArray();
        if (unknown.Length > 0)
        {
            foreach (var summary in await session.LoadManyAsync<CaseSummary>(unknown))
                cadreOfCase[summary.Id] = summary.CadreId;
        }

        foreach (var e in events)
        {
            if (e.Data is CadreRegistered or BaselinePostRecorded or ReservePoolEntered or ReservePoolLeft or CadreLeftService or PersonalDetailsCorrected)
                grouping.AddEvent(e.StreamId, e);
            else if (IsCareerCaseEvent(e.Data) && cadreOfCase.TryGetValue(e.StreamId, out var cadreId))
                grouping.AddEvent(cadreId, e);
        }
    }

    /// <summary>
    /// Whose career a recorded event folds into when the whole log is replayed in order (the one-pass rebuild), as
    /// <see cref="GroupAsync"/> routes it: a cadre's own events by its stream, a case's career events by the cadre its
    /// CaseOpened names, or for a later step the cadre its header names (else the opened case's, which is the summary's
    /// <see cref="CaseSummary.CadreId"/>). <paramref name="cadreOfCase"/> is the replay's memory of opened cases.
    /// </summary>
    internal static Guid? CareerOfRecorded(IEvent e, Dictionary<Guid, Guid> cadreOfCase)
    {
        switch (e.Data)
        {
            case CadreRegistered or BaselinePostRecorded or ReservePoolEntered or ReservePoolLeft or CadreLeftService or PersonalDetailsCorrected:
                return e.StreamId;
            case CaseOpened opened:
                cadreOfCase[opened.CaseId] = opened.CadreId;
                return opened.CadreId;
            case var data when IsCareerCaseEvent(data):
                return Ledger.EventMetadata.CadreOf(e) ?? (cadreOfCase.TryGetValue(e.StreamId, out var cadre) ? cadre : null);
            default:
                return null;
        }
    }

    /// <summary>
    /// Whose existing career an event about to be appended changes, as far as the write knows it: the cadre's own stream, the
    /// cadre a new case names, or the cadre a case step names (else the case, whose summary knows the cadre). Default for an
    /// event the career ignores, or one that creates it.
    /// </summary>
    internal static SharedRow CareerOf(Guid streamId, object data, Guid? namedCadre) => data switch
    {
        BaselinePostRecorded or ReservePoolEntered or ReservePoolLeft or CadreLeftService or PersonalDetailsCorrected => new(streamId, null),
        CaseOpened opened => new(opened.CadreId, null),
        _ when IsCareerCaseEvent(data) => namedCadre is { } cadre ? new(cadre, null) : new(null, streamId),
        _ => default,
    };

    private static bool IsCareerCaseEvent(object data) => data is CaseOpened or AppointmentNoticeIssued or ProbationAssessed
        or SecondmentStarted or SecondmentExtended or SecondmentEnded or SecondmentRetainedAtHost;

    public static CadreCareer Create(CadreRegistered e) => new(e.CadreId, e.BirthDate, [], [], null, null);

    public static CadreCareer Apply(PersonalDetailsCorrected e, CadreCareer current) =>
        e.Field == "birthDate" && DateOnly.TryParse(e.NewValue, System.Globalization.CultureInfo.InvariantCulture, out var birthDate)
            ? current with { BirthDate = birthDate }
            : current;

    public static CadreCareer Apply(BaselinePostRecorded e, CadreCareer current) =>
        CadreCareer.Refresh(current with { Baseline = current.Baseline.Add(new BaselineSpell(e.Post, e.From, e.To)) });

    public static CadreCareer Apply(ReservePoolEntered e, CadreCareer current) =>
        current with { Reserve = new ReserveStatus(e.TargetLevel, e.EffectiveOn, e.InspectionReference) };

    public static CadreCareer Apply(ReservePoolLeft e, CadreCareer current) => current with { Reserve = null };

    public static CadreCareer Apply(CadreLeftService e, CadreCareer current) =>
        CadreCareer.Refresh(current with { LeftServiceOn = e.EffectiveOn });

    public static CadreCareer Apply(CaseOpened e, CadreCareer current) =>
        current with { Cases = current.Cases.Add(new CaseEffect(e.CaseId, e.Kind, e.Channel, e.ToPost)) };

    public static CadreCareer Apply(AppointmentNoticeIssued e, CadreCareer current) =>
        current.WithCase(e.CaseId, c => c with { TakesEffectOn = e.TakesEffectOn });

    public static CadreCareer Apply(ProbationAssessed e, CadreCareer current) =>
        current.WithCase(e.CaseId, c => c with { TrialFailedOn = e.Passed ? null : e.EffectiveOn });

    public static CadreCareer Apply(SecondmentStarted e, CadreCareer current) =>
        current.WithCase(e.CaseId, c => c with
        {
            Secondment = (c.Secondment ?? new SecondmentFact(e.HostUnitId, e.HostPost, e.EffectiveOn, e.PlannedEndOn))
                with
            { HostUnitId = e.HostUnitId, HostPost = e.HostPost, Start = e.EffectiveOn, PlannedEnd = e.PlannedEndOn },
        });

    public static CadreCareer Apply(SecondmentExtended e, CadreCareer current) =>
        current.WithCase(e.CaseId, c => c with { Secondment = c.Secondment! with { PlannedEnd = e.NewPlannedEndOn } });

    public static CadreCareer Apply(SecondmentEnded e, CadreCareer current) =>
        current.WithCase(e.CaseId, c => c with { Secondment = c.Secondment! with { EndedOn = e.EffectiveOn } });

    public static CadreCareer Apply(SecondmentRetainedAtHost e, CadreCareer current) =>
        current.WithCase(e.CaseId, c => c with { Secondment = c.Secondment! with { RetainedOn = e.EffectiveOn, RetainedPost = e.HostPost } });
}


/// <summary>
/// The career is folded from several streams, so a write that changes one locks its row first (<see cref="ISharedReadModelLock"/>):
/// writers on different streams of one cadre then queue instead of overwriting each other's fold.
/// </summary>
internal sealed class CadreCareerLock : ISharedReadModelLock
{
    public SharedRow RowOf(Guid streamId, object data, Guid? namedCadre) => CadreCareerProjection.CareerOf(streamId, data, namedCadre);

    public async Task<IEnumerable<Guid>> LockAsync(IDocumentSession session, Guid[] rows, Guid[] viaStreams, CancellationToken ct)
    {
        // A career this session read before the lock may be stale: the projection must start from the locked row.
        session.EjectAllOfType(typeof(CadreCareer));
        var schema = session.DocumentStore.Options.DatabaseSchemaName;
        var careers = await session.QueryAsync<CadreCareer>(
            $"where d.id = any(?) or d.id in (select (s.data ->> 'CadreId')::uuid from {schema}.mt_doc_casesummary s where s.id = any(?)) order by d.id for update",
            ct, rows, viaStreams);
        return careers.Select(c => c.Id);
    }
}
