namespace CaseLedger.Domain.Shared;

/// <summary>
/// A command the ledger refuses. <see cref="Code"/> is stable and machine-readable; the message
/// is bilingual (中文 / English); <see cref="Field"/> names the input field at fault, if any.
/// Nothing is appended when one is thrown.
/// </summary>
public class DomainException(string code, string message, string? field = null) : Exception(message)
{
    public string Code { get; } = code;

    public string? Field { get; } = field;
}
