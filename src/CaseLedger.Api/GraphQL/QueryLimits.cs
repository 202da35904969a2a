using CaseLedger.Domain.Shared;
using GraphQL.Validation;
using GraphQLParser.AST;

namespace CaseLedger.Api.GraphQL;

/// <summary>
/// The limits every document meets before it runs (CaseLedger:Limits:* overrides them): nesting depth,
/// aliases, cost (GraphQL.NET's complexity analyzer: a list multiplies its children by first/last, 5 when
/// not given) and wall-clock time. Fragment cycles are refused by the core rule NoFragmentCycles, batched
/// requests and bodies over 1 MB by the transport.
/// </summary>
internal sealed class QueryLimits
{
    public int MaxDepth { get; init; } = 10;

    public int MaxAliases { get; init; } = 30;

    public int MaxComplexity { get; init; } = 20_000;

    public int TimeoutSeconds { get; init; } = 10;

    public static QueryLimits From(IConfiguration configuration) =>
        configuration.GetSection("CaseLedger:Limits").Get<QueryLimits>() ?? new QueryLimits();
}

/// <summary>Refuses a document with more aliased fields than <see cref="QueryLimits.MaxAliases"/> (1,000 aliases of one costly field are a cheap denial of service).</summary>
internal sealed class AliasLimitRule(QueryLimits limits) : ValidationRuleBase
{
    public const string Code = ErrorCodes.AliasLimit;

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context) =>
        new(new MatchingNodeVisitor<GraphQLDocument>((document, ctx) =>
        {
            var aliases = CountAliases(document);
            if (aliases > limits.MaxAliases)
                ctx.ReportError(new ValidationError(ctx.Document.Source, Code,
                    $"Query has {aliases} aliases; at most {limits.MaxAliases} are allowed (limit: aliases).", document)
                { Code = Code });
        }));

    /// <summary>Aliased fields anywhere in the document, fragments included (one pass, no spread is followed).</summary>
    public static int CountAliases(GraphQLDocument document)
    {
        var aliases = 0;
        Count(document, ref aliases);
        return aliases;
    }

    /// <summary>The refusal of the transport's pre-check (the same as the rule's), or null.</summary>
    public static string? Refusal(GraphQLDocument document, QueryLimits limits) => CountAliases(document) is var aliases && aliases > limits.MaxAliases
        ? $"Query has {aliases} aliases; at most {limits.MaxAliases} are allowed (limit: aliases)."
        : null;

    private static void Count(ASTNode node, ref int aliases)
    {
        switch (node)
        {
            case GraphQLDocument document:
                foreach (var definition in document.Definitions)
                    Count(definition, ref aliases);
                break;
            case GraphQLOperationDefinition operation:
                Count(operation.SelectionSet, ref aliases);
                break;
            case GraphQLFragmentDefinition fragment:
                Count(fragment.SelectionSet, ref aliases);
                break;
            case GraphQLSelectionSet set:
                foreach (var selection in set.Selections)
                    Count(selection, ref aliases);
                break;
            case GraphQLField field:
                if (field.Alias is not null)
                    aliases++;
                if (field.SelectionSet is { } children)
                    Count(children, ref aliases);
                break;
            case GraphQLInlineFragment inline:
                Count(inline.SelectionSet, ref aliases);
                break;
        }
    }
}
