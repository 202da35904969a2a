using CaseLedger.Api.GraphQL;
using GraphQL;
using GraphQL.DataLoader;
using CaseLedger.Api.Remit;
using CaseLedger.Api.Security;
using Marten;

namespace CaseLedger.Api.Cases;

/// <summary>The request's batch loaders of cases: nested fields ask here, so a page costs a constant number of queries.</summary>
internal sealed class CaseLoaders(IQuerySession session, Jurisdiction remit)
{
    // Only what is in the request user's remit (a predicate in the same query): outside it, an id loads as null.
    public BatchLoader<Guid, CaseSummary> Cases { get; } = new(async (ids, ct) =>
        (await remit.LoadManyAsync<CaseSummary>(RemitKind.Case, ids, ct)).ToDictionary(c => c.Id));

    /// <summary>Every case of each cadre (in remit), newest first.</summary>
    public BatchLoader<Guid, IReadOnlyList<CaseSummary>> CasesOfCadre { get; } = new(async (ids, ct) =>
    {
        var cadreIds = ids.ToArray();
        var cases = await remit.Within(session.Query<CaseSummary>(), RemitKind.Case)
            .Where(c => cadreIds.Contains(c.CadreId)).OrderByDescending(c => c.OpenedOn).ToListAsync(ct);
        return cases.GroupBy(c => c.CadreId).ToDictionary(g => g.Key, g => (IReadOnlyList<CaseSummary>)[.. g]);
    });
}

internal static class CaseLoaderAccess
{
    public static CaseLoaders CaseLoaders(this IResolveFieldContext context) => context.RequestServices!.GetRequiredService<CaseLoaders>();

    public static IDataLoaderResult<CaseSummary?> LoadCase(this IResolveFieldContext context, Guid id) => context.CaseLoaders().Cases.Load(id);
}
