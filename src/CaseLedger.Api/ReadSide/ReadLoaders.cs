using CaseLedger.Api.Cadres;
using CaseLedger.Api.Cadres.Career;
using CaseLedger.Api.Cases;
using CaseLedger.Api.GraphQL;
using CaseLedger.Api.Units;
using GraphQL;
using GraphQL.DataLoader;
using Marten;

namespace CaseLedger.Api.ReadSide;

/// <summary>The request's batch loaders: nested fields ask here, so a page costs a constant number of queries.</summary>
internal sealed class ReadLoaders(IQuerySession session)
{
    public BatchLoader<Guid, UnitDetails> Units { get; } = new(async (ids, ct) => Index(await session.LoadManyAsync<UnitDetails>(ct, ids), u => u.Id));

    public BatchLoader<Guid, CadreProfile> Cadres { get; } = new(async (ids, ct) => Index(await session.LoadManyAsync<CadreProfile>(ct, ids), c => c.Id));

    public BatchLoader<Guid, CaseSummary> Cases { get; } = new(async (ids, ct) => Index(await session.LoadManyAsync<CaseSummary>(ct, ids), c => c.Id));

    public BatchLoader<Guid, CadreCareer> Careers { get; } = new(async (ids, ct) => Index(await session.LoadManyAsync<CadreCareer>(ct, ids), c => c.Id));

    /// <summary>Every case of each cadre, newest first.</summary>
    public BatchLoader<Guid, IReadOnlyList<CaseSummary>> CasesOfCadre { get; } = new(async (ids, ct) =>
    {
        var cases = await session.Query<CaseSummary>().Where(c => ids.Contains(c.CadreId)).OrderByDescending(c => c.OpenedOn).ToListAsync(ct);
        return cases.GroupBy(c => c.CadreId).ToDictionary(g => g.Key, g => (IReadOnlyList<CaseSummary>)[.. g]);
    });

    private static Dictionary<Guid, T> Index<T>(IEnumerable<T> items, Func<T, Guid> id) => items.ToDictionary(id);
}

internal static class ReadLoaderAccess
{
    public static ReadLoaders Loaders(this IResolveFieldContext context) => context.RequestServices!.GetRequiredService<ReadLoaders>();

    public static IDataLoaderResult<UnitDetails?> LoadUnit(this IResolveFieldContext context, Guid id) => context.Loaders().Units.Load(id);

    public static IDataLoaderResult<CadreProfile?> LoadCadre(this IResolveFieldContext context, Guid id) => context.Loaders().Cadres.Load(id);
}
