using CaseLedger.Api.Cadres.Career;
using CaseLedger.Api.Cases;
using CaseLedger.Domain.Shared;
using JasperFx;
using Marten;

namespace CaseLedger.Api.Ledger;

/// <summary>A stream's decision state, the version it was read at and the hash of its last event.</summary>
internal sealed record LoadedStream<T>(Guid Id, T State, long Version, string Head)
{
    /// <summary>The stream's first event (a case's CaseOpened) when it was read from the store; null for one a batch just recorded.</summary>
    public object? Origin { get; init; }
}

/// <summary>
/// The one write path. Reads a stream by folding its events with the domain's pure Evolve, and
/// appends decided events at the version read — so a writer that got there first makes the save
/// fail (CONCURRENCY_CONFLICT) — each stamped with its command's recording, the recorded time and
/// its link in the stream's hash chain.
/// </summary>
internal sealed class LedgerAppender(IDocumentSession session, TimeProvider clock)
{
    private (Guid Stream, Recording Recording)? first;
    private long firstStreamVersion;
    private readonly HashSet<Guid> careersToLock = [];
    private readonly HashSet<Guid> casesWhoseCareerToLock = [];
    private readonly HashSet<Guid> lockedCareers = [];

    public IDocumentSession Session => session;

    public async Task<LoadedStream<T>> ReadAsync<T>(Guid id, int? expectedVersion, string idField, CancellationToken ct)
        where T : class, IAggregate<T>
    {
        var events = await session.Events.FetchStreamAsync(id, token: ct);
        var state = events.Aggregate((T?)null, (current, e) => T.Evolve(current, e.Data))
            ?? throw new DomainException(ErrorCodes.NotFound, $"{idField} 不存在 / No {T.StreamName} has this {idField}.", idField);
        var version = events[^1].Version;
        if (expectedVersion is { } expected && expected != version)
            throw Conflict($"{T.StreamName} 已更新至第 {version} 版 / The {T.StreamName} is at version {version}, not {expected}.");
        return new LoadedStream<T>(id, state, version, events[^1].GetHeader(EventHash.Header)?.ToString() ?? EventHash.Genesis) { Origin = events[0].Data };
    }

    /// <summary>Starts a new stream; saving fails if the id is taken.</summary>
    public void Start(Recording recording, Guid id, params object[] events) =>
        session.Events.StartStream(id, Chain(recording, id, 0, EventHash.Genesis, events));

    /// <summary>Appends the decided events; saving fails if anyone appended since the stream was read.</summary>
    public void Append<T>(Recording recording, LoadedStream<T> stream, params object[] events)
        where T : class =>
        session.Events.Append(stream.Id, stream.Version + events.Length, Chain(recording, stream.Id, stream.Version, stream.Head, events));

    /// <summary>
    /// <see cref="Append{T}"/> for a case's events, each naming its cadre in the <see cref="EventMetadata.Cadre"/> header, so the
    /// career projection routes them without looking the case up (a round trip per write).
    /// </summary>
    public void AppendForCadre<T>(Recording recording, LoadedStream<T> stream, Guid cadreId, IReadOnlyList<object> events)
        where T : class =>
        session.Events.Append(stream.Id, stream.Version + events.Count, Chain(recording, stream.Id, stream.Version, stream.Head, [.. events], cadreId));

    /// <summary>
    /// Starts (<paramref name="stream"/> null) or appends to a stream like <see cref="Start"/> and <see cref="Append{T}"/>, and returns
    /// it as it will stand once saved: state folded, version and hash head advanced. Lets a batch decide on the same stream again
    /// before one save (the seeder); each call is stamped with its own recording.
    /// </summary>
    public LoadedStream<T> Record<T>(Recording recording, Guid id, LoadedStream<T>? stream, params object[] events)
        where T : class, IAggregate<T>
    {
        var (version, head) = stream is null ? (0L, EventHash.Genesis) : (stream.Version, stream.Head);
        var chained = Chain(recording, id, version, head, events);
        if (stream is null)
            session.Events.StartStream(id, chained);
        else
            session.Events.Append(id, version + events.Length, chained);
        var state = events.Aggregate(stream?.State, T.Evolve)
            ?? throw new InvalidOperationException($"The events did not start a {T.StreamName}.");
        return new LoadedStream<T>(id, state, version + events.Length, ((JasperFx.Events.IEvent)chained[^1]).GetHeader(EventHash.Header)!.ToString()!);
    }

