using Mediator;

namespace CaseLedger.Api.Ledger;

/// <summary>
/// Who records a command, under which correlation id, why and on what authority (文号), and the client's retry key.
/// The command carries it, so every writer states its own — a GraphQL request its caller, the evaluator and the
/// tools their own actor — and the appender copies it onto every event, where the hash chain covers it.
/// </summary>
public sealed record Recording(string Actor, string CorrelationId, string Operation, string? Reason = null, string? DocumentReference = null, string? IdempotencyKey = null)
{
    /// <summary>A command no writer has stated a recording for; the pipeline refuses to run it.</summary>
    public static readonly Recording Unstated = new("", "", "");

    /// <summary>The caller's claim on <see cref="IdempotencyKey"/> (scope and input fingerprint), saved with the events.</summary>
    public IdempotencyClaim? Idempotency { get; init; }

    /// <summary>A recording by a service actor (the evaluator, a tool), under a fresh correlation id.</summary>
    public static Recording By(string actor, string operation, string? reason = null) =>
        new(actor, Guid.NewGuid().ToString("N"), operation, Blank(reason));

    /// <summary>Blank reason, 文号 and key read as absent; the rest trimmed.</summary>
    public Recording Normalized() =>
        this with { Reason = Blank(Reason), DocumentReference = Blank(DocumentReference), IdempotencyKey = Blank(IdempotencyKey) };

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

/// <summary>A command to the ledger: data (parsed ids, the decision's facts) plus the recording every event of it will carry.</summary>
public interface ILedgerCommand
{
    Recording Recording { get; }

    /// <summary>The client's input the command came from, when it came from one: its references are checked against the caller's remit.</summary>
    object? Source { get; }
}

/// <summary>The base of every command record: the writer states the recording (and the input it came from) with <c>with { … }</c>.</summary>
public abstract record LedgerCommand<TResult> : ICommand<TResult>, ILedgerCommand
{
    public Recording Recording { get; init; } = Recording.Unstated;

    public object? Source { get; init; }
}
