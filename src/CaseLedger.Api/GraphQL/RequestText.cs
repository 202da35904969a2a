using System.Text.Json;
using GraphQL.Types;
using GraphQLParser.AST;

namespace CaseLedger.Api.GraphQL;

/// <summary>A string that is not text: a NUL or another control character, or a lone UTF-16 surrogate.</summary>
internal sealed class InvalidTextException(string message) : FormatException(message);

/// <summary>
/// Text the ledger accepts: Unicode scalar values without C0 control characters other than tab,
/// line feed and carriage return. PostgreSQL cannot store a NUL in jsonb, and a lone surrogate
/// cannot be read as a string at all, so both are refused where the request is read.
/// </summary>
internal static class RequestText
{
    /// <summary>Where the first invalid string of a JSON body is, or null when every string and name is text.</summary>
    public static string? FirstProblem(JsonElement root)
    {
        // An explicit stack: the body's nesting is bounded by the JSON reader (64), but nothing here recurses.
        var pending = new Stack<(JsonElement Element, string Path)>();
        pending.Push((root, "body"));
        while (pending.TryPop(out var item))
        {
            var (element, path) = item;
            switch (element.ValueKind)
            {
                case JsonValueKind.Object:
                    foreach (var property in element.EnumerateObject())
                    {
                        if (Problem(() => property.Name, $"{path} (a property name)") is { } name)
                            return name;
                        pending.Push((property.Value, $"{path}.{property.Name}"));
                    }
                    break;
                case JsonValueKind.Array:
                    var index = 0;
                    foreach (var child in element.EnumerateArray())
                        pending.Push((child, $"{path}[{index++}]"));
                    break;
                case JsonValueKind.String:
                    if (Problem(element.GetString, path) is { } text)
                        return text;
                    break;
            }
        }
        return null;
    }

    /// <summary>The reason <paramref name="value"/> is not text, or null.</summary>
    public static string? Problem(string value, string where) =>
        DocumentPrePass.FirstInvalidCharacter(value) is { } at
            ? $"{where} 含有无效字符 / {where} holds an invalid character at position {at} (U+{(int)value[at]:X4}: a NUL, another control character or a lone UTF-16 surrogate)."
            : null;

    private static string? Problem(Func<string?> read, string where)
    {
        string? value;
        try
        {
            value = read();
        }
        catch (InvalidOperationException)
        {
            // System.Text.Json cannot transcode invalid UTF-8 or an escaped lone surrogate.
            return $"{where} 不是有效文本 / {where} is not valid text: it holds invalid UTF-8 or a lone UTF-16 surrogate.";
        }
        return value is null ? null : Problem(value, where);
    }
}

/// <summary>
/// GraphQL's String, refusing what is not text (see <see cref="RequestText"/>) wherever a string
/// argument or input field is given, as a literal in the document or as a variable. It throws
/// (rather than answering "cannot parse") so the error carries the code INVALID_TEXT.
/// </summary>
internal sealed class TextGraphType : StringGraphType
{
    public TextGraphType() => Name = "String";

    public override object? ParseLiteral(GraphQLValue value) => value is GraphQLStringValue s ? Checked((string)s.Value) : base.ParseLiteral(value);

    public override object? ParseValue(object? value) => value is string s ? Checked(s) : base.ParseValue(value);

    private static string Checked(string value) =>
        RequestText.Problem(value, "A string") is { } problem ? throw new InvalidTextException(problem) : value;
}
