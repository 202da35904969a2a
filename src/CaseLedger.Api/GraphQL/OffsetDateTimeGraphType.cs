using System.Globalization;
using System.Text.RegularExpressions;
using CaseLedger.Domain.Shared;
using GraphQL;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser.AST;

namespace CaseLedger.Api.GraphQL;

/// <summary>
/// The schema's DateTimeOffset, replacing GraphQL.NET's: an input timestamp must say its offset (Z or ±hh:mm).
/// "2020-03-01T09:00:00" could be Beijing or UTC, eight hours apart; it is refused with OFFSET_REQUIRED, never guessed.
/// </summary>
internal sealed partial class OffsetDateTimeGraphType : DateTimeOffsetGraphType
{
    public OffsetDateTimeGraphType()
    {
        Name = "DateTimeOffset";
        Description = "An ISO-8601 timestamp with its offset from UTC, e.g. 2020-03-01T09:00:00+08:00 or 2020-03-01T01:00:00Z. "
            + "Inputs without an offset are refused (OFFSET_REQUIRED); outputs are in UTC (Z).";
    }

    public override object? ParseLiteral(GraphQLValue value) =>
        value is GraphQLStringValue s ? Checked((string)s.Value) : base.ParseLiteral(value);

    public override object? ParseValue(object? value) => value is string s ? Checked(s) : base.ParseValue(value);

    /// <summary>
    /// A readable timestamp without an offset passes the generic type check, so that <see cref="OffsetRequiredRule"/>
    /// refuses it with its own code (the generic check would say only "invalid value").
    /// </summary>
    public override bool CanParseLiteral(GraphQLValue value) =>
        value is GraphQLStringValue s && !HasOffset((string)s.Value)
            ? DateTimeOffset.TryParse((string)s.Value, CultureInfo.InvariantCulture, DateTimeStyles.None, out _)
            : base.CanParseLiteral(value);

    public static bool IsOffsetless(GraphQLValue value) => value is GraphQLStringValue s && !HasOffset((string)s.Value);

    private static DateTimeOffset Checked(string text)
    {
        if (!HasOffset(text))
            throw new ExecutionError($"时间须带时区偏移 / \"{text}\" has no UTC offset: add Z or ±hh:mm, e.g. 2020-03-01T09:00:00+08:00.")
            { Code = ErrorCodes.OffsetRequired };
        return DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.None);
    }

    /// <summary>A time part that ends in Z or ±hh:mm (±hhmm, ±hh).</summary>
    private static bool HasOffset(string text) => Offset().IsMatch(text);

    [GeneratedRegex(@"T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|z|[+-]\d{2}(:?\d{2})?)$", RegexOptions.CultureInvariant)]
    private static partial Regex Offset();
}

/// <summary>Refuses a timestamp literal without an offset in an argument, with OFFSET_REQUIRED (variables are refused by the scalar itself).</summary>
internal sealed class OffsetRequiredRule : ValidationRuleBase
{
    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context) =>
        new(new MatchingNodeVisitor<GraphQLArgument>((argument, ctx) =>
        {
            if (ctx.TypeInfo.GetArgument()?.ResolvedType?.GetNamedType() is OffsetDateTimeGraphType && OffsetDateTimeGraphType.IsOffsetless(argument.Value))
                ctx.ReportError(new ValidationError(ctx.Document.Source, ErrorCodes.OffsetRequired,
                    $"时间须带时区偏移 / Argument '{argument.Name.StringValue}' has no UTC offset: add Z or ±hh:mm, e.g. 2020-03-01T09:00:00+08:00.", argument)
                { Code = ErrorCodes.OffsetRequired });
        }));
}
