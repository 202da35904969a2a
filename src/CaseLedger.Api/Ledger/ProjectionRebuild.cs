using System.Diagnostics;
using CaseLedger.Api.Remit;
using GraphQL.Types;
using Marten;

namespace CaseLedger.Api.Ledger;

/// <summary>How long one projection took to rebuild from the events.</summary>
public sealed record ProjectionRebuilt(string Projection, long Events, double Seconds);

/// <summary>
/// Rebuilds every read model from the event store alone, in dependency order: features in the
/// composition root's order, each feature's projections in the order it lists them (the career
/// projection routes case events through the case summaries, so those come first); then the remit
/// index from the rebuilt documents, in one statement (<see cref="RemitIndex.Deferring"/>: a rebuilding
/// process's connections leave it to this step instead of maintaining it row by row).
/// </summary>
internal static class ProjectionRebuild
{
    /// <summary>The name the remit index's recomputation is reported under.</summary>
    public const string RemitIndexStep = "RemitIndex";

    /// <summary>How many steps a full rebuild runs, the remit index included (the CLI's progress bar counts events over all of them).</summary>
    public static int Count(IEnumerable<IFeature> features) => features.Sum(f => f.Projections.Count()) + 1;

    /// <summary>The read models in order; <paramref name="progress"/> hears of each as it is done (the CLI's progress bar).</summary>
    public static async Task<IReadOnlyList<ProjectionRebuilt>> RebuildAllAsync(
        IDocumentStore store, IEnumerable<IFeature> features, IProgress<ProjectionRebuilt>? progress, CancellationToken ct)
    {
        var inOrder = features.SelectMany(f => f.Projections).ToList();
        await using var session = store.QuerySession();
        var events = (await session.AdvancedSql.QueryAsync<long>(
            $"select count(*) from {store.Options.Events.DatabaseSchemaName}.mt_events where type <> 'tombstone'", ct))[0];
        // The triggers' current text (they skip work on a deferring connection) before the first document is written.
        await store.Storage.ApplyAllConfiguredChangesToDatabaseAsync();
        using var daemon = await store.BuildProjectionDaemonAsync();
        var rebuilt = new List<ProjectionRebuilt>();
        foreach (var projection in inOrder)
        {
            var watch = Stopwatch.StartNew();
            await daemon.RebuildProjectionAsync(projection, TimeSpan.FromMinutes(10), ct);
            rebuilt.Add(new ProjectionRebuilt(projection.Name, events, watch.Elapsed.TotalSeconds));
            progress?.Report(rebuilt[^1]);
        }

        var remit = Stopwatch.StartNew();
        await RemitIndex.RefreshAsync(store, ct);
        rebuilt.Add(new ProjectionRebuilt(RemitIndexStep, events, remit.Elapsed.TotalSeconds));
        progress?.Report(rebuilt[^1]);
        return rebuilt;
    }
}

internal sealed class ProjectionRebuiltType : ObjectGraphType<ProjectionRebuilt>
{
    public ProjectionRebuiltType()
    {
        Name = "ProjectionRebuilt";
        Description = "One read model rebuilt from the events.";
        Field(x => x.Projection).Description("The projection's name; RemitIndex is the remit (管辖范围) index recomputed from the rebuilt documents, last.");
        Field(x => x.Events).Description("Events in the ledger when it was rebuilt.");
        Field(x => x.Seconds).Description("Wall-clock seconds the rebuild took.");
    }
}

internal static class ProjectionRebuildField
{
    public static void AddRebuildProjections(this ObjectGraphType mutation) =>
        mutation.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ProjectionRebuiltType>>>>("rebuildProjections")
            .Description("管理员: rebuild every read model (units, cadre profiles and careers, case summaries, audit findings) from the events alone, then the remit index from them. Events are untouched.")
            .ResolveAsync(async c => await ProjectionRebuild.RebuildAllAsync(c.RequestServices!.GetRequiredService<IDocumentStore>(), c.RequestServices!.GetServices<IFeature>(), null, c.CancellationToken));
}
