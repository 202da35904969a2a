using GraphQL;
using GraphQL.Introspection;
using GraphQL.Resolvers;
using GraphQL.Types;
using GraphQL.Utilities;

namespace CaseLedger.Api.GraphQL;

/// <summary>
/// What graphql-js's getIntrospectionQuery() asks with every option on (GraphiQL and codegen tools send
/// it): <c>__Directive.isRepeatable</c> and deprecated input values (<c>args/inputFields(includeDeprecated:)</c>,
/// <c>__InputValue.isDeprecated</c>) are GraphQL.NET features that are off by default; <c>__Type.specifiedByURL</c>
/// is not in GraphQL.NET 8 at all, so it is added here (null: no scalar of ours names a specification).
/// <c>__Directive.args</c> lacks the <c>includeDeprecated</c> argument the other <c>args</c> take; it is added too.
/// <c>__Type.isOneOf</c> and the schema's description are built in.
/// </summary>
internal static class StandardIntrospection
{
    public static void Configure(ISchema schema)
    {
        schema.Features.RepeatableDirectives = true;
        schema.Features.DeprecationOfInputValues = true;
        schema.RegisterVisitor(new MissingIntrospectionFields());
    }

    /// <summary>Runs once the introspection types exist, before the schema is validated.</summary>
    private sealed class MissingIntrospectionFields : BaseSchemaNodeVisitor
    {
        public override void VisitSchema(ISchema schema)
        {
            if (schema.AllTypes["__Type"] is __Type type && !type.HasField("specifiedByURL"))
            {
                type.AddField(new FieldType
                {
                    Name = "specifiedByURL",
                    Description = "For a custom scalar, the URL of the specification of its format; null for every type of this schema.",
                    Type = typeof(StringGraphType),
                    ResolvedType = schema.AllTypes["String"],
                    Resolver = new FuncFieldResolver<object?>(_ => null),
                });
            }
            if (schema.AllTypes["__Directive"] is __Directive directive && directive.GetField("args") is { } args
                && args.Arguments?.Find("includeDeprecated") is null)
            {
                args.Arguments ??= [];
                args.Arguments.Add(new QueryArgument(typeof(BooleanGraphType))
                {
                    Name = "includeDeprecated",
                    DefaultValue = false,
                    ResolvedType = schema.AllTypes["Boolean"],
                });
                args.Resolver = new FuncFieldResolver<Directive, IEnumerable<QueryArgument>>(context =>
                    (context.Source.Arguments ?? Enumerable.Empty<QueryArgument>()).Where(argument =>
                        context.GetArgument("includeDeprecated", false) || string.IsNullOrWhiteSpace(argument.DeprecationReason)));
            }
        }
    }
}
