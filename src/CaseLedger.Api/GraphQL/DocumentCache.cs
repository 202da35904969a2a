using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using GraphQL;
using GraphQL.Validation;
using GraphQL.Validation.Rules;
using GraphQL.Validation.Rules.Custom;
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
/// A rule with nothing but a walk is left out altogether, and so is the cost rule for an operation whose variables
/// cannot change its cost (<see cref="CostIsFixed"/>: a lookup by <c>ID!</c>, a mutation's <c>$input</c>): then nothing is left to walk and the validator
/// makes no pass over the document at all (it would otherwise still walk it once to track types for no visitor).
/// </summary>
internal sealed class CachingDocumentValidator : IDocumentValidator
{
    private readonly DocumentValidator inner = new();
    private readonly ConditionalWeakTable<GraphQLOperationDefinition, object> passed = new();
    private readonly ConditionalWeakTable<IValidationRule, IValidationRule> withoutWalk = new();
    private readonly ConditionalWeakTable<global::GraphQL.Types.ISchema, IReadOnlySet<string>> costTypes = new();

    public Task<IValidationResult> ValidateAsync(in ValidationOptions options)
    {
        if (passed.TryGetValue(options.Operation, out _))
            return inner.ValidateAsync(new ValidationOptions
            {
                Document = options.Document,
                Rules = WithoutWalk(options.Rules ?? DocumentValidator.CoreRules, options.Schema, options.Operation),
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

    private List<IValidationRule> WithoutWalk(IEnumerable<IValidationRule> rules, global::GraphQL.Types.ISchema schema, GraphQLOperationDefinition operation)
    {
        var list = new List<IValidationRule>();
        foreach (var rule in rules)
        {
            // The cost of an operation that passed is the same again when no variable can change it.
            if (rule is ComplexityValidationRule && CostIsFixed(operation, costTypes.GetValue(schema, CostTypes)))
                continue;
            // Without argument validators in the schema this rule has no visitor at all.
            if (rule is FieldArgumentsAreValidRule && !schema.GetMetadata<bool>(FieldArgumentsAreValidRule.HAS_FIELD_ARGUMENT_VALIDATION_KEY))
                continue;
            if (withoutWalk.GetValue(rule, r => WalkOnly(r) ? Skip : new PostOnly(r)) is PostOnly post)
                list.Add(post);
        }
        return list;
    }

    /// <summary>Marks a rule whose only visitor is the walk (nothing per request): left out for an operation that passed.</summary>
    private static readonly IValidationRule Skip = new Skipped();

    /// <summary>A rule built on <see cref="ValidationRuleBase"/> that overrides neither its variable nor its post-walk visitor.</summary>
    private static bool WalkOnly(IValidationRule rule)
    {
        if (rule is not ValidationRuleBase)
            return false;
        var type = rule.GetType();
        return type.GetMethod(nameof(ValidationRuleBase.GetVariableVisitorAsync), [typeof(ValidationContext)])?.DeclaringType == typeof(ValidationRuleBase)
            && type.GetMethod(nameof(ValidationRuleBase.GetPostNodeVisitorAsync), [typeof(ValidationContext)])?.DeclaringType == typeof(ValidationRuleBase);
    }

    /// <summary>
    /// True when no variable can change the operation's cost or depth. The cost rule reads <c>first</c>/<c>last</c> (given as
    /// <c>Int</c>), whether an <c>id</c> argument is given, and <c>@skip</c>/<c>@include</c> (<c>Boolean</c>). A variable can
    /// stand only where its type is expected, and a non-null one is always given; so a non-null variable whose named type is
    /// neither <c>Boolean</c> nor the type of any <c>first</c>/<c>last</c> argument of the schema (<paramref name="costTypes"/>,
    /// from <see cref="CostTypes"/>) can feed none of them. A mutation's <c>$input: SomeInput!</c> is such a variable: the
    /// input object's fields are its own, never a field's <c>first</c>. Then the cost is the document's alone, and it passed.
    /// </summary>
    internal static bool CostIsFixed(GraphQLOperationDefinition operation, IReadOnlySet<string> costTypes)
    {
        foreach (var variable in operation.Variables?.Items ?? [])
        {
            if (variable.Type is not GraphQLNonNullType nonNull || costTypes.Contains(NamedType(nonNull.Type)))
                return false;
        }
        return true;
    }

    /// <summary><c>Boolean</c> and the named types of every <c>first</c>/<c>last</c> argument in <paramref name="schema"/>.</summary>
    internal static IReadOnlySet<string> CostTypes(global::GraphQL.Types.ISchema schema)
    {
        var types = new HashSet<string>(StringComparer.Ordinal) { "Boolean" };
        foreach (var type in schema.AllTypes.OfType<global::GraphQL.Types.IComplexGraphType>())
        {
            foreach (var argument in type.Fields.SelectMany(field => field.Arguments ?? []))
            {
                if (argument.Name is "first" or "last" && argument.ResolvedType is { } argumentType)
                    types.Add(argumentType.GetNamedType().Name);
            }
        }
        return types;
    }

    private static string NamedType(GraphQLType type) => type switch
    {
        GraphQLNonNullType nonNull => NamedType(nonNull.Type),
        GraphQLListType list => NamedType(list.Type),
        GraphQLNamedType named => named.Name.StringValue,
        _ => throw new ArgumentOutOfRangeException(nameof(type)),
    };

    private sealed class Skipped : ValidationRuleBase;

    /// <summary>A rule without its pre-walk visitor: its variable and post-walk visitors run as before.</summary>
    private sealed class PostOnly(IValidationRule rule) : IValidationRule
    {
        public ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context) => default;

        public ValueTask<IVariableVisitor?> GetVariableVisitorAsync(ValidationContext context) => rule.GetVariableVisitorAsync(context);

        public ValueTask<INodeVisitor?> GetPostNodeVisitorAsync(ValidationContext context) => rule.GetPostNodeVisitorAsync(context);
    }
}
