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

    // One append per stream at a time, as the ledger's writer takes one step per case at a time: with more clients than half
    // the pool, request n and n + 64 can be in flight together, and the later would fail on the earlier's version.
    private readonly SemaphoreSlim[] gates = [.. Enumerable.Range(0, Streams).Select(_ => new SemaphoreSlim(1, 1))];

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

    /// <summary>Request <paramref name="n"/> appends to stream n mod 64 at the version it was left at, after any append to it still in flight.</summary>
    public async Task<bool> AppendAsync(int n)
    {
        var slot = n % Streams;
        await gates[slot].WaitAsync();
        try
        {
            await using var session = store.LightweightSession();
            session.Events.Append(streams[slot], versions[slot] + 1, new BenchAppended(n));
            await session.SaveChangesAsync();
            versions[slot]++;
            return true;
        }
        catch (Exception ex) when (ex is ConcurrencyException or EventStreamUnexpectedMaxEventIdException)
        {
            return false;
        }
        finally
        {
            gates[slot].Release();
        }
    }

    public ValueTask DisposeAsync()
    {
        foreach (var gate in gates)
            gate.Dispose();
        return store.DisposeAsync();
    }
}
