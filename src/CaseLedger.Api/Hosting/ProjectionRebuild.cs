using System.Diagnostics;
using System.Reflection;
using CaseLedger.Api.Cases;
using CaseLedger.Api.Remit;
using CaseLedger.Domain.Shared;
using GraphQL.Types;
using JasperFx.Events;
using JasperFx.Events.Aggregation;
using JasperFx.Events.Daemon;
using Marten;
using Marten.Events.Aggregation;
using Marten.Linq.Members;
using Npgsql;
using NpgsqlTypes;

// In the composition root's folder: it folds every feature's projections, which Ledger/ may not name; the namespace stays
// Ledger's, where the rebuild's callers (the Integrity mutation, the CLI) have always found it.
namespace CaseLedger.Api.Ledger;

/// <summary>How long one projection took to rebuild from the events.</summary>
public sealed record ProjectionRebuilt(string Projection, long Events, double Seconds);

/// <summary>
/// Rebuilds every read model from the event store alone in one pass over the log: the events are read once, in pages
/// of <see cref="PageSize"/> (the next page is read while this one is folded), and every projection folds each page with
/// its own code (Marten's aggregation of the registered projection: the same Evolve/Apply and version bookkeeping the
/// inline write path runs), in the composition root's order, into documents held in memory. Then, in ONE transaction,
/// each read model's rows are replaced (delete, then COPY): another node keeps reading the old read models until the
/// commit, never an empty or half-built one. Last, the remit index from the rebuilt documents, in one statement
/// (<see cref="RemitIndex.Deferring"/>: a rebuilding process's connections leave it to this step instead of maintaining
/// it row by row). Events appended after the rebuild starts are not in its read models (as with Marten's own rebuild).
/// </summary>
internal static class ProjectionRebuild
{
    /// <summary>The name the remit index's recomputation is reported under.</summary>
    public const string RemitIndexStep = "RemitIndex";

    /// <summary>The name reading the log (the waits for a page, not the folding) is reported under.</summary>
    public const string EventsStep = "Events";

    /// <summary>Events per page read: large enough that a page costs one round trip's latency among thousands of rows.</summary>
    public const int PageSize = 20_000;

    /// <summary>How many steps a full rebuild reports: reading the log, each read model (fold and write), the remit index.</summary>
    public static int Count(IEnumerable<IFeature> features) => features.Sum(f => f.Projections.Count()) + 2;

    /// <summary>The read models in order; <paramref name="progress"/> hears of each step as it is done (the CLI's progress bar).</summary>
    public static async Task<IReadOnlyList<ProjectionRebuilt>> RebuildAllAsync(
        IDocumentStore store, IEnumerable<IFeature> features, IProgress<ProjectionRebuilt>? progress, CancellationToken ct)
    {
        var schema = store.Options.Events.DatabaseSchemaName;
        await using var session = store.QuerySession();
        var events = (await session.AdvancedSql.QueryAsync<long>($"select count(*) from {schema}.mt_events where type <> 'tombstone'", ct))[0];
        // Events recorded after this are left to the write path's inline projections (and the daemon's checkpoints).
        var ceiling = (await session.AdvancedSql.QueryAsync<long>($"select coalesce(max(seq_id), 0) from {schema}.mt_events", ct))[0];
        // The triggers' current text (they skip work on a deferring connection) before the first document is written.
        await store.Storage.ApplyAllConfiguredChangesToDatabaseAsync();

        var folds = Folds(store, features);
        // One session per fold, as they fold side by side (a projection with async Apply methods may query through it).
        var sessions = folds.Select(_ => store.QuerySession()).ToList();
        var reading = Stopwatch.StartNew();
        reading.Stop();
        var next = ReadPageAsync(store, 0, ceiling, ct);
        for (long from = 0; from < ceiling;)
        {
            reading.Start();
            var page = await next;
            reading.Stop();
            from = Math.Min(from + PageSize, ceiling);
            next = from < ceiling ? ReadPageAsync(store, from, ceiling, ct) : Task.FromResult<IReadOnlyList<IEvent>>([]);
            var streams = new Dictionary<Guid, List<IEvent>>();
            foreach (var e in page)
            {
                if (!streams.TryGetValue(e.StreamId, out var ofStream))
                    streams[e.StreamId] = ofStream = [];
                ofStream.Add(e);
            }
            // The read models are independent of each other (each its own documents), so they fold the page side by side.
            await Task.WhenAll(folds.Select((fold, i) => Task.Run(async () => await fold.ApplyAsync(sessions[i], page, streams, ct), ct)));
        }

        foreach (var opened in sessions)
            await opened.DisposeAsync();

        var rebuilt = new List<ProjectionRebuilt> { new(EventsStep, events, reading.Elapsed.TotalSeconds) };
        progress?.Report(rebuilt[^1]);
        await ReplaceAsync(store, folds, ceiling, ct);
        foreach (var fold in folds)
        {
            rebuilt.Add(new ProjectionRebuilt(fold.Name, events, fold.Watch.Elapsed.TotalSeconds));
            progress?.Report(rebuilt[^1]);
        }

        var remit = Stopwatch.StartNew();
        await RemitIndex.RefreshAsync(store, ct);
        rebuilt.Add(new ProjectionRebuilt(RemitIndexStep, events, remit.Elapsed.TotalSeconds));
        progress?.Report(rebuilt[^1]);
        return rebuilt;
    }

