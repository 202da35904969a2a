using Marten;

namespace CaseLedger.Api.Ledger;

/// <summary>
/// A read model whose rows events of several streams change (a cadre's career: the cadre's stream and each of their cases'),
/// so no stream version guards a row. Two writers on different streams would each fold their event into the row as they read
/// it, and the later save would drop the other's; so <see cref="LedgerAppender.SaveAsync"/> locks the rows its events change,
/// in its own transaction, before the inline projection reads them. Registered by the feature that owns the read model.
/// </summary>
internal interface ISharedReadModelLock
{
    /// <summary>
    /// The row an event about to be appended to <paramref name="streamId"/> changes (<see cref="SharedRow.Row"/>), or the stream
    /// whose row to look up (<see cref="SharedRow.ViaStream"/>); default for an event that changes none (or creates one).
    /// </summary>
    SharedRow RowOf(Guid streamId, object data, Guid? namedCadre);

    /// <summary>
    /// Locks the rows named and the rows of the streams named (<c>for update</c>, in id order, so two writers never deadlock), reading
    /// them afresh into the session for the projection; returns the ids of the rows locked.
    /// </summary>
    Task<IEnumerable<Guid>> LockAsync(IDocumentSession session, Guid[] rows, Guid[] viaStreams, CancellationToken ct);
}

/// <summary>The row of a shared read model an event changes, by its id or by a stream that leads to it.</summary>
internal readonly record struct SharedRow(Guid? Row, Guid? ViaStream);
