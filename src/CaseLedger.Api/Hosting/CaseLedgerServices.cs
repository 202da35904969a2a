using CaseLedger.Api.GraphQL;
using CaseLedger.Api.Ledger;
using CaseLedger.Api.Security;

namespace CaseLedger.Api.Hosting;

/// <summary>
/// Every service the API runs on, in one call: the web host (Program) and the command line
/// (CaseLedger.Cli, which builds the same services without starting the host) compose the same ledger.
/// </summary>
internal static class CaseLedgerServices
{
    public static WebApplicationBuilder AddCaseLedger(this WebApplicationBuilder builder)
    {
        builder.Services.AddCaseLedgerRequestServices();
        builder.Services.AddCaseLedgerFeatures(builder.Services.AddCaseLedgerStore(), builder.Configuration);
        builder.Services.AddCaseLedgerMediator();
        builder.Services.AddCaseLedgerAuth(builder.Configuration);
        builder.Services.AddCaseLedgerRateLimits(builder.Configuration);
        builder.Services.AddCaseLedgerGraphQL(builder.Environment, builder.Configuration);
        builder.Services.AddCaseLedgerHealth();
        builder.Services.AddCaseLedgerTelemetry(builder.Configuration);
        return builder;
    }
}
