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

    /// <summary>Answers <paramref name="key"/> with a known value instead of fetching it (an idempotent replay's stream version).</summary>
    public void Prime(TKey key, TValue value)
    {
        loaded[key] = value;
        pending.Remove(key);
    }

    /// <summary>Hands over the keys waiting to be fetched, to a loader that fetches them in the same round trip as its own (<see cref="Answer"/>).</summary>
    public IReadOnlyCollection<TKey> TakePending()
    {
        var batch = pending;
        pending = [];
        return batch;
    }

    /// <summary>The values of keys taken with <see cref="TakePending"/> (a key without one loads as null).</summary>
    public void Answer(IReadOnlyCollection<TKey> keys, IReadOnlyDictionary<TKey, TValue> values)
    {
        foreach (var k in keys)
            loaded[k] = values.GetValueOrDefault(k);
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

/// <summary>Composing queued loads without awaiting them, so sibling fields still batch.</summary>
internal static class DataLoaderResults
{
    public static IDataLoaderResult<TOut> Then<TIn, TOut>(this IDataLoaderResult<TIn> result, Func<TIn, TOut> next) =>
        new Mapped<TIn, TOut>(result, next);

    /// <summary>A result that is already known: nothing to load, safe to share.</summary>
    public static IDataLoaderResult<T> Done<T>(T value) => new Known<T>(value);

    public static IDataLoaderResult<IReadOnlyList<T>> All<T>(this IEnumerable<IDataLoaderResult<T>> results) =>
        new Many<T>([.. results]);

    private sealed class Mapped<TIn, TOut>(IDataLoaderResult<TIn> inner, Func<TIn, TOut> next) : IDataLoaderResult<TOut>
    {
        public async Task<TOut> GetResultAsync(CancellationToken cancellationToken = default) =>
            next(await inner.GetResultAsync(cancellationToken));

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => await GetResultAsync(cancellationToken);
    }

    private sealed class Known<T>(T value) : IDataLoaderResult<T>
    {
        public Task<T> GetResultAsync(CancellationToken cancellationToken = default) => Task.FromResult(value);

        Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => Task.FromResult<object?>(value);
    }

    private sealed class Many<T>(IReadOnlyList<IDataLoaderResult<T>> results) : IDataLoaderResult<IReadOnlyList<T>>
    {
        public async Task<IReadOnlyList<T>> GetResultAsync(CancellationToken cancellationToken = default)
        {
            var values = new List<T>(results.Count);
            foreach (var result in results)
                values.Add(await result.GetResultAsync(cancellationToken));
            return values;
        }

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => await GetResultAsync(cancellationToken);
    }
}
