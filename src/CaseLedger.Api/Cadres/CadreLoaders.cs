using CaseLedger.Api.Cadres.Career;
using CaseLedger.Api.GraphQL;
using CaseLedger.Api.Security;
using GraphQL;
using GraphQL.DataLoader;
using CaseLedger.Api.Remit;
using Marten;

namespace CaseLedger.Api.Cadres;

/// <summary>The request's batch loaders of cadres and their careers.</summary>
internal sealed class CadreLoaders(IQuerySession session, Jurisdiction remit)
{
    // Only what is in the request user's remit (a predicate in the same query): outside it, an id loads as null.
    public BatchLoader<Guid, CadreProfile> Cadres { get; } = new(async (ids, ct) =>
        (await remit.LoadManyAsync<CadreProfile>(RemitKind.Cadre, ids, ct)).ToDictionary(c => c.Id));

    public BatchLoader<Guid, CadreCareer> Careers { get; } = new(async (ids, ct) =>
        (await remit.LoadManyAsync<CadreCareer>(RemitKind.Cadre, ids, ct)).ToDictionary(c => c.Id));

    /// <summary>Personal records as recorded at an instant (inside a record-time view), in remit.</summary>
    public BatchLoader<(Guid Id, DateTimeOffset At), CadreProfile> CadresAsRecorded { get; } = AsRecordedLoader.Create(remit, RemitKind.Cadre,
        (id, at, ct) => session.Events.AggregateStreamAsync<CadreProfile>(id, timestamp: at, token: ct));

    /// <summary>Careers as recorded at an instant, in remit.</summary>
    public BatchLoader<(Guid Id, DateTimeOffset At), CadreCareer> CareersAsRecorded { get; } = AsRecordedLoader.Create(remit, RemitKind.Cadre,
        (id, at, ct) => CareerAsRecorded.FoldAsync(session, id, at, ct));
}

internal static class CadreLoaderAccess
{
    public static CadreLoaders CadreLoaders(this IResolveFieldContext context) => context.RequestServices!.GetRequiredService<CadreLoaders>();

    /// <summary>The cadre as the ledger stands, or inside a record-time view as recorded then.</summary>
    public static IDataLoaderResult<CadreProfile?> LoadCadre(this IResolveFieldContext context, Guid id) =>
        context.RecordedAt() is { } at ? context.CadreLoaders().CadresAsRecorded.Load((id, at)) : context.CadreLoaders().Cadres.Load(id);

    /// <summary>The cadre's career as the ledger stands, or inside a record-time view as recorded then.</summary>
    public static IDataLoaderResult<CadreCareer?> LoadCareer(this IResolveFieldContext context, Guid id) =>
        context.RecordedAt() is { } at ? context.CadreLoaders().CareersAsRecorded.Load((id, at)) : context.CadreLoaders().Careers.Load(id);
}
