using CaseLedger.Domain.Shared;
using GraphQL.Execution;
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

/// <summary>
/// Errors as clients see them: exception details only in Development, and outside Development no
/// "Did you mean …?" hints that would let a stranger map the schema by typos.
/// </summary>
internal sealed class CaseLedgerErrorInfoProvider(bool development) : ErrorInfoProvider(new ErrorInfoProviderOptions { ExposeExceptionDetails = development })
{
    public override ErrorInfo GetInfo(global::GraphQL.ExecutionError executionError)
    {
        var info = base.GetInfo(executionError);
        if (!development && info.Message.IndexOf(" Did you mean", StringComparison.Ordinal) is var at and >= 0)
            info.Message = info.Message[..at];
        if (info.Extensions is { } extensions)
            extensions["code"] = CatalogueCode(executionError, extensions.TryGetValue("code", out var code) ? code as string : null);
        return info;
    }

    /// <summary>
    /// One error model: every top-level error's <c>extensions.code</c> is in the catalogue (errorCodes). A code of
    /// ours raised inside (e.g. OFFSET_REQUIRED while coercing an argument) wins; a request GraphQL.NET refuses
    /// (syntax, validation, variables) is INVALID_REQUEST, its rule still in <c>extensions.codes</c>; a failure of ours is INTERNAL.
    /// </summary>
    private static string CatalogueCode(global::GraphQL.ExecutionError error, string? code)
    {
        for (Exception? inner = error.InnerException; inner is not null; inner = inner.InnerException)
        {
            if (inner is global::GraphQL.ExecutionError { Code: { } innerCode } && ErrorCodes.Descriptions.ContainsKey(innerCode))
                return innerCode;
            if (inner is DomainException refused && ErrorCodes.Descriptions.ContainsKey(refused.Code))
                return refused.Code;
        }
        // GraphQL.NET names a bad variable INVALID_VALUE, which the catalogue keeps for a domain value it cannot read.
        if (error is InvalidVariableError)
            return ErrorCodes.InvalidRequest;
        if (code is not null && ErrorCodes.Descriptions.ContainsKey(code))
            return code;
        return error switch
        {
            global::GraphQL.Validation.Errors.Custom.ComplexityError => ErrorCodes.Complexity,
            global::GraphQL.Validation.ValidationError or global::GraphQL.Execution.DocumentError => ErrorCodes.InvalidRequest,
            _ => ErrorCodes.Internal,
        };
    }
}

/// <summary>
/// Finds a fragment that spreads itself, in one pass over the document. GraphQL.NET's NoFragmentCycles
/// refuses the same documents, but only after every other validation rule has walked the cycle
/// (half a second for 200 fragments), so the transport asks this first.
/// </summary>
internal static class FragmentCycles
{
    public static string? Find(GraphQLDocument document)
    {
        var spreads = document.Definitions.OfType<GraphQLFragmentDefinition>()
            .GroupBy(f => f.FragmentName.Name.StringValue)
            .ToDictionary(g => g.Key, g => g.SelectMany(f => Spreads(f.SelectionSet)).Distinct().ToList());
        var state = new Dictionary<string, bool>(); // false: on the current path; true: done
        var path = new List<string>();
        foreach (var name in spreads.Keys)
        {
            if (Visit(name) is { } cycle)
                return cycle;
        }
        return null;

        string? Visit(string name)
        {
            if (state.TryGetValue(name, out var done))
                return done ? null : $"Cannot spread fragment '{name}' within itself via {string.Join(", ", path.SkipWhile(p => p != name).Skip(1).Select(p => $"'{p}'"))} (fragment cycles are refused).";
            if (!spreads.TryGetValue(name, out var next))
                return null;
            state[name] = false;
            path.Add(name);
            foreach (var spread in next)
            {
                if (Visit(spread) is { } cycle)
                    return cycle;
            }
            path.RemoveAt(path.Count - 1);
            state[name] = true;
            return null;
        }
    }

    private static IEnumerable<string> Spreads(GraphQLSelectionSet? set)
    {
        if (set is null)
            yield break;
        var stack = new Stack<GraphQLSelectionSet>([set]);
        while (stack.TryPop(out var current))
        {
            foreach (var selection in current.Selections)
            {
                switch (selection)
                {
                    case GraphQLFragmentSpread spread:
                        yield return spread.FragmentName.Name.StringValue;
                        break;
                    case GraphQLField { SelectionSet: { } children }:
                        stack.Push(children);
                        break;
                    case GraphQLInlineFragment inline:
                        stack.Push(inline.SelectionSet);
                        break;
                }
            }
        }
    }
}
