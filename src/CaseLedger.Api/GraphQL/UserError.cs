using CaseLedger.Domain.Shared;
using GraphQL.Types;

namespace CaseLedger.Api.GraphQL;

/// <summary>A refused command as the client sees it: a stable code, a bilingual message, the input field at fault.</summary>
public sealed record UserError(string Code, string Message, string? Field)
{
    public static UserError From(DomainException ex) => new(ex.Code, ex.Message, ex.Field is null ? null : $"input.{ex.Field}");
}

internal sealed class UserErrorType : ObjectGraphType<UserError>
{
    public UserErrorType()
    {
        Name = "UserError";
        Description = "Why a mutation was refused. Nothing was recorded when a payload carries errors.";
        Field(x => x.Code).Description(
            "Stable, machine-readable reason, e.g. CONCURRENCY_CONFLICT, NOT_FOUND, REQUIRED, STEP_OUT_OF_ORDER. Branch on this, not on the message. "
            + "The full list, with what to do about each, is the root query errorCodes.");
        Field(x => x.Message).Description("Human-readable explanation, in Chinese then English (中文 / English).");
        Field(x => x.Field, nullable: true).Description("Path of the input field at fault (e.g. \"input.birthDate\"), or null when the error concerns the whole command.");
    }
}
