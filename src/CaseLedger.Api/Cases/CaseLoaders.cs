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

    /// <summary>Cases as recorded at an instant (inside a record-time view), in remit.</summary>
    public BatchLoader<(Guid Id, DateTimeOffset At), CaseSummary> CasesAsRecorded { get; } = AsRecordedLoader.Create(remit, RemitKind.Case,
        (id, at, ct) => CaseAsRecorded.AtAsync(session, id, at, ct));

    /// <summary>A cadre's cases (in remit) as recorded at an instant: those opened by then, each as it stood then, newest first.</summary>
    public BatchLoader<(Guid Id, DateTimeOffset At), IReadOnlyList<CaseSummary>> CasesOfCadreAsRecorded { get; } = new(async (keys, ct) =>
    {
        var found = new Dictionary<(Guid Id, DateTimeOffset At), IReadOnlyList<CaseSummary>>();
        foreach (var key in keys)
        {
            var ids = await remit.Within(session.Query<CaseSummary>(), RemitKind.Case).Where(c => c.CadreId == key.Id).Select(c => c.Id).ToListAsync(ct);
            var then = new List<CaseSummary>();
            foreach (var id in ids)
            {
                if (await CaseAsRecorded.AtAsync(session, id, key.At, ct) is { } view)
                    then.Add(view);
            }
            found[key] = [.. then.OrderByDescending(c => c.OpenedOn)];
        }
        return found;
    });
}

internal static class CaseLoaderAccess
{
    public static CaseLoaders CaseLoaders(this IResolveFieldContext context) => context.RequestServices!.GetRequiredService<CaseLoaders>();

    /// <summary>The case as the ledger stands, or inside a record-time view as recorded then.</summary>
    public static IDataLoaderResult<CaseSummary?> LoadCase(this IResolveFieldContext context, Guid id) =>
        context.RecordedAt() is { } at ? context.CaseLoaders().CasesAsRecorded.Load((id, at)) : context.CaseLoaders().Cases.Load(id);

    /// <summary>The cadre's cases (in remit), newest first: as the ledger stands, or inside a record-time view as recorded then.</summary>
    public static IDataLoaderResult<IReadOnlyList<CaseSummary>?> LoadCasesOfCadre(this IResolveFieldContext context, Guid cadreId) =>
        context.RecordedAt() is { } at ? context.CaseLoaders().CasesOfCadreAsRecorded.Load((cadreId, at)) : context.CaseLoaders().CasesOfCadre.Load(cadreId);
}
