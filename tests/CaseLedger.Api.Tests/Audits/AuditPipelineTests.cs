using CaseLedger.Api.Audits;

namespace CaseLedger.Api.Tests.Audits;

/// <summary>The evaluator's pipeline: the next chunk loads while one is judged, one load at a time, chunks judged in order.</summary>
public sealed class AuditPipelineTests
{
    private static Guid[][] Chunks(int count) => [.. Enumerable.Range(0, count).Select(_ => new[] { Guid.NewGuid() })];

    [Fact]
    public async Task Each_chunk_is_judged_in_order_with_its_own_files_and_the_next_load_runs_while_it_is_judged()
    {
        var chunks = Chunks(4);
        var log = new List<string>();
        var loading = 0;
        var judgedWhileLoading = 0;
        await AuditPipeline.RunAsync(chunks,
            async ids =>
            {
                Assert.Equal(1, Interlocked.Increment(ref loading)); // never two loads on the loader's one connection
                log.Add($"load {Array.IndexOf(chunks, ids)}");
                await Task.Delay(20);
                Interlocked.Decrement(ref loading);
                return ids[0];
            },
            async (ids, files) =>
            {
                Assert.Equal(ids[0], files);
                if (Volatile.Read(ref loading) == 1)
                    judgedWhileLoading++;
                log.Add($"judge {Array.IndexOf(chunks, ids)}");
                await Task.Yield();
            });
        Assert.Equal(new[] { "judge 0", "judge 1", "judge 2", "judge 3" }, log.Where(l => l.StartsWith("judge", StringComparison.Ordinal)));
        Assert.Equal(new[] { "load 0", "load 1", "judge 0" }, log.Take(3)); // chunk 1 was loading when chunk 0 was judged
        Assert.True(judgedWhileLoading > 0);
    }

    [Fact]
    public async Task No_chunks_loads_and_judges_nothing()
    {
        var calls = 0;
        await AuditPipeline.RunAsync(Chunks(0), _ => Task.FromResult(calls++), (_, _) => Task.FromResult(calls++));
        Assert.Equal(0, calls);
    }

    [Fact]
    public async Task A_failed_judgement_waits_for_the_load_in_flight_before_it_is_reported()
    {
        var (started, finished) = (0, 0);
        var failure = await Assert.ThrowsAsync<InvalidOperationException>(() => AuditPipeline.RunAsync(Chunks(3),
            async ids =>
            {
                started++;
                await Task.Delay(50);
                finished++;
                return ids;
            },
            (_, _) => throw new InvalidOperationException("conflict")));
        Assert.Equal("conflict", failure.Message);
        Assert.Equal(2, started); // chunk 1 was loading when chunk 0's judgement failed
        Assert.Equal(started, finished); // the loader's session is disposed only after its read ended
    }
}
