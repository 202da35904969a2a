using CaseLedger.Api.Cadres.Career;
using CaseLedger.Api.GraphQL;
using CaseLedger.Api.Security;
using GraphQL;
using GraphQL.DataLoader;
using Marten;

namespace CaseLedger.Api.Cadres;

/// <summary>The request's batch loaders of cadres and their careers.</summary>
internal sealed class CadreLoaders(IQuerySession session, IRemit remit)
{
    // Only what is in the request user's remit: outside it, an id loads as null.
    public BatchLoader<Guid, CadreProfile> Cadres { get; } = new(async (ids, ct) =>
        await remit.CadresAsync(ct) is var scope && true
            ? (await session.LoadManyAsync<CadreProfile>(ct, ids)).Where(c => scope is null || scope.Contains(c.Id)).ToDictionary(c => c.Id)
            : []);

    public BatchLoader<Guid, CadreCareer> Careers { get; } = new(async (ids, ct) =>
        await remit.CadresAsync(ct) is var scope && true
            ? (await session.LoadManyAsync<CadreCareer>(ct, ids)).Where(c => scope is null || scope.Contains(c.Id)).ToDictionary(c => c.Id)
            : []);
}

internal static class CadreLoaderAccess
{
    public static CadreLoaders CadreLoaders(this IResolveFieldContext context) => context.RequestServices!.GetRequiredService<CadreLoaders>();

    public static IDataLoaderResult<CadreProfile?> LoadCadre(this IResolveFieldContext context, Guid id) => context.CadreLoaders().Cadres.Load(id);
}
