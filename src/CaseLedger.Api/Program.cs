using CaseLedger.Api.Audits;
using CaseLedger.Api.GraphQL;
using CaseLedger.Api.DemoData;
using CaseLedger.Api.Hosting;
using CaseLedger.Api.Integrity;
using CaseLedger.Api.Performance;
using CaseLedger.Api.Security;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddCaseLedgerRequestServices();
builder.Services.AddCaseLedgerStore().AddAuditEvaluation(builder.Configuration);
builder.Services.AddCaseLedgerMediator();
builder.Services.AddCaseLedgerAuth(builder.Configuration);
builder.Services.AddCaseLedgerGraphQL(builder.Environment, builder.Configuration);
builder.Services.AddCaseLedgerHealth();
builder.Services.AddDemoData(builder.Configuration);

var app = builder.Build();
if (await LedgerCommands.TryRunAsync(app, args) is { } exitCode)
    return exitCode;

app.UseStaticFiles();
app.UseAuthentication();
app.MapGraphQLEndpoint("/graphql");
app.MapCaseLedgerHealth();
app.MapBenchEndpoints();

await app.RunAsync();
return 0;

/// <summary>The entry point, visible to the test host.</summary>
public partial class Program;
