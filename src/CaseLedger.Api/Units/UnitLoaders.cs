using CaseLedger.Api.GraphQL;
using CaseLedger.Api.Security;
using GraphQL;
using GraphQL.DataLoader;
using Marten;

namespace CaseLedger.Api.Units;

/// <summary>The request's batch loaders of units.</summary>
internal sealed class UnitLoaders(IQuerySession session, IRemit remit)
{
    // Only what is in the request user's remit: outside it, an id loads as null.
    public BatchLoader<Guid, UnitDetails> Units { get; } = new(async (ids, ct) =>
        await remit.UnitsAsync(ct) is var scope && true
            ? (await session.LoadManyAsync<UnitDetails>(ct, ids)).Where(u => scope is null || scope.Contains(u.Id)).ToDictionary(u => u.Id)
            : []);

    /// <summary>Units whatever the remit, for derived facts only (a career's grassroots years need every unit's level); never returned to a client.</summary>
    public BatchLoader<Guid, UnitDetails> UnitsForFacts { get; } = new(async (ids, ct) =>
        (await session.LoadManyAsync<UnitDetails>(ct, ids)).ToDictionary(u => u.Id));
}

internal static class UnitLoaderAccess
{
    public static UnitLoaders UnitLoaders(this IResolveFieldContext context) => context.RequestServices!.GetRequiredService<UnitLoaders>();

    public static IDataLoaderResult<UnitDetails?> LoadUnit(this IResolveFieldContext context, Guid id) => context.UnitLoaders().Units.Load(id);
}