    /// <summary>The events in (<paramref name="after"/>, after + PageSize], in order, tombstones of failed appends left out.</summary>
    private static async Task<IReadOnlyList<IEvent>> ReadPageAsync(IDocumentStore store, long after, long ceiling, CancellationToken ct)
    {
        var to = Math.Min(after + PageSize, ceiling);
        await using var session = store.QuerySession();
        var page = await session.Events.QueryAllRawEvents()
            .Where(e => e.Sequence > after && e.Sequence <= to)
            .OrderBy(e => e.Sequence)
            .ToListAsync(ct);
        return [.. page.Where(e => e.EventTypeName != "tombstone")];
    }

    /// <summary>One fold per registered projection the features list, in their order.</summary>
    private static List<Fold> Folds(IDocumentStore store, IEnumerable<IFeature> features)
    {
        var registered = ((StoreOptions)store.Options).Projections.All;
        var folds = new List<Fold>();
        CaseCheckpointProjection? checkpoints = null;
        foreach (var type in features.SelectMany(f => f.Projections))
        {
            var projection = registered.SingleOrDefault(p => p.GetType() == type)
                ?? throw new InvalidOperationException($"{type.Name} is listed by a feature but not registered with the store.");
            switch (projection)
            {
                case CadreCareerProjection career:
                    folds.Add(new CareerFold(career));
                    break;
                case CaseCheckpointProjection checkpoint:
                    checkpoints = checkpoint;
                    break;
                default:
                    var document = StreamDocumentOf(type)
                        ?? throw new InvalidOperationException($"{type.Name} is neither a single-stream projection nor one this rebuild knows.");
                    folds.Add((Fold)Activator.CreateInstance(typeof(StreamFold<>).MakeGenericType(document), projection)!);
                    break;
            }
        }
        if (checkpoints is not null)
        {
            // Checkpoints are the case summary at every N-th version: taken from the summary's own fold as it passes them.
            var summaries = folds.OfType<StreamFold<CaseSummary>>().SingleOrDefault()
                ?? throw new InvalidOperationException("Case checkpoints are rebuilt from the case summaries' fold, which is not registered.");
            var fold = new CheckpointFold(checkpoints);
            summaries.Checkpoints = fold;
            folds.Add(fold);
        }
        return folds;
    }

    private static Type? StreamDocumentOf(Type projection)
    {
        for (var t = projection; t is not null; t = t.BaseType)
        {
            if (t.IsGenericType && t.GetGenericTypeDefinition() == typeof(SingleStreamProjection<,>) && t.GetGenericArguments()[1] == typeof(Guid))
                return t.GetGenericArguments()[0];
        }
        return null;
    }

