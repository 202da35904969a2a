using CaseLedger.Domain.Shared;
using GraphQL.Execution;
using GraphQL.Validation;
using GraphQLParser.AST;

namespace CaseLedger.Api.GraphQL;

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
