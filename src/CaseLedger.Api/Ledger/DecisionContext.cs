using Marten;

namespace CaseLedger.Api.Ledger;

/// <summary>
/// What a decision may consult besides its stream's state: the request's Marten session for
/// lookups (unit ids, posts), today in Ningxia (<see cref="LedgerTime"/>) and the cancellation token.
/// </summary>
public sealed record DecisionContext(IQuerySession Session, DateOnly Today, CancellationToken CancellationToken);