    /// <summary>
    /// Every read model's rows replaced in one transaction: delete, then COPY the folded documents (as Marten stores them:
    /// its serializer, the .NET type, the version of the last event folded). Readers on other connections see the old rows
    /// until the commit. The case checkpoints' daemon position moves to the last event folded, as Marten's rebuild leaves it.
    /// </summary>
    private static async Task ReplaceAsync(IDocumentStore store, List<Fold> folds, long ceiling, CancellationToken ct)
    {
        var serializer = store.Options.Serializer();
        await using var connection = store.Storage.Database.CreateConnection();
        await connection.OpenAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        foreach (var fold in folds)
        {
            fold.Watch.Start();
            var mapping = store.Options.FindOrResolveDocumentType(fold.DocumentType);
            var table = mapping.TableName.QualifiedName;
            await using (var delete = new NpgsqlCommand($"delete from {table}", connection, transaction) { CommandTimeout = 0 })
                await delete.ExecuteNonQueryAsync(ct);
            // The columns Marten keeps beside the JSON (duplicated fields), filled from each document as its upsert would.
            var duplicated = mapping.DuplicatedFields;
            if (duplicated.FirstOrDefault(f => f.MemberType.IsEnum) is { } enumField)
                throw new NotSupportedException($"{table}.{enumField.ColumnName}: an enum duplicated field would need Marten's enum storage, which the rebuild does not write.");
            var columns = string.Concat(duplicated.Select(f => $", {f.ColumnName}"));
            await using (var copy = await connection.BeginBinaryImportAsync(
                $"copy {table} (id, data, mt_dotnet_type, mt_version{columns}) from stdin (format binary)", ct))
            {
                copy.Timeout = TimeSpan.Zero;
                var typeName = fold.DocumentType.FullName;
                // Serialised on every core, a chunk at a time (bounded memory), the next chunk while this one streams to
                // PostgreSQL: the COPY itself is one stream, and PostgreSQL stored one chunk while the next was serialised.
                using var chunks = fold.Documents().Chunk(4_096).GetEnumerator();
                Task<List<(object Id, object Document, string Json, object Version)>>? Serialize()
                {
                    if (!chunks.MoveNext())
                        return null;
                    var chunk = chunks.Current;
                    return Task.Run(() => chunk.AsParallel().AsOrdered().Select(d => (d.Id, d.Document, Json: serializer.ToJson(d.Document), d.Version)).ToList(), ct);
                }
                for (var serializing = Serialize(); serializing is not null;)
                {
                    var rows = await serializing;
                    serializing = Serialize();
                    foreach (var (id, document, json, version) in rows)
                    {
                        await copy.StartRowAsync(ct);
                        await copy.WriteAsync(id, id is Guid ? NpgsqlDbType.Uuid : NpgsqlDbType.Varchar, ct);
                        await copy.WriteAsync(json, NpgsqlDbType.Jsonb, ct);
                        await copy.WriteAsync(typeName, NpgsqlDbType.Varchar, ct);
                        await copy.WriteAsync(version, version is Guid ? NpgsqlDbType.Uuid : NpgsqlDbType.Bigint, ct);
                        foreach (var field in duplicated)
                            await copy.WriteAsync(ValueOf(field, document), field.DbType, ct);
                    }
                }
                await copy.CompleteAsync(ct);
            }
            if (fold is CheckpointFold checkpoints)
            {
                foreach (var shard in checkpoints.Projection.ShardNames())
                {
                    await using var progression = new NpgsqlCommand(
                        $"""
                        insert into {store.Options.Events.DatabaseSchemaName}.mt_event_progression (name, last_seq_id, last_updated) values (@name, @seq, transaction_timestamp())
                        on conflict (name) do update set last_seq_id = excluded.last_seq_id, last_updated = excluded.last_updated
                        """, connection, transaction);
                    progression.Parameters.AddWithValue("name", shard.Identity);
                    progression.Parameters.AddWithValue("seq", ceiling);
                    await progression.ExecuteNonQueryAsync(ct);
                }
            }
            fold.Watch.Stop();
        }
        await transaction.CommitAsync(ct);
    }

    /// <summary>A duplicated field's value in a document: its member path, followed from the document.</summary>
    private static object? ValueOf(DuplicatedField field, object document)
    {
        object? value = document;
        foreach (var member in field.Members)
            value = value is null ? null : member is PropertyInfo property ? property.GetValue(value) : ((FieldInfo)member).GetValue(value);
        return value;
    }

    /// <summary>One read model being rebuilt: its documents, folded page by page.</summary>
    private abstract class Fold
    {
        /// <summary>Time spent folding and writing this read model.</summary>
        public Stopwatch Watch { get; } = new();

        public abstract string Name { get; }

        public abstract Type DocumentType { get; }

