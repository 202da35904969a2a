using CaseLedger.Api.GraphQL;
using CaseLedger.Api.Hosting;
using CaseLedger.Api.Performance;

var builder = WebApplication.CreateBuilder(args);
builder.AddCaseLedger();

var app = builder.Build();
app.UseStaticFiles();
app.UseWebSockets();
app.UseAuthentication();
app.UseRateLimiter();
app.MapGraphQLEndpoint("/graphql");
app.MapCaseLedgerHealth();
app.MapBenchEndpoints();

await app.RunAsync();
return 0;

/// <summary>The entry point, visible to the test host.</summary>
public partial class Program;
