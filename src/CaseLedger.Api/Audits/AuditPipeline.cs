namespace CaseLedger.Api.Audits;

/// <summary>
/// Loads chunk k+1 while chunk k is judged: the rules run on the API's CPU while the database reads the next files, so
/// a full audit keeps both busy instead of taking turns. One load at a time (the loader's session is one connection) and
/// at most two chunks in memory; chunks are judged in order.
/// </summary>
internal static class AuditPipeline
{
    public static async Task RunAsync<TFiles>(IEnumerable<Guid[]> chunks, Func<Guid[], Task<TFiles>> load, Func<Guid[], TFiles, Task> judge)
    {
        (Guid[] Ids, Task<TFiles> Files)? pending = null;
        try
        {
            foreach (var chunk in chunks)
            {
                var ready = pending;
                var files = ready is { } r ? await r.Files : default;
                pending = (chunk, load(chunk));
                if (ready is { } judged)
                    await judge(judged.Ids, files!);
            }
            if (pending is { } last)
            {
                pending = null;
                await judge(last.Ids, await last.Files);
            }
        }
        catch when (pending is { } orphan)
        {
            // The caller retries or gives up on this page and disposes the loader's session: let its read finish first.
            await orphan.Files.ContinueWith(_ => { }, TaskScheduler.Default);
            throw;
        }
    }
}
