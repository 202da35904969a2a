using CaseLedger.Api.GraphQL;
using CaseLedger.Api.Remit;
using CaseLedger.Api.Security;
using GraphQL;
using GraphQL.DataLoader;
using Marten;

namespace CaseLedger.Api.Units;

/// <summary>The request's batch loaders of units.</summary>
internal sealed class UnitLoaders(IQuerySession session, Jurisdiction remit)
{
    // Only what is in the request user's remit (a predicate in the same query): outside it, an id loads as null.
    public BatchLoader<Guid, UnitDetails> Units { get; } = new(async (ids, ct) =>
        (await remit.LoadManyAsync<UnitDetails>(RemitKind.Unit, ids, ct)).ToDictionary(u => u.Id));

    /// <summary>Units whatever the remit, for derived facts only (a career's grassroots years need every unit's level); never returned to a client.</summary>
    public BatchLoader<Guid, UnitDetails> UnitsForFacts { get; } = new(async (ids, ct) =>
        (await session.LoadManyAsync<UnitDetails>(ct, ids)).ToDictionary(u => u.Id));
}

internal static class UnitLoaderAccess
{
    public static UnitLoaders UnitLoaders(this IResolveFieldContext context) => context.RequestServices!.GetRequiredService<UnitLoaders>();

    public static IDataLoaderResult<UnitDetails?> LoadUnit(this IResolveFieldContext context, Guid id) => context.UnitLoaders().Units.Load(id);
}
