using System.Text.Encodings.Web;
using System.Text.Unicode;
using CaseLedger.Api.Security;
using GraphQL;
using GraphQL.Execution;
using GraphQL.Validation.Rules.Custom;

namespace CaseLedger.Api.GraphQL;

internal static class GraphQLSetup
{
    public static IServiceCollection AddCaseLedgerGraphQL(this IServiceCollection services, IHostEnvironment environment, IConfiguration configuration)
    {
        var limits = QueryLimits.From(configuration);
        var introspection = configuration.GetValue("CaseLedger:Introspection", environment.IsDevelopment());
        services.AddSingleton(limits);
        services.AddSingleton(DocumentBounds.From(configuration));
        // A repeated query is neither parsed nor walked by the validation rules again (GraphQL/DocumentCache).
        services.AddSingleton(DocumentCache.From(configuration));
        services.AddSingleton<global::GraphQL.Validation.IDocumentValidator, CachingDocumentValidator>();
        services.AddSingleton(PlausibleDates.From(configuration));
        // GraphQL's String refuses NUL, other control characters and lone surrogates (GraphQL/RequestText).
        services.AddSingleton<global::GraphQL.Types.StringGraphType, TextGraphType>();
        return services.AddGraphQL(builder =>
        {
            builder
                .AddSchema<CaseLedgerSchema>()
                // The standard introspection query with all its options (GraphiQL, codegen) is answered in full.
                .ConfigureSchema(StandardIntrospection.Configure)
                // Each operation as a span and in the metrics (name, type, duration, errors), when telemetry is on.
                .ConfigureExecution(GraphQLTelemetry.ExecuteAsync)
                .AddGraphTypes(typeof(CaseLedgerSchema).Assembly)
                // Fields of one request share its Marten session (not thread-safe): resolve them one
                // at a time, and batch nested reads through ReadLoaders instead.
                .AddExecutionStrategy<SerialExecutionStrategy>(GraphQLParser.AST.OperationType.Query)
                // Chinese text stays readable in responses instead of \uXXXX escapes.
                .AddSystemTextJson(json => json.Encoder = JavaScriptEncoder.Create(UnicodeRanges.All))
                .AddErrorInfoProvider(new ServerErrorInfoProvider(new CaseLedgerErrorInfoProvider(environment.IsDevelopment()), environment.IsDevelopment()))
                // Depth and cost for user queries; the introspection query GraphiQL sends is exempt.
                .AddValidationRule(new IntrospectionExemptComplexity(IntrospectionExemptComplexity.For(limits)))
                .AddValidationRule(new AliasLimitRule(limits))
                .AddValidationRule(new OffsetRequiredRule())
                .AddValidationRule(ValidationCancellation.Instance)
                .WithTimeout(TimeSpan.FromSeconds(limits.TimeoutSeconds))
                // Who may use which field: one middleware on every field (Security/AuthorizationMiddleware).
                .UseMiddleware<AuthorizationMiddleware>()
                // Every ID argument of a query is an id of the entity it names, or INVALID_ID (GraphQL/IdArgumentMiddleware).
                .UseMiddleware<IdArgumentMiddleware>();
            if (!introspection)
                builder.AddValidationRule(NoIntrospectionValidationRule.Instance);
        });
    }
}
