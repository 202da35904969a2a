using CaseLedger.Api.Ledger;
using System.Data;
using System.Globalization;
using Marten;
using Npgsql;

namespace CaseLedger.Api.Integrity;

/// <summary>
/// Recomputes every stream's hash chain straight from the rows of mt_events (never through
/// Marten's deserialization: a tampered row may not deserialize), streaming them in
/// (stream, version) order, and checks them against mt_streams and, when given, an exported digest.
/// </summary>
public sealed class LedgerVerifier(IDocumentStore store, TimeProvider clock)
{
    private readonly string schema = store.Options.Events.DatabaseSchemaName;

    /// <summary>
    /// Marten's bookkeeping stream: when a save fails (an ordinary CONCURRENCY_CONFLICT), Marten fills the
    /// sequence numbers it drew with "tombstone" events there, so the async daemon sees no gap. Its row in
    /// mt_streams and its events are no one's history: they are neither checked nor hashed. A tombstone
    /// anywhere else still hides an event, and that stream's version gap says so. Writing them also
    /// leaves an mt_streams row at version 0 for a stream whose start failed: it never had an event,
    /// so it has lost none (a stream whose events were deleted still says version ≥ 1).
    /// </summary>
    private static readonly Guid TombstoneStream = JasperFx.Events.Tombstone.StreamId;

    /// <summary>The digest of the ledger as it stands, after checking it is intact.</summary>
    public Task<LedgerIntegrityReport> VerifyAsync(LedgerDigest? against = null, CancellationToken ct = default) =>
        VerifyAsync(against, null, ct);

    /// <summary>As above, telling <paramref name="progress"/> (events checked, events in the snapshot) every thousand events: the CLI's progress bar.</summary>
    public async Task<LedgerIntegrityReport> VerifyAsync(LedgerDigest? against, IProgress<(long Checked, long Total)>? progress, CancellationToken ct)
    {
        var verifiedAt = clock.GetUtcNow();
        var problems = new List<IntegrityProblem>();
        var headsNow = new List<StreamHead>();
        var headsThen = new List<StreamHead>();
        long events = 0;

        await using var gate = await OpenAsync(ct);
        await using var connection = await OpenAsync(ct);
        await using var gateTransaction = await gate.BeginTransactionAsync(IsolationLevel.RepeatableRead, ct);
        // Waits until every append in flight has committed or rolled back, so no event with a
        // sequence at or below the snapshot's highest can still appear later; then reads the whole
        // ledger in that one snapshot while writers go on.
        await ExecuteAsync(gate, $"LOCK TABLE {schema}.mt_events IN SHARE MODE", ct);
        var snapshot = (string)(await ScalarAsync(gate, "SELECT pg_export_snapshot()", ct))!;
        await using var transaction = await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, ct);
        await ExecuteAsync(connection, $"SET TRANSACTION SNAPSHOT '{snapshot}'", ct);
        await gateTransaction.CommitAsync(ct);

        var atSequence = Convert.ToInt64(await ScalarAsync(connection,
            $"SELECT coalesce(max(seq_id), 0) FROM {schema}.mt_events WHERE type <> 'tombstone'", ct), CultureInfo.InvariantCulture);
        var total = progress is null ? 0 : Convert.ToInt64(await ScalarAsync(connection,
            $"SELECT count(*) FROM {schema}.mt_events WHERE type <> 'tombstone'", ct), CultureInfo.InvariantCulture);
        progress?.Report((0, total));

        await using (var command = new NpgsqlCommand(
            $"""
            SELECT e.stream_id, e.version, e.seq_id, e.type, e.timestamp, e.correlation_id,
                   e.headers ->> 'actor', e.headers ->> 'reason', e.headers ->> 'documentReference',
                   e.headers ->> '{EventHash.Header}', e.data::text, s.version
            FROM {schema}.mt_events e LEFT JOIN {schema}.mt_streams s ON s.id = e.stream_id
            WHERE e.type <> 'tombstone'
            ORDER BY e.stream_id, e.version
            """, connection))
        await using (var reader = await command.ExecuteReaderAsync(CommandBehavior.SequentialAccess, ct))
        {
            StreamCheck? stream = null;
            while (await reader.ReadAsync(ct))
            {
                var streamId = reader.GetGuid(0);
                if (stream?.Id != streamId)
                {
                    stream?.Finish(problems, headsNow, headsThen);
                    stream = new StreamCheck(streamId);
                }
                stream.Check(Row(reader, streamId), against?.AtSequence, problems);
                if (++events % 1000 == 0)
                    progress?.Report((events, total));
            }
            stream?.Finish(problems, headsNow, headsThen);
            progress?.Report((events, total));
        }

