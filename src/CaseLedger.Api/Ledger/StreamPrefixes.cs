using Marten;

namespace CaseLedger.Api.Ledger;

/// <summary>
/// Streams' events read before, kept so that reading a stream again asks the database only for what was appended since: a
/// stream only grows, so what was read of it stays true. The audit evaluation keeps them from one page of the log to the
/// next (<see cref="Audits.AuditMemory"/>): while writes flow, every page judged the same busy cases again and read each
/// whole stream (measured on a small ledger's 64 benchmark cases of about 80 events each: 20 ms of PostgreSQL per page for
/// their 5,250 events, against 3 ms for the 136 appended since the page before). Not thread-safe: one reader at a time.
/// </summary>
internal sealed class StreamPrefixes
{
    /// <summary>How many events are kept at most; a stream that would pass it is read whole next time.</summary>
    public const int MaxEvents = 50_000;

    private readonly Dictionary<Guid, StreamEvent[]> streams = [];
    private readonly HashSet<Guid> readSinceTrim = [];
    private int held;

    /// <summary>Every event of each stream, in version order stream by stream, as <see cref="StreamData.ReadAsync"/> reads them.</summary>
    public async Task<IReadOnlyList<StreamEvent>> ReadAsync(IQuerySession session, IReadOnlyCollection<Guid> streamIds, CancellationToken ct)
    {
        var ids = streamIds.Distinct().ToArray();
        var known = ids.Select(id => streams.GetValueOrDefault(id) ?? []).ToArray();
        var appended = (await StreamData.ReadAfterAsync(session, ids, [.. known.Select(k => k.Length == 0 ? 0 : k[^1].Version)], ct))
            .ToLookup(e => e.StreamId);
        var events = new List<StreamEvent>();
        for (var i = 0; i < ids.Length; i++)
        {
            StreamEvent[] whole = appended.Contains(ids[i]) ? [.. known[i], .. appended[ids[i]]] : known[i];
            events.AddRange(whole);
            readSinceTrim.Add(ids[i]);
            Keep(ids[i], known[i], whole);
        }
        return events;
    }

    /// <summary>Forgets the streams not read since the last trim: what a page keeps for the next is what it read itself.</summary>
    public void Trim()
    {
        foreach (var id in streams.Keys.Where(id => !readSinceTrim.Contains(id)).ToList())
        {
            held -= streams[id].Length;
            streams.Remove(id);
        }
        readSinceTrim.Clear();
    }

    /// <summary>How many events are kept.</summary>
    public int Held => held;

    private void Keep(Guid id, StreamEvent[] known, StreamEvent[] whole)
    {
        if (whole.Length == known.Length)
            return;
        held -= known.Length;
        streams.Remove(id);
        if (held + whole.Length > MaxEvents)
            return;
        streams[id] = whole;
        held += whole.Length;
    }
}
