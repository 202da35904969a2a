using GraphQL.Types;

namespace CaseLedger.Api.GraphQL;

/// <summary>What every command input carries besides its own facts: why, on what authority, and a retry key.</summary>
public interface IRecordingInput
{
    /// <summary>理由: why this is recorded.</summary>
    string? Reason { get; }

    /// <summary>文号: the reference of the document behind it.</summary>
    string? DocumentReference { get; }

    /// <summary>A client-chosen key: the same command retried with it is recorded once.</summary>
    string? IdempotencyKey { get; }
}

internal static class RecordingInputFields
{
    /// <summary>
    /// reason, documentReference, idempotencyKey. Where the decision itself needs a reason (a refusal, a
    /// withdrawal), pass <paramref name="requiredReason"/>: reason becomes required and says what it is.
    /// </summary>
    public static void AddRecordingFields<T>(this InputObjectGraphType<T> type, string? requiredReason = null)
    {
        if (requiredReason is null)
            type.Field<StringGraphType>("reason").Description("理由: why this is recorded (kept with the event).");
        else
            type.Field<NonNullGraphType<StringGraphType>>("reason").Description(requiredReason);
        type.Field<StringGraphType>("documentReference").Description("文号: reference of the document behind this step, e.g. 宁组干〔2026〕12号.");
        type.Field<StringGraphType>("idempotencyKey").Description(
            "Optional client-chosen key. Retrying the same command with the same key records it once and returns the same result.");
    }

    public static void AddExpectedVersionField<T>(this InputObjectGraphType<T> type) =>
        type.Field<IntGraphType>("expectedVersion").Description(
            "The stream version you last read. If the ledger has moved on since, the command fails with CONCURRENCY_CONFLICT and records nothing. "
            + "Omit to append without the check: the command is decided on the stream as it stands when it is recorded, and decided again "
            + "(up to 10 times) if another writer appended meanwhile, instead of failing with CONCURRENCY_CONFLICT.");
}
