using CaseLedger.Api.Cadres.Career;
using CaseLedger.Api.GraphQL;
using CaseLedger.Api.Security;
using GraphQL;
using GraphQL.DataLoader;
using CaseLedger.Api.Remit;

namespace CaseLedger.Api.Cadres;

/// <summary>The request's batch loaders of cadres and their careers.</summary>
internal sealed class CadreLoaders(Jurisdiction remit)
{
    // Only what is in the request user's remit (a predicate in the same query): outside it, an id loads as null.
    public BatchLoader<Guid, CadreProfile> Cadres { get; } = new(async (ids, ct) =>
        (await remit.LoadManyAsync<CadreProfile>(RemitKind.Cadre, ids, ct)).ToDictionary(c => c.Id));

    public BatchLoader<Guid, CadreCareer> Careers { get; } = new(async (ids, ct) =>
        (await remit.LoadManyAsync<CadreCareer>(RemitKind.Cadre, ids, ct)).ToDictionary(c => c.Id));
}

internal static class CadreLoaderAccess
{
    public static CadreLoaders CadreLoaders(this IResolveFieldContext context) => context.RequestServices!.GetRequiredService<CadreLoaders>();

    public static IDataLoaderResult<CadreProfile?> LoadCadre(this IResolveFieldContext context, Guid id) => context.CadreLoaders().Cadres.Load(id);
}
