namespace CaseLedger.Api.Ledger;

/// <summary>
/// A command recorded under a client's idempotency key, saved in the same transaction as its
/// events: a retry with the key finds it and returns the same entity instead of appending again.
/// </summary>
public sealed record IdempotencyRecord(string Id, string Operation, Guid StreamId, DateTimeOffset RecordedAt);