        /// <summary>Folds one page: its events in order, and the same events grouped by stream (each stream's in order).</summary>
        public abstract ValueTask ApplyAsync(IQuerySession session, IReadOnlyList<IEvent> page, Dictionary<Guid, List<IEvent>> streams, CancellationToken ct);

        /// <summary>Each document with its id and the version Marten keeps with it: the stream's for a stream's document, else a fresh uuid.</summary>
        public abstract IEnumerable<(object Id, object Document, object Version)> Documents();
    }

    /// <summary>The documents of a fold: the folded document and the version Marten stores with it.</summary>
    private sealed class Folded<TDoc>
    {
        public TDoc? Document;
        public long Version;
    }

    /// <summary>The identity of the document being folded: already set by the projection's Create, so nothing to set.</summary>
    private sealed class KnownIdentity<TDoc>(Guid id) : IIdentitySetter<TDoc, Guid>
        where TDoc : notnull
    {
        public void SetIdentity(TDoc document, Guid identity)
        {
        }

        public Guid Identity(TDoc document) => id;
    }

    /// <summary>
    /// A single-stream projection: each page's events grouped by stream (in order), each stream's group handed to the
    /// projection's own aggregation (<see cref="IAggregator{T,TQuerySession}"/>: Marten's fold of the registered projection,
    /// the event's version set as the inline write sets it), as an inline write hands it the events it appends to a stream.
    /// </summary>
    private sealed class StreamFold<TDoc>(SingleStreamProjection<TDoc, Guid> projection) : Fold
        where TDoc : class
    {
        private readonly IAggregator<TDoc, IQuerySession> _aggregator = projection;
        private readonly Dictionary<Guid, Folded<TDoc>> _documents = [];
        private readonly Dictionary<Type, bool> _applies = [];

        public CheckpointFold? Checkpoints { get; set; }

        public override string Name => projection.GetType().Name;

        public override Type DocumentType => typeof(TDoc);

        public override async ValueTask ApplyAsync(IQuerySession session, IReadOnlyList<IEvent> page, Dictionary<Guid, List<IEvent>> streams, CancellationToken ct)
        {
            Watch.Start();
            foreach (var (id, events) in streams)
            {
                // As the inline projection: a stream none of whose events it handles is not its stream.
                if (!events.Any(e => Applies(e.EventType)))
                    continue;
                _documents.TryGetValue(id, out var folded);
                var snapshot = Checkpoints is { } checkpoints
                    ? await FoldTakingCheckpointsAsync(session, id, folded?.Document, events, checkpoints, ct)
                    : await _aggregator.BuildAsync(events, session, folded?.Document, ct);
                if (snapshot is null)
                {
                    _documents.Remove(id);
                    continue;
                }
                folded ??= _documents[id] = new Folded<TDoc>();
                folded.Document = snapshot;
                folded.Version = events[^1].Version;
            }
            Watch.Stop();
        }

        /// <summary>Folds up to each N-th version of a case separately, so its checkpoint holds the summary as it stood there.</summary>
        private async ValueTask<TDoc?> FoldTakingCheckpointsAsync(
            IQuerySession session, Guid id, TDoc? snapshot, List<IEvent> events, CheckpointFold checkpoints, CancellationToken ct)
        {
            var start = 0;
            for (var i = 0; i < events.Count; i++)
            {
                if (events[i].Version % checkpoints.Every != 0 || events[i].Data is not ICaseEvent)
                    continue;
                snapshot = await _aggregator.BuildAsync(events.GetRange(start, i + 1 - start), session, snapshot, ct);
                if (snapshot is CaseSummary summary)
                    checkpoints.Add(id, events[i], summary);
                start = i + 1;
            }
            return start < events.Count ? await _aggregator.BuildAsync(events.GetRange(start, events.Count - start), session, snapshot, ct) : snapshot;
        }

        private bool Applies(Type eventType)
        {
            if (!_applies.TryGetValue(eventType, out var applies))
                _applies[eventType] = applies = projection.AppliesTo([eventType]);
            return applies;
        }

        public override IEnumerable<(object Id, object Document, object Version)> Documents() =>
            _documents.Select(d => ((object)d.Key, (object)d.Value.Document!, (object)d.Value.Version));
    }

