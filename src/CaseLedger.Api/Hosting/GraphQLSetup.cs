using System.Text.Encodings.Web;
using System.Text.Unicode;
using CaseLedger.Api.GraphQL;
using GraphQL;
using GraphQL.Execution;

namespace CaseLedger.Api.Hosting;

internal static class GraphQLSetup
{
    public static IServiceCollection AddCaseLedgerGraphQL(this IServiceCollection services, IHostEnvironment environment) =>
        services.AddGraphQL(builder => builder
            .AddSchema<CaseLedgerSchema>()
            .AddGraphTypes(typeof(CaseLedgerSchema).Assembly)
            // Chinese text stays readable in responses instead of \uXXXX escapes.
            // Fields of one request share its Marten session (not thread-safe): resolve them one
            // at a time, and batch nested reads through ReadLoaders instead.
            .AddExecutionStrategy<SerialExecutionStrategy>(GraphQLParser.AST.OperationType.Query)
            .AddSystemTextJson(json => json.Encoder = JavaScriptEncoder.Create(UnicodeRanges.All))
            .AddErrorInfoProvider(options => options.ExposeExceptionDetails = environment.IsDevelopment()));
}
