using CaseLedger.Api.Cadres.Career;
using CaseLedger.Api.GraphQL;
using CaseLedger.Api.Security;
using GraphQL;
using GraphQL.DataLoader;
using CaseLedger.Api.Remit;
using Marten;

namespace CaseLedger.Api.Cadres;

/// <summary>The request's batch loaders of cadres and their careers.</summary>
internal sealed class CadreLoaders
{
    public CadreLoaders(IQuerySession session, Jurisdiction remit)
    {
        // Only what is in the request user's remit (a predicate in the same query): outside it, an id loads as null.
        Careers = new(async (ids, ct) => (await remit.LoadManyAsync<CadreCareer>(RemitKind.Cadre, ids, ct)).ToDictionary(c => c.Id));
        // Careers already asked for (LoadCadre queues them with the cadre when the selection reads one) come in the same round trip.
        Cadres = new(async (ids, ct) =>
        {
            var careerIds = Careers.TakePending();
            if (careerIds.Count == 0)
                return (await remit.LoadManyAsync<CadreProfile>(RemitKind.Cadre, ids, ct)).ToDictionary(c => c.Id);
            var batch = session.CreateBatchQuery();
            var cadres = remit.LoadManyAsync<CadreProfile>(batch, RemitKind.Cadre, ids);
            var careers = remit.LoadManyAsync<CadreCareer>(batch, RemitKind.Cadre, careerIds);
            await batch.Execute(ct);
            Careers.Answer(careerIds, (await careers).ToDictionary(c => c.Id));
            return (await cadres).ToDictionary(c => c.Id);
        });
        CadresAsRecorded = AsRecordedLoader.Create(remit, RemitKind.Cadre,
            (id, at, ct) => session.Events.AggregateStreamAsync<CadreProfile>(id, timestamp: at, token: ct));
        CareersAsRecorded = AsRecordedLoader.Create(remit, RemitKind.Cadre,
            (id, at, ct) => CareerAsRecorded.FoldAsync(session, id, at, ct));
    }

    public BatchLoader<Guid, CadreProfile> Cadres { get; }

    public BatchLoader<Guid, CadreCareer> Careers { get; }

    /// <summary>Personal records as recorded at an instant (inside a record-time view), in remit.</summary>
    public BatchLoader<(Guid Id, DateTimeOffset At), CadreProfile> CadresAsRecorded { get; }

    /// <summary>Careers as recorded at an instant, in remit.</summary>
    public BatchLoader<(Guid Id, DateTimeOffset At), CadreCareer> CareersAsRecorded { get; }
}

internal static class CadreLoaderAccess
{
    public static CadreLoaders CadreLoaders(this IResolveFieldContext context) => context.RequestServices!.GetRequiredService<CadreLoaders>();

    /// <summary>The cadre's fields that read the career (CadreCareerFields).</summary>
    private static readonly HashSet<string> CareerFields = ["currentPosting", "posting", "career"];

    /// <summary>
    /// The cadre as the ledger stands, or inside a record-time view as recorded then. When the selection reads the
    /// career too, it is queued now, so both come in one round trip instead of one after the other.
    /// </summary>
    public static IDataLoaderResult<CadreProfile?> LoadCadre(this IResolveFieldContext context, Guid id)
    {
        if (context.RecordedAt() is { } at)
            return context.CadreLoaders().CadresAsRecorded.Load((id, at));
        if (context.SubFields?.Values.Any(f => CareerFields.Contains(f.FieldType.Name)) == true)
            context.CadreLoaders().Careers.Load(id);
        return context.CadreLoaders().Cadres.Load(id);
    }

    /// <summary>The cadre's career as the ledger stands, or inside a record-time view as recorded then.</summary>
    public static IDataLoaderResult<CadreCareer?> LoadCareer(this IResolveFieldContext context, Guid id) =>
        context.RecordedAt() is { } at ? context.CadreLoaders().CareersAsRecorded.Load((id, at)) : context.CadreLoaders().Careers.Load(id);
}