    /// <summary>
    /// The careers: each page's career events routed to their cadre (<see cref="CadreCareerProjection.CareerOfRecorded"/>,
    /// the projection's own routing) and folded per cadre, in order, by the projection's own aggregation.
    /// </summary>
    private sealed class CareerFold(CadreCareerProjection projection) : Fold
    {
        private readonly Dictionary<Guid, Folded<Cadres.Career.CadreCareer>> _documents = [];
        private readonly Dictionary<Guid, Guid> _cadreOfCase = [];

        public override string Name => projection.GetType().Name;

        public override Type DocumentType => typeof(Cadres.Career.CadreCareer);

        public override async ValueTask ApplyAsync(IQuerySession session, IReadOnlyList<IEvent> page, Dictionary<Guid, List<IEvent>> streams, CancellationToken ct)
        {
            Watch.Start();
            var slices = new Dictionary<Guid, List<IEvent>>();
            foreach (var e in page)
            {
                if (CadreCareerProjection.CareerOfRecorded(e, _cadreOfCase) is not { } cadre)
                    continue;
                if (!slices.TryGetValue(cadre, out var events))
                    slices[cadre] = events = [];
                events.Add(e);
            }
            foreach (var (cadre, events) in slices)
            {
                _documents.TryGetValue(cadre, out var folded);
                var (career, action) = await projection.DetermineActionAsync(session, folded?.Document, cadre, new KnownIdentity<Cadres.Career.CadreCareer>(cadre), events, ct);
                if (career is not null)
                {
                    foreach (var e in events)
                        career = projection.ApplyMetadata(career, e);
                }
                if (career is null || action is ActionType.Delete or ActionType.HardDelete)
                {
                    _documents.Remove(cadre);
                    continue;
                }
                folded ??= _documents[cadre] = new Folded<Cadres.Career.CadreCareer>();
                folded.Document = career;
                folded.Version = events[^1].Sequence;
            }
            Watch.Stop();
        }

        public override IEnumerable<(object Id, object Document, object Version)> Documents() =>
            _documents.Select(d => ((object)d.Key, (object)d.Value.Document!, (object)d.Value.Version));
    }

    /// <summary>The case checkpoints, taken by the case summaries' fold as each case passes every N-th version.</summary>
    private sealed class CheckpointFold(CaseCheckpointProjection projection) : Fold
    {
        private readonly List<CaseCheckpoint> _checkpoints = [];

        public CaseCheckpointProjection Projection => projection;

        public int Every => projection.Every;

        public override string Name => projection.GetType().Name;

        public override Type DocumentType => typeof(CaseCheckpoint);

        public void Add(Guid caseId, IEvent at, CaseSummary state) => _checkpoints.Add(CaseCheckpoint.Of(caseId, at, state));

        // The summary's fold takes the checkpoints as it goes.
        public override ValueTask ApplyAsync(IQuerySession session, IReadOnlyList<IEvent> page, Dictionary<Guid, List<IEvent>> streams, CancellationToken ct) => ValueTask.CompletedTask;

        public override IEnumerable<(object Id, object Document, object Version)> Documents() =>
            _checkpoints.Select(c => ((object)c.Id, (object)c, (object)Guid.CreateVersion7()));
    }
}

internal sealed class ProjectionRebuiltType : ObjectGraphType<ProjectionRebuilt>
{
    public ProjectionRebuiltType()
    {
        Name = "ProjectionRebuilt";
        Description = "One step of a rebuild from the events.";
        Field(x => x.Projection).Description("The step: Events is reading the log once (the waits for its pages); then each projection by name (folding every page and writing its rows); RemitIndex is the remit (管辖范围) index recomputed from the rebuilt documents, last.");
        Field(x => x.Events).Description("Events in the ledger when it was rebuilt.");
        Field(x => x.Seconds).Description("Wall-clock seconds the step took.");
    }
}

internal static class ProjectionRebuildField
{
    public static void AddRebuildProjections(this ObjectGraphType mutation) =>
        mutation.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ProjectionRebuiltType>>>>("rebuildProjections")
            .Description("管理员: rebuild every read model (units, cadre profiles and careers, case summaries, audit findings) from the events alone, in one pass over the log, replacing them in one transaction; then the remit index from them. Events are untouched.")
            .ResolveAsync(async c => await ProjectionRebuild.RebuildAllAsync(c.RequestServices!.GetRequiredService<IDocumentStore>(), c.RequestServices!.GetServices<IFeature>(), null, c.CancellationToken));
}
