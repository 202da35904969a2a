using System.Globalization;
using CaseLedger.Api.Cadres;
using CaseLedger.Api.Cadres.Career;
using CaseLedger.Api.Cases;
using CaseLedger.Api.GraphQL;
using CaseLedger.Api.Remit;
using CaseLedger.Api.Security;
using CaseLedger.Api.Units;
using GraphQL;
using GraphQL.DataLoader;
using Marten;
using Marten.Linq.MatchesSql;

namespace CaseLedger.Api.ReadSide;

/// <summary>A stream's version (a class, so the batch loader can hold it).</summary>
internal sealed record StreamVersion(long Value);

/// <summary>The request's batch loaders: nested fields ask here, so a page costs a constant number of queries.</summary>
internal sealed class ReadLoaders(IQuerySession session, Jurisdiction jurisdiction)
{
    // Every loader keeps only what is in the request user's remit: outside it, an id loads as null.
    // The remit is a predicate in the same query that reads the documents: no extra round trip, no remit computed.
    public BatchLoader<Guid, UnitDetails> Units { get; } = new(async (ids, ct) =>
        Index(await InRemitAsync<UnitDetails>(session, jurisdiction, RemitKind.Unit, ids, ct), u => u.Id));

    public BatchLoader<Guid, CadreProfile> Cadres { get; } = new(async (ids, ct) =>
        Index(await InRemitAsync<CadreProfile>(session, jurisdiction, RemitKind.Cadre, ids, ct), c => c.Id));

    public BatchLoader<Guid, CaseSummary> Cases { get; } = new(async (ids, ct) =>
        Index(await InRemitAsync<CaseSummary>(session, jurisdiction, RemitKind.Case, ids, ct), c => c.Id));

    public BatchLoader<Guid, CadreCareer> Careers { get; } = new(async (ids, ct) =>
        Index(await InRemitAsync<CadreCareer>(session, jurisdiction, RemitKind.Cadre, ids, ct), c => c.Id));

    /// <summary>Units whatever the remit, for derived facts only (a career's grassroots years need every unit's level); never returned to a client.</summary>
    public BatchLoader<Guid, UnitDetails> UnitsForFacts { get; } = new(async (ids, ct) => Index(await session.LoadManyAsync<UnitDetails>(ct, ids), u => u.Id));

    /// <summary>Every case of each cadre (in remit), newest first.</summary>
    public BatchLoader<Guid, IReadOnlyList<CaseSummary>> CasesOfCadre { get; } = new(async (ids, ct) =>
    {
        var cadreIds = ids.ToArray();
        var cases = await jurisdiction.Within(session.Query<CaseSummary>(), RemitKind.Case)
            .Where(c => cadreIds.Contains(c.CadreId)).OrderByDescending(c => c.OpenedOn).ToListAsync(ct);
        return cases.GroupBy(c => c.CadreId).ToDictionary(g => g.Key, g => (IReadOnlyList<CaseSummary>)[.. g]);
    });

    /// <summary>Each stream's current version, straight from mt_streams: the value to pass as expectedVersion.</summary>
    public BatchLoader<Guid, StreamVersion> StreamVersions { get; } = new(async (ids, ct) =>
    {
        var rows = await session.AdvancedSql.QueryAsync<string>(
            $"select id::text || ' ' || version from {session.DocumentStore.Options.Events.DatabaseSchemaName}.mt_streams where id = any(?)", ct, ids.ToArray());
        return rows.Select(r => r.Split(' ')).ToDictionary(r => Guid.Parse(r[0]), r => new StreamVersion(long.Parse(r[1], CultureInfo.InvariantCulture)));
    });

    private static async Task<IReadOnlyList<T>> InRemitAsync<T>(IQuerySession session, Jurisdiction jurisdiction, RemitKind kind, IEnumerable<Guid> ids, CancellationToken ct)
        where T : notnull
    {
        if (jurisdiction.IsUnlimited)
            return await session.LoadManyAsync<T>(ct, ids);
        var wanted = ids.ToArray();
        return await jurisdiction.Within(session.Query<T>(), kind).Where(x => x.MatchesSql("d.id = any(?)", wanted)).ToListAsync(ct);
    }

    private static Dictionary<Guid, T> Index<T>(IEnumerable<T> items, Func<T, Guid> id) => items.ToDictionary(id);
}

internal static class ReadLoaderAccess
{
    public static ReadLoaders Loaders(this IResolveFieldContext context) => context.RequestServices!.GetRequiredService<ReadLoaders>();

    public static IDataLoaderResult<UnitDetails?> LoadUnit(this IResolveFieldContext context, Guid id) => context.Loaders().Units.Load(id);

    public static IDataLoaderResult<CadreProfile?> LoadCadre(this IResolveFieldContext context, Guid id) => context.Loaders().Cadres.Load(id);
}
