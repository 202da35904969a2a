using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using GraphQL.Validation;
using GraphQLParser.AST;

namespace CaseLedger.Api.GraphQL;

/// <summary>
/// Parsed documents by their exact query text, so a client's repeated query is not bounded, parsed and checked
/// for cycles and aliases again on every request. Only a document that passed every one of those checks is kept
/// (the checks are pure functions of the text and the configured bounds, so a kept text would pass them again);
/// anything refused is refused afresh each time, with the same answer. Bounded: at most <see cref="Capacity"/>
/// texts of at most <see cref="MaxQueryLength"/> characters; a full cache is emptied and refills (a client sending
/// ever-new documents gets no worse than no cache). CaseLedger:Limits:Document:CacheSize (default 1,000; 0 turns it off).
/// </summary>
internal sealed class DocumentCache(int capacity)
{
    /// <summary>Longer texts are not kept: real clients' queries are a few hundred characters.</summary>
    public const int MaxQueryLength = 16 * 1024;

    private readonly ConcurrentDictionary<string, GraphQLDocument> documents = new(StringComparer.Ordinal);
    private int count;

    public int Capacity { get; } = capacity;

    public int Count => Volatile.Read(ref count);

    public static DocumentCache From(IConfiguration configuration) =>
        new(configuration.GetValue("CaseLedger:Limits:Document:CacheSize", 1_000));

    public bool TryGet(string query, out GraphQLDocument document) => documents.TryGetValue(query, out document!);

    /// <summary>Keeps <paramref name="document"/>, parsed from <paramref name="query"/>, once it has passed every check before validation.</summary>
    public void Add(string query, GraphQLDocument document)
    {
        if (Capacity <= 0 || query.Length > MaxQueryLength)
            return;
        if (Interlocked.Increment(ref count) > Capacity)
        {
            documents.Clear();
            Volatile.Write(ref count, 1);
        }
        if (!documents.TryAdd(query, document))
            Interlocked.Decrement(ref count);
    }
}

/// <summary>
/// GraphQL.NET's validator, which skips the rules' document walk for an operation that already passed it.
/// The walk (the core rules, the alias cap, offsets, introspection) reads only the document and the schema, never
/// the variables or the user, so an operation object that passed once passes again; only a document that passed
/// is marked, and the mark lives as long as that parsed document (kept by <see cref="DocumentCache"/>).
/// Everything that depends on the request still runs every time: variable coercion, argument parsing and the rules'
/// variable and post-walk visitors (depth and cost, which read <c>first</c>/<c>last</c> from the variables).
/// </summary>
internal sealed class CachingDocumentValidator : IDocumentValidator
{
    private readonly DocumentValidator inner = new();
    private readonly ConditionalWeakTable<GraphQLOperationDefinition, object> passed = new();
    private readonly ConditionalWeakTable<IValidationRule, IValidationRule> withoutWalk = new();

    public Task<IValidationResult> ValidateAsync(in ValidationOptions options)
    {
        if (passed.TryGetValue(options.Operation, out _))
            return inner.ValidateAsync(new ValidationOptions
            {
                Document = options.Document,
                Rules = WithoutWalk(options.Rules ?? DocumentValidator.CoreRules),
                Operation = options.Operation,
                UserContext = options.UserContext,
                RequestServices = options.RequestServices,
                User = options.User,
                CancellationToken = options.CancellationToken,
                Schema = options.Schema,
                Metrics = options.Metrics,
                Variables = options.Variables,
                Extensions = options.Extensions,
            });
        return ValidateAndMarkAsync(inner.ValidateAsync(options), options.Operation);
    }

    private async Task<IValidationResult> ValidateAndMarkAsync(Task<IValidationResult> validation, GraphQLOperationDefinition operation)
    {
        var result = await validation;
        if (result.IsValid)
            passed.AddOrUpdate(operation, this);
        return result;
    }

    private List<IValidationRule> WithoutWalk(IEnumerable<IValidationRule> rules)
    {
        var list = new List<IValidationRule>();
        foreach (var rule in rules)
            list.Add(withoutWalk.GetValue(rule, r => new PostOnly(r)));
        return list;
    }

    /// <summary>A rule without its pre-walk visitor: its variable and post-walk visitors run as before.</summary>
    private sealed class PostOnly(IValidationRule rule) : IValidationRule
    {
        public ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context) => default;

        public ValueTask<IVariableVisitor?> GetVariableVisitorAsync(ValidationContext context) => rule.GetVariableVisitorAsync(context);

        public ValueTask<INodeVisitor?> GetPostNodeVisitorAsync(ValidationContext context) => rule.GetPostNodeVisitorAsync(context);
    }
}
