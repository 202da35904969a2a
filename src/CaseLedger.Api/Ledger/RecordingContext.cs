using CaseLedger.Api.GraphQL;

namespace CaseLedger.Api.Ledger;

/// <summary>
/// Who records a command, under which correlation id, why and on what authority; one per scope.
/// The appender copies it onto every event, where the hash chain covers it.
/// </summary>
internal sealed class RecordingContext
{
    public string Actor { get; private set; } = "system";

    public string CorrelationId { get; private set; } = Guid.NewGuid().ToString("N");

    public string? Reason { get; private set; }

    public string? DocumentReference { get; private set; }

    public string? IdempotencyKey { get; private set; }

    public string? Operation { get; private set; }

    /// <summary>The caller's claim on <see cref="IdempotencyKey"/>, set by the mutation convention: saved with the events.</summary>
    public IdempotencyClaim? Idempotency { get; set; }

    public void Set(string actor, string correlationId, IRecordingInput input, string operation) =>
        Set(actor, correlationId, input.Reason, input.DocumentReference, input.IdempotencyKey, operation);

    public void Set(string actor, string correlationId, string? reason, string? documentReference, string? idempotencyKey, string operation)
    {
        Actor = actor;
        CorrelationId = correlationId;
        Reason = Blank(reason);
        DocumentReference = Blank(documentReference);
        IdempotencyKey = Blank(idempotencyKey);
        Operation = operation;
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
