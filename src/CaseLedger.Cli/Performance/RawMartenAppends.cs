using JasperFx;
using JasperFx.Events;
using Marten;

namespace CaseLedger.Cli.Performance;

/// <summary>One event of the store's own baseline: no domain, no hash chain, no projection.</summary>
public sealed record BenchAppended(int N);

/// <summary>
/// The store's own speed, the honest baseline for case-step writes: one event per transaction appended with
/// its expected version to an existing stream, by a bare Marten store (no projections, no metadata) in a
/// schema of its own (<c>bench_raw</c>), so the ledger's streams and read models never see these events.
/// </summary>
internal sealed class RawMartenAppends : IAsyncDisposable
{
    private const int Streams = 64;
    private readonly DocumentStore store;
    private readonly Guid[] streams = [.. Enumerable.Range(0, Streams).Select(_ => Guid.CreateVersion7())];
    private readonly long[] versions = new long[Streams];

    private RawMartenAppends(DocumentStore store) => this.store = store;

    public static async Task<RawMartenAppends> StartAsync(string connectionString, CancellationToken ct)
    {
        var store = DocumentStore.For(options =>
        {
            options.Connection(connectionString);
            options.DatabaseSchemaName = "bench_raw";
            options.AutoCreateSchemaObjects = AutoCreate.CreateOrUpdate;
            options.Events.MapEventType<BenchAppended>("bench_appended.v1");
        });
        var raw = new RawMartenAppends(store);
        // The pool of existing streams (one event each), not timed.
        await using var session = store.LightweightSession();
        foreach (var id in raw.streams)
            session.Events.StartStream(id, new BenchAppended(0));
        await session.SaveChangesAsync(ct);
        Array.Fill(raw.versions, 1);
        return raw;
    }

    /// <summary>Request <paramref name="n"/> appends to stream n mod 64 at the version it was left at (clients never share a stream at once).</summary>
    public async Task<bool> AppendAsync(int n)
    {
        var slot = n % Streams;
        await using var session = store.LightweightSession();
        var version = Volatile.Read(ref versions[slot]);
        session.Events.Append(streams[slot], version + 1, new BenchAppended(n));
        try
        {
            await session.SaveChangesAsync();
        }
        catch (Exception ex) when (ex is ConcurrencyException or EventStreamUnexpectedMaxEventIdException)
        {
            return false;
        }
        Volatile.Write(ref versions[slot], version + 1);
        return true;
    }

    public ValueTask DisposeAsync() => store.DisposeAsync();
}
