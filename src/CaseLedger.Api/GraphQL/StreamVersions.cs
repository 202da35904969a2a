using System.Globalization;
using GraphQL;
using GraphQL.DataLoader;
using Marten;

namespace CaseLedger.Api.GraphQL;

/// <summary>A stream's version (a class, so the batch loader can hold it).</summary>
internal sealed record StreamVersion(long Value);

/// <summary>Each stream's current version, straight from mt_streams, batched per request: the value to pass as expectedVersion.</summary>
internal sealed class StreamVersions(IQuerySession session)
{
    public BatchLoader<Guid, StreamVersion> Loader { get; } = new(async (ids, ct) =>
    {
        var rows = await session.AdvancedSql.QueryAsync<string>(
            $"select id::text || ' ' || version from {session.DocumentStore.Options.Events.DatabaseSchemaName}.mt_streams where id = any(?)", ct, ids.ToArray());
        return rows.Select(r => r.Split(' ')).ToDictionary(r => Guid.Parse(r[0]), r => new StreamVersion(long.Parse(r[1], CultureInfo.InvariantCulture)));
    });
}

internal static class StreamVersionAccess
{
    /// <summary>The stream's current version, 0 when it has none.</summary>
    public static IDataLoaderResult<long> StreamVersion(this IResolveFieldContext context, Guid id) =>
        context.RequestServices!.GetRequiredService<StreamVersions>().Loader.Load(id).Then(v => v?.Value ?? 0);
}
