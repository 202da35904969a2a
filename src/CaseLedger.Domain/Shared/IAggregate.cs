namespace CaseLedger.Domain.Shared;

/// <summary>
/// A stream's decision state, rebuilt by folding its events: <c>Evolve(null, first)</c> creates it,
/// each later event returns the next state. Pure, so deciders test without a database.
/// </summary>
public interface IAggregate<TSelf>
    where TSelf : class, IAggregate<TSelf>
{
    /// <summary>What this stream is called in errors, e.g. "case".</summary>
    static abstract string StreamName { get; }

    static abstract TSelf? Evolve(TSelf? state, object @event);
}
