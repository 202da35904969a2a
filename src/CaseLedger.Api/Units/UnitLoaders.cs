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

    /// <summary>Units as recorded at an instant (inside a record-time view), in remit.</summary>
    public BatchLoader<(Guid Id, DateTimeOffset At), UnitDetails> UnitsAsRecorded { get; } = AsRecordedLoader.Create(remit, RemitKind.Unit,
        (id, at, ct) => session.Events.AggregateStreamAsync<UnitDetails>(id, timestamp: at, token: ct));

    /// <summary>Units whatever the remit, for derived facts only (a career's grassroots years need every unit's level); never returned to a client.</summary>
    public BatchLoader<Guid, UnitDetails> UnitsForFacts { get; } = new(async (ids, ct) =>
        (await session.LoadManyAsync<UnitDetails>(ct, ids)).ToDictionary(u => u.Id));
}

internal static class UnitLoaderAccess
{
    public static UnitLoaders UnitLoaders(this IResolveFieldContext context) => context.RequestServices!.GetRequiredService<UnitLoaders>();

    /// <summary>The unit as it stands, or inside a record-time view as recorded then (name, kind, parent …).</summary>
    public static IDataLoaderResult<UnitDetails?> LoadUnit(this IResolveFieldContext context, Guid id) =>
        context.RecordedAt() is { } at ? context.UnitLoaders().UnitsAsRecorded.Load((id, at)) : context.UnitLoaders().Units.Load(id);
}
