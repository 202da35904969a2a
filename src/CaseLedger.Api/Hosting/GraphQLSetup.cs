using CaseLedger.Api.GraphQL;
using GraphQL;

namespace CaseLedger.Api.Hosting;

internal static class GraphQLSetup
{
    public static IServiceCollection AddCaseLedgerGraphQL(this IServiceCollection services, IHostEnvironment environment) =>
        services.AddGraphQL(builder => builder
            .AddSchema<CaseLedgerSchema>()
            .AddGraphTypes(typeof(CaseLedgerSchema).Assembly)
            .AddSystemTextJson()
            .AddErrorInfoProvider(options => options.ExposeExceptionDetails = environment.IsDevelopment()));
}
