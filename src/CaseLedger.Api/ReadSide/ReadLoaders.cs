using System.Globalization;
using CaseLedger.Api.Cadres;
using CaseLedger.Api.Cadres.Career;
using CaseLedger.Api.Cases;
using CaseLedger.Api.GraphQL;
using CaseLedger.Api.Security;
using CaseLedger.Api.Units;
using GraphQL;
using GraphQL.DataLoader;
using Marten;

namespace CaseLedger.Api.ReadSide;

/// <summary>A stream's version (a class, so the batch loader can hold it).</summary>
internal sealed record StreamVersion(long Value);

/// <summary>The request's batch loaders: nested fields ask here, so a page costs a constant number of queries.</summary>
internal sealed class ReadLoaders(IQuerySession session, Jurisdiction jurisdiction)
{
    // Every loader keeps only what is in the request user's remit: outside it, an id loads as null.
    public BatchLoader<Guid, UnitDetails> Units { get; } = new(async (ids, ct) =>
        await jurisdiction.UnitsAsync(ct) is var scope && true
            ? Index((await session.LoadManyAsync<UnitDetails>(ct, ids)).Where(u => scope is null || scope.Contains(u.Id)), u => u.Id)
            : []);

    public BatchLoader<Guid, CadreProfile> Cadres { get; } = new(async (ids, ct) =>
        await jurisdiction.CadresAsync(ct) is var scope && true
            ? Index((await session.LoadManyAsync<CadreProfile>(ct, ids)).Where(c => scope is null || scope.Contains(c.Id)), c => c.Id)
            : []);

    public BatchLoader<Guid, CaseSummary> Cases { get; } = new(async (ids, ct) =>
        await jurisdiction.UnitsAsync(ct) is var scope && true
            ? Index((await session.LoadManyAsync<CaseSummary>(ct, ids)).Where(c => Jurisdiction.Covers(scope, c)), c => c.Id)
            : []);

    public BatchLoader<Guid, CadreCareer> Careers { get; } = new(async (ids, ct) =>
        await jurisdiction.CadresAsync(ct) is var scope && true
            ? Index((await session.LoadManyAsync<CadreCareer>(ct, ids)).Where(c => scope is null || scope.Contains(c.Id)), c => c.Id)
            : []);

    /// <summary>Units whatever the remit, for derived facts only (a career's grassroots years need every unit's level); never returned to a client.</summary>
    public BatchLoader<Guid, UnitDetails> UnitsForFacts { get; } = new(async (ids, ct) => Index(await session.LoadManyAsync<UnitDetails>(ct, ids), u => u.Id));

    /// <summary>Every case of each cadre (in remit), newest first.</summary>
    public BatchLoader<Guid, IReadOnlyList<CaseSummary>> CasesOfCadre { get; } = new(async (ids, ct) =>
    {
        var scope = await jurisdiction.UnitsAsync(ct);
        var cadreIds = ids.ToArray();
        var cases = await session.Query<CaseSummary>().Where(c => cadreIds.Contains(c.CadreId)).OrderByDescending(c => c.OpenedOn).ToListAsync(ct);
        return cases.Where(c => Jurisdiction.Covers(scope, c)).GroupBy(c => c.CadreId).ToDictionary(g => g.Key, g => (IReadOnlyList<CaseSummary>)[.. g]);
    });

    /// <summary>Each stream's current version, straight from mt_streams: the value to pass as expectedVersion.</summary>
    public BatchLoader<Guid, StreamVersion> StreamVersions { get; } = new(async (ids, ct) =>
    {
        var rows = await session.AdvancedSql.QueryAsync<string>(
            $"select id::text || ' ' || version from {session.DocumentStore.Options.Events.DatabaseSchemaName}.mt_streams where id = any(?)", ct, ids.ToArray());
        return rows.Select(r => r.Split(' ')).ToDictionary(r => Guid.Parse(r[0]), r => new StreamVersion(long.Parse(r[1], CultureInfo.InvariantCulture)));
    });

    private static Dictionary<Guid, T> Index<T>(IEnumerable<T> items, Func<T, Guid> id) => items.ToDictionary(id);
}

internal static class ReadLoaderAccess
{
    public static ReadLoaders Loaders(this IResolveFieldContext context) => context.RequestServices!.GetRequiredService<ReadLoaders>();

    public static IDataLoaderResult<UnitDetails?> LoadUnit(this IResolveFieldContext context, Guid id) => context.Loaders().Units.Load(id);

    public static IDataLoaderResult<CadreProfile?> LoadCadre(this IResolveFieldContext context, Guid id) => context.Loaders().Cadres.Load(id);
}
