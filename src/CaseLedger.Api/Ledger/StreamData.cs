using System.Runtime.CompilerServices;
using Marten;
using Npgsql;

namespace CaseLedger.Api.Ledger;

/// <summary>One event of a stream as a judge of its facts needs it: where it stands in the stream and what it says.</summary>
internal sealed record StreamEvent(Guid StreamId, long Version, object Data);

/// <summary>
/// Streams' events without their metadata, for readers that judge what the events say (the audit's case files): one query
/// for many streams, each in version order. Marten's raw event query parses every event's headers (a JSON object each:
/// actor, reason, hash, cadre), ids and timestamps too; on a full audit reading every case's and cadre's stream, events
/// were the largest part of the evaluator's CPU.
/// </summary>
internal static class StreamData
{
    private static readonly ConditionalWeakTable<IDocumentStore, Dictionary<string, Type>> TypesByName = new();

    public static async Task<IReadOnlyList<StreamEvent>> ReadAsync(IQuerySession session, IReadOnlyCollection<Guid> streamIds, CancellationToken ct)
    {
        if (streamIds.Count == 0)
            return [];
        return await ExecuteAsync(session, new NpgsqlCommand(
            $"select stream_id, version, type, data from {session.DocumentStore.Options.Events.DatabaseSchemaName}.mt_events " +
            "where stream_id = any($1) and type <> 'tombstone' order by stream_id, version")
        {
            Parameters = { new NpgsqlParameter { Value = streamIds.ToArray() } },
        }, ct);
    }

    /// <summary>The events of each stream after the version given for it (0: the whole stream), in one query.</summary>
    public static async Task<IReadOnlyList<StreamEvent>> ReadAfterAsync(IQuerySession session, Guid[] streamIds, long[] afterVersions, CancellationToken ct)
    {
        if (streamIds.Length == 0)
            return [];
        return await ExecuteAsync(session, new NpgsqlCommand(
            $"select e.stream_id, e.version, e.type, e.data from {session.DocumentStore.Options.Events.DatabaseSchemaName}.mt_events e " +
            "join unnest($1::uuid[], $2::bigint[]) as k(id, after) on e.stream_id = k.id and e.version > k.after " +
            "where e.type <> 'tombstone' order by e.stream_id, e.version")
        {
            Parameters = { new NpgsqlParameter { Value = streamIds }, new NpgsqlParameter { Value = afterVersions } },
        }, ct);
    }

    private static async Task<IReadOnlyList<StreamEvent>> ExecuteAsync(IQuerySession session, NpgsqlCommand query, CancellationToken ct)
    {
        await using var command = query;
        var store = session.DocumentStore;
        var types = TypesByName.GetValue(store, s => ((Marten.Events.EventGraph)((StoreOptions)s.Options).Events).AllKnownEventTypes()
            .ToDictionary(t => t.EventTypeName, t => t.EventType, StringComparer.Ordinal));
        var serializer = store.Options.Serializer();
        var events = new List<StreamEvent>();
        await using var reader = await session.ExecuteReaderAsync(command, ct);
        while (await reader.ReadAsync(ct))
        {
            var type = reader.GetString(2);
            var data = serializer.FromJson(types.GetValueOrDefault(type)
                ?? throw new InvalidOperationException($"No event type is stored as {type}."), reader, 3);
            events.Add(new StreamEvent(reader.GetGuid(0), reader.GetInt64(1), data));
        }
        return events;
    }
}
