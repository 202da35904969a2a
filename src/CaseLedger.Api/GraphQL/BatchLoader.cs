using GraphQL.DataLoader;

namespace CaseLedger.Api.GraphQL;

/// <summary>
/// A small DataLoader (GraphQL.DataLoader is not available here): resolvers ask for keys, GraphQL.NET
/// runs the queued results once a level is resolved, and the first of them fetches every pending
/// key in one query. One per request; the serial execution strategy keeps it single-threaded.
/// </summary>
internal sealed class BatchLoader<TKey, TValue>(Func<IReadOnlyCollection<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> fetch)
    where TKey : notnull
    where TValue : class
{
    private readonly Dictionary<TKey, TValue?> loaded = [];
    private HashSet<TKey> pending = [];

    public IDataLoaderResult<TValue?> Load(TKey key)
    {
        if (!loaded.ContainsKey(key))
            pending.Add(key);
        return new Pending(this, key);
    }

    private async Task<TValue?> GetAsync(TKey key, CancellationToken ct)
    {
        if (!loaded.ContainsKey(key) && pending.Count > 0)
        {
            var batch = pending;
            pending = [];
            var values = await fetch(batch, ct);
            foreach (var k in batch)
                loaded[k] = values.GetValueOrDefault(k);
        }
        return loaded.GetValueOrDefault(key);
    }

    private sealed class Pending(BatchLoader<TKey, TValue> loader, TKey key) : IDataLoaderResult<TValue?>
    {
        public Task<TValue?> GetResultAsync(CancellationToken cancellationToken = default) => loader.GetAsync(key, cancellationToken);

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => await GetResultAsync(cancellationToken);
    }
}