    /// <summary>The read that this save follows locked the cadre's career already, in this session's transaction (a case step's read).</summary>
    public void CareerLockedByRead(Guid cadreId) => lockedCareers.Add(cadreId);

    public async Task SaveAsync(CancellationToken ct)
    {
        await LockCareersAsync(ct);
        // Inserted, never stored over: a concurrent retry with the same claim fails here like a stale append.
        if (first is ({ } streamId, { Idempotency: { } claim } recording))
            session.Insert(claim.Record(recording.Operation, streamId, firstStreamVersion, clock.GetUtcNow()));
        await session.SaveChangesAsync(ct);
    }

    /// <summary>
    /// The career is the one read model that events of several streams change (the cadre's and each of their cases'), so no
    /// stream version guards it: two writers on different streams of one cadre would each fold their event into the career as
    /// they read it, and the later save would drop the other's. A save that changes a career therefore locks its row in its own
    /// transaction first and reads it under the lock (<c>for update</c> waits for the other writer to commit, then returns its
    /// row), so the inline projection folds onto the career as committed. Rows are locked in id order: two batches never deadlock.
    /// </summary>
    private async Task LockCareersAsync(CancellationToken ct)
    {
        careersToLock.ExceptWith(lockedCareers);
        if (careersToLock.Count == 0 && casesWhoseCareerToLock.Count == 0)
            return;
        await session.BeginTransactionAsync(ct);
        // A career this session read before the lock may be stale: the projection must start from the locked row.
        session.EjectAllOfType(typeof(CadreCareer));
        var schema = session.DocumentStore.Options.DatabaseSchemaName;
        var locked = await session.QueryAsync<CadreCareer>(
            $"where d.id = any(?) or d.id in (select (s.data ->> 'CadreId')::uuid from {schema}.mt_doc_casesummary s where s.id = any(?)) order by d.id for update",
            ct, careersToLock.ToArray(), casesWhoseCareerToLock.ToArray());
        lockedCareers.UnionWith(careersToLock);
        lockedCareers.UnionWith(locked.Select(c => c.Id));
        careersToLock.Clear();
        casesWhoseCareerToLock.Clear();
    }

    public static DomainException Conflict(string message) => new(ErrorCodes.ConcurrencyConflict, message, "expectedVersion");

    /// <summary>True for every way Marten reports that another writer got there first.</summary>
    public static bool IsConcurrencyConflict(Exception ex) =>
        ex is ConcurrencyException or Marten.Exceptions.ExistingStreamIdCollisionException or DocumentAlreadyExistsException;

    private object[] Chain(Recording recording, Guid streamId, long version, string previousHash, object[] events, Guid? cadreId = null)
    {
        recording = recording.Normalized();
        first ??= (streamId, recording);
        if (first.Value.Stream == streamId)
            firstStreamVersion = version + events.Length;
        var recordedAt = EventHash.TruncateToMicroseconds(clock.GetUtcNow());
        var serializer = session.DocumentStore.Options.Serializer();
        var chained = new object[events.Length];
        for (var i = 0; i < events.Length; i++)
        {
            var e = session.Events.BuildEvent(events[i]);
            e.Timestamp = recordedAt;
            e.CorrelationId = recording.CorrelationId;
            e.SetHeader(EventMetadata.Actor, recording.Actor);
            if (recording.Reason is { } reason)
                e.SetHeader(EventMetadata.Reason, reason);
            if (recording.DocumentReference is { } reference)
                e.SetHeader(EventMetadata.DocumentReference, reference);
            if (cadreId is { } cadre)
                e.SetHeader(EventMetadata.Cadre, cadre.ToString("D"));

            previousHash = EventHash.Compute(new HashedEvent(streamId, version + i + 1, e.EventTypeName, recordedAt,
                recording.CorrelationId, recording.Actor, recording.Reason, recording.DocumentReference,
                serializer.ToJson(events[i])), previousHash);
            e.SetHeader(EventHash.Header, previousHash);
            chained[i] = e;

            var careerChange = CadreCareerProjection.ChangeOf(streamId, events[i], cadreId);
            if (careerChange.Cadre is { } cadreOfCareer)
                careersToLock.Add(cadreOfCareer);
            else if (careerChange.Case is { } caseOfCareer)
                casesWhoseCareerToLock.Add(caseOfCareer);
        }
        return chained;
    }
}
