namespace CaseLedger.Domain.Shared;

/// <summary>Input checks shared by deciders; each failure is a <see cref="DomainException"/> naming the field.</summary>
public static class Require
{
    public static string Text(string? value, string field, int maxLength = 200) =>
        string.IsNullOrWhiteSpace(value)
            ? throw new DomainException(ErrorCodes.Required, $"{field} 不能为空 / {field} is required.", field)
            : value.Length > maxLength
                ? throw new DomainException(ErrorCodes.TooLong, $"{field} 超过 {maxLength} 个字符 / {field} is longer than {maxLength} characters.", field)
                : value.Trim();

    /// <summary>A non-empty list of non-empty texts, trimmed.</summary>
    public static IReadOnlyList<string> Texts(IReadOnlyList<string>? values, string field, int maxLength = 200) =>
        values is null || values.Count == 0
            ? throw new DomainException(ErrorCodes.Required, $"{field} 至少填写一项 / {field} needs at least one entry.", field)
            : [.. values.Select(v => Text(v, field, maxLength))];

    public static Guid Id(Guid value, string field) =>
        value == Guid.Empty ? throw new DomainException(ErrorCodes.Required, $"{field} 不能为空 / {field} is required.", field) : value;

    public static int NotNegative(int value, string field) =>
        value < 0 ? throw new DomainException(ErrorCodes.NegativeNumber, $"{field} 不能为负数 / {field} cannot be negative.", field) : value;

    public static int Positive(int value, string field) =>
        value <= 0 ? throw new DomainException(ErrorCodes.NotPositive, $"{field} 须大于 0 / {field} must be at least 1.", field) : value;

    public static DateOnly NotAfter(DateOnly date, DateOnly latest, string field) =>
        date > latest
            ? throw new DomainException(ErrorCodes.DateInFuture, $"{field} 不能晚于 {latest:yyyy-MM-dd} / {field} cannot be after {latest:yyyy-MM-dd}.", field)
            : date;

    public static DateOnly NotBefore(DateOnly end, DateOnly start, string field) =>
        end < start
            ? throw new DomainException(ErrorCodes.EndBeforeStart, $"{field} 早于开始日期 {start:yyyy-MM-dd} / {field} is before the start {start:yyyy-MM-dd}.", field)
            : end;
}
