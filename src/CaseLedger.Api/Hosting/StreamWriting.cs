using CaseLedger.Domain.Shared;
using JasperFx;
using Marten;

namespace CaseLedger.Api.Hosting;

/// <summary>A stream's decision state and the version it was read at.</summary>
internal sealed record LoadedStream<T>(Guid Id, T State, long Version);

/// <summary>
/// The write path of every command: fold a stream's events with the domain's pure Evolve, decide,
/// then append at the version read. A writer that got there first makes the save fail: Marten's
/// optimistic concurrency, surfaced as CONCURRENCY_CONFLICT.
/// </summary>
internal static class StreamWriting
{
    public static async Task<LoadedStream<T>> ReadStreamAsync<T>(
        this IDocumentSession session, Guid id, int? expectedVersion, string idField, CancellationToken ct)
        where T : class, IAggregate<T>
    {
        var events = await session.Events.FetchStreamAsync(id, token: ct);
        var state = events.Aggregate((T?)null, (current, e) => T.Evolve(current, e.Data));
        if (state is null)
            throw new DomainException("NOT_FOUND", $"{idField} 不存在 / No {T.StreamName} has this {idField}.", idField);
        var version = events[^1].Version;
        if (expectedVersion is { } expected && expected != version)
            throw Conflict($"{T.StreamName} 已更新至第 {version} 版 / The {T.StreamName} is at version {version}, not {expected}.");
        return new LoadedStream<T>(id, state, version);
    }

    /// <summary>Appends the decided events; the save fails if anyone appended since the stream was read.</summary>
    public static void Append<T>(this IDocumentSession session, LoadedStream<T> stream, params object[] events)
        where T : class => session.Events.Append(stream.Id, stream.Version + events.Length, events);

    public static DomainException Conflict(string message) => new("CONCURRENCY_CONFLICT", message, "expectedVersion");

    /// <summary>True for every way Marten reports that another writer got there first.</summary>
    public static bool IsConcurrencyConflict(Exception ex) =>
        ex is ConcurrencyException or Marten.Exceptions.ExistingStreamIdCollisionException or DocumentAlreadyExistsException;
}