        await using (var command = new NpgsqlCommand(
            $"""
            SELECT s.id, s.version FROM {schema}.mt_streams s
            WHERE s.id <> '{TombstoneStream}' AND coalesce(s.version, 0) > 0
              AND NOT EXISTS (SELECT 1 FROM {schema}.mt_events e WHERE e.stream_id = s.id AND e.type <> 'tombstone')
            ORDER BY s.id
            """, connection))
        await using (var reader = await command.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
                problems.Add(new IntegrityProblem(reader.GetGuid(0), reader.IsDBNull(1) ? null : reader.GetInt64(1), IntegrityProblemKind.StreamHeadMismatch,
                    "mt_streams records this stream but it has no events: every event of it was deleted."));
        }
        await transaction.CommitAsync(ct);

        if (against is not null)
            problems.AddRange(CompareWithDigest(against, headsThen));

        return new LedgerIntegrityReport(verifiedAt, atSequence, headsNow.Count, events, problems,
            LedgerDigest.Of(atSequence, headsNow, verifiedAt), against);
    }

    /// <summary>
    /// One stream's chain recomputed from its rows (a case dossier's proof): the same checks as the whole ledger's, for
    /// that stream only, read in one statement. A stream without events is intact with no head.
    /// </summary>
    public async Task<StreamIntegrityReport> VerifyStreamAsync(Guid streamId, CancellationToken ct)
    {
        var verifiedAt = clock.GetUtcNow();
        var problems = new List<IntegrityProblem>();
        var heads = new List<StreamHead>();
        long events = 0;
        await using var connection = await OpenAsync(ct);
        await using (var command = new NpgsqlCommand(
            $"""
            SELECT e.stream_id, e.version, e.seq_id, e.type, e.timestamp, e.correlation_id,
                   e.headers ->> 'actor', e.headers ->> 'reason', e.headers ->> 'documentReference',
                   e.headers ->> '{EventHash.Header}', e.data::text, s.version
            FROM {schema}.mt_events e LEFT JOIN {schema}.mt_streams s ON s.id = e.stream_id
            WHERE e.stream_id = @stream AND e.type <> 'tombstone'
            ORDER BY e.version
            """, connection))
        {
            command.Parameters.AddWithValue("stream", streamId);
            await using var reader = await command.ExecuteReaderAsync(CommandBehavior.SequentialAccess, ct);
            var stream = new StreamCheck(streamId);
            while (await reader.ReadAsync(ct))
            {
                stream.Check(Row(reader, streamId), null, problems);
                events++;
            }
            if (events > 0)
                stream.Finish(problems, heads, []);
        }
        return new StreamIntegrityReport(streamId, verifiedAt, events, heads.FirstOrDefault(), problems);
    }

    /// <summary>The root proves; the digest's head list, when it has one, locates what differs.</summary>
    private static IEnumerable<IntegrityProblem> CompareWithDigest(LedgerDigest digest, List<StreamHead> headsThen)
    {
        var at = digest.AtSequence;
        if (digest.Heads is { } listed && (LedgerDigest.ComputeRoot(listed) != digest.Root || listed.Count != digest.Streams))
        {
            yield return new IntegrityProblem(null, null, IntegrityProblemKind.DigestMismatch,
                "The digest's head list does not give its own root: the digest file itself was altered; it proves nothing.");
            yield break;
        }
        if (LedgerDigest.ComputeRoot(headsThen) == digest.Root)
            yield break;

        var located = false;
        if (digest.Heads is { } heads)
        {
            var now = headsThen.ToDictionary(h => h.StreamId);
            foreach (var then in heads)
            {
                if (!now.Remove(then.StreamId, out var head))
                    yield return Located(then.StreamId, then.Version,
                        $"At sequence {at} its head was version {then.Version}; no event of it at or before that sequence is left: deleted.");
                else if (head.Version != then.Version)
                    yield return Located(then.StreamId, then.Version,
                        $"At sequence {at} its head was version {then.Version}; the rows now give version {head.Version}: events were deleted, added or moved.");
                else if (head.Hash != then.Hash)
                    yield return Located(then.StreamId, then.Version,
                        $"At sequence {at} its head hash was {then.Hash[..12]}…, recomputed now {head.Hash[..12]}…: an event at or before version {then.Version} changed.");
                else
                    continue;
                located = true;
            }
            foreach (var extra in now.Values)
            {
                located = true;
                yield return Located(extra.StreamId, extra.Version,
                    $"The digest has no such stream at sequence {at}, yet the rows now put events of it at or before that sequence: inserted.");
            }
        }
        if (!located)
            yield return new IntegrityProblem(null, null, IntegrityProblemKind.DigestMismatch,
                $"The stream heads at sequence {at} no longer give the digest's root {digest.Root[..12]}…: history before the digest changed (the digest has no head list to locate it).");

        static IntegrityProblem Located(Guid stream, long version, string explanation) =>
            new(stream, version, IntegrityProblemKind.DigestMismatch, explanation);
    }

    private async Task<NpgsqlConnection> OpenAsync(CancellationToken ct)
    {
        var connection = store.Storage.Database.CreateConnection();
        await connection.OpenAsync(ct);
        return connection;
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(ct);
    }

    private static async Task<object?> ScalarAsync(NpgsqlConnection connection, string sql, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync(ct);
    }

    /// <summary>One row of the SELECT above (stream id already read): sequential access reads the columns strictly in order.</summary>
    private static StoredEvent Row(NpgsqlDataReader reader, Guid streamId)
    {
        var (version, sequence, type, timestamp) = (reader.GetInt64(1), reader.GetInt64(2), reader.GetString(3), reader.GetFieldValue<DateTimeOffset>(4));
        var (correlation, actor, reason, reference, hash) = (Text(reader, 5), Text(reader, 6), Text(reader, 7), Text(reader, 8), Text(reader, 9));
        var data = reader.GetString(10);
        var streamVersion = reader.IsDBNull(11) ? (long?)null : reader.GetInt64(11);
        return new StoredEvent(new HashedEvent(streamId, version, type, timestamp, correlation, actor, reason, reference, data), sequence, hash, streamVersion);
    }

    private static string? Text(NpgsqlDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    private sealed record StoredEvent(HashedEvent Event, long Sequence, string? Hash, long? StreamVersion);

    /// <summary>One stream's walk: each link checked against the stored hash before it (to locate), and the whole chain recomputed (for the digest).</summary>
    private sealed class StreamCheck(Guid id)
    {
        private long expected = 1;
        private string storedPrevious = EventHash.Genesis;
        private string chained = EventHash.Genesis;
        private long? streamVersion;
        private StreamHead? headThen;

        public Guid Id => id;

        public void Check(StoredEvent row, long? digestSequence, List<IntegrityProblem> problems)
        {
            var version = row.Event.Version;
            streamVersion = row.StreamVersion;
            if (version != expected)
                problems.Add(new IntegrityProblem(id, expected, IntegrityProblemKind.VersionGap, version > expected
                    ? $"Expected version {expected} next, found {version}: {(version - expected == 1 ? "this event was" : $"versions {expected}..{version - 1} were")} deleted or moved."
                    : $"Version {version} follows version {expected - 1}: events were moved or renumbered."));

            var link = EventHash.Compute(row.Event, storedPrevious);
            if (row.Hash is null)
                problems.Add(new IntegrityProblem(id, version, IntegrityProblemKind.MissingHash,
                    "The event has no hash header: it was not written through the ledger's write path, or the header was removed."));
            else if (row.Hash != link)
                problems.Add(new IntegrityProblem(id, version, IntegrityProblemKind.HashMismatch, version == 1
                    ? "The stored hash does not match the event's content, metadata and place: the event was edited or moved here."
                    : $"The stored hash does not follow from the event's content, metadata and place and the hash of the event stored before it{(version != expected ? $" (version {expected - 1})" : "")}: this event was edited or moved here, or the one before it was replaced."));

            chained = chained == storedPrevious ? link : EventHash.Compute(row.Event, chained);
            storedPrevious = row.Hash ?? link;
            expected = version + 1;
            if (row.Sequence <= digestSequence)
                headThen = new StreamHead(id, version, chained);
        }

        public void Finish(List<IntegrityProblem> problems, List<StreamHead> headsNow, List<StreamHead> headsThen)
        {
            var last = expected - 1;
            if (streamVersion is null)
                problems.Add(new IntegrityProblem(id, last, IntegrityProblemKind.StreamHeadMismatch,
                    "The stream has events but no row in mt_streams: the stream row was deleted."));
            else if (streamVersion > last)
                problems.Add(new IntegrityProblem(id, streamVersion, IntegrityProblemKind.StreamHeadMismatch,
                    $"mt_streams records version {streamVersion} but the last event is version {last}: {(streamVersion - last == 1 ? $"version {streamVersion} was" : $"versions {last + 1}..{streamVersion} were")} deleted."));
            else if (streamVersion < last)
                problems.Add(new IntegrityProblem(id, last, IntegrityProblemKind.StreamHeadMismatch,
                    $"mt_streams records version {streamVersion} but events run to version {last}: events were added outside Marten."));
            headsNow.Add(new StreamHead(id, last, chained));
            if (headThen is not null)
                headsThen.Add(headThen);
        }
    }
}
