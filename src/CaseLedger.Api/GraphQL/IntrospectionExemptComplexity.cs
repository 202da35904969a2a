using GraphQL.Validation;
using GraphQL.Validation.Complexity;
using GraphQL.Validation.Rules.Custom;
using GraphQLParser.AST;

namespace CaseLedger.Api.GraphQL;

/// <summary>
/// The depth and cost limits (<see cref="QueryLimits"/>) for user queries only: an operation that selects
/// nothing but introspection fields (<c>__schema</c>, <c>__type</c>, <c>__typename</c>) is not measured, so
/// GraphiQL and codegen tools load the schema (graphql-js's standard introspection query nests 15 levels).
/// Whether introspection is allowed at all is still decided by CaseLedger:Introspection; the pre-validation
/// document bounds still apply to it. Introspection fields inside a user query cost nothing either.
/// </summary>
internal sealed class IntrospectionExemptComplexity(ComplexityOptions options) : ComplexityValidationRule(options)
{
    public static ComplexityOptions For(QueryLimits limits)
    {
        var options = new ComplexityOptions { MaxDepth = limits.MaxDepth, MaxComplexity = limits.MaxComplexity };
        var fallback = options.DefaultComplexityImpactDelegate;
        options.DefaultComplexityImpactDelegate = context => IsIntrospection(context.FieldAst)
            ? new FieldComplexityResult(0, 0)
            : fallback(context);
        return options;
    }

    protected override ValueTask ValidateComplexityAsync(ValidationContext context, double totalComplexity, int maxDepth) =>
        OnlyIntrospection(context.Operation.SelectionSet) ? default : base.ValidateComplexityAsync(context, totalComplexity, maxDepth);

    private static bool OnlyIntrospection(GraphQLSelectionSet set) =>
        set.Selections.Count > 0 && set.Selections.All(selection => selection switch
        {
            GraphQLField field => IsIntrospection(field),
            GraphQLInlineFragment inline => OnlyIntrospection(inline.SelectionSet),
            _ => false, // a named fragment is judged as a user query: no lookup here
        });

    private static bool IsIntrospection(GraphQLField field) => field.Name.Value.Span.StartsWith("__");
}
