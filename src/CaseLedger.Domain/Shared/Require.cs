namespace CaseLedger.Domain.Shared;

/// <summary>Input checks shared by deciders; each failure is a <see cref="DomainException"/> naming the field.</summary>
public static class Require
{
    public static string Text(string? value, string field, int maxLength = 200) =>
        string.IsNullOrWhiteSpace(value)
            ? throw new DomainException("REQUIRED", $"{field} 不能为空 / {field} is required.", field)
            : value.Length > maxLength
                ? throw new DomainException("TOO_LONG", $"{field} 超过 {maxLength} 个字符 / {field} is longer than {maxLength} characters.", field)
                : value.Trim();

    public static DateOnly NotAfter(DateOnly date, DateOnly latest, string field) =>
        date > latest
            ? throw new DomainException("DATE_IN_FUTURE", $"{field} 不能晚于 {latest:yyyy-MM-dd} / {field} cannot be after {latest:yyyy-MM-dd}.", field)
            : date;
}
