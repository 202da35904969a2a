using CaseLedger.Api.GraphQL;
using GraphQL;
using GraphQL.DataLoader;
using Marten;

namespace CaseLedger.Api.Cases;

/// <summary>The request's batch loaders of cases: nested fields ask here, so a page costs a constant number of queries.</summary>
internal sealed class CaseLoaders(IQuerySession session, Security.IRemit remit)
{
    // Only what is in the request user's remit: outside it, an id loads as null.
    public BatchLoader<Guid, CaseSummary> Cases { get; } = new(async (ids, ct) =>
        await remit.UnitsAsync(ct) is var scope && true
            ? (await session.LoadManyAsync<CaseSummary>(ct, ids)).Where(c => Jurisdiction.Covers(scope, c)).ToDictionary(c => c.Id)
            : []);

    /// <summary>Every case of each cadre (in remit), newest first.</summary>
    public BatchLoader<Guid, IReadOnlyList<CaseSummary>> CasesOfCadre { get; } = new(async (ids, ct) =>
    {
        var scope = await remit.UnitsAsync(ct);
        var cadreIds = ids.ToArray();
        var cases = await session.Query<CaseSummary>().Where(c => cadreIds.Contains(c.CadreId)).OrderByDescending(c => c.OpenedOn).ToListAsync(ct);
        return cases.Where(c => Jurisdiction.Covers(scope, c)).GroupBy(c => c.CadreId).ToDictionary(g => g.Key, g => (IReadOnlyList<CaseSummary>)[.. g]);
    });
}

internal static class CaseLoaderAccess
{
    public static CaseLoaders CaseLoaders(this IResolveFieldContext context) => context.RequestServices!.GetRequiredService<CaseLoaders>();

    public static IDataLoaderResult<CaseSummary?> LoadCase(this IResolveFieldContext context, Guid id) => context.CaseLoaders().Cases.Load(id);
}
