using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using CaseLedger.Api.Security;
using CaseLedger.Api.Tests.Testing;
using Microsoft.AspNetCore.Hosting;
using static CaseLedger.Api.Tests.Testing.GraphQLClient;

namespace CaseLedger.Api.Tests.LiveUpdates;

/// <summary>
/// GraphiQL runs subscriptions: in headless Chromium (tools/browser-test/graphiql-subscription.mjs) a subscription typed
/// in the editor, with the Authorization header in the Headers editor, opens a graphql-transport-ws socket to /graphql,
/// sends the header in connection_init, and shows a change committed while it runs.
/// </summary>
public sealed class GraphiQLSubscriptionTests(GraphiQLSubscriptionTests.Host host) : IClassFixture<GraphiQLSubscriptionTests.Host>
{
    [Fact]
    public async Task A_subscription_typed_in_GraphiQL_streams_the_changes_of_the_case()
    {
        var region = Id(await host.GraphQL.RegisterUnitAsync("640000", "宁夏回族自治区", "REGION"));
        var county = await host.GraphQL.RegisterUnitAsync("640497", "订阅县", "COUNTY", region);
        var cadre = await host.GraphQL.RegisterCadreAsync("订阅人");
        var caseId = Id(await host.GraphQL.MutateAsync("openCase", new { channel = "OUTBOUND_SECONDMENT", cadreId = Id(cadre), effectiveOn = "2026-01-05" }, "case { id }"));
        await host.GraphQL.StepAsync("startSecondment", caseId, new { sendingUnitId = region, hostUnitId = Id(county), startOn = "2026-02-01", plannedEndOn = "2027-02-01" });
        var inspector = CaseLedgerHost.TokenFor(Role.Inspector, StreamId(county), "浏览器里的检查员");
        // A step that may be recorded again and again (a later end each time): the script sends it until GraphiQL shows it.
        var write = JsonSerializer.Serialize(new
        {
            query = "mutation($input: ExtendSecondmentInput!) { extendSecondment(input: $input) { errors { code } } }",
            variables = new { input = new { caseId, newPlannedEndOn = "2027-06-%NN%", effectiveOn = "2026-10-01" } },
        });

        var url = new Uri(host.Http.BaseAddress!, "/graphql").ToString();
        var (exit, output, error) = await NodeScripts.RunAsync("graphiql-subscription.mjs", "--url", url, "--token", inspector,
            "--query", $"subscription {{ caseChanged(caseId: \"{caseId}\") {{ eventType case {{ stepsDone }} }} }}",
            "--write", write, "--writer-token", CaseLedgerHost.TokenFor(Role.Admin, null), "--expect", "secondment_extended.v1");
        Assert.True(exit is 0 or 1, $"graphiql-subscription.mjs exited {exit}: {error}");
        var seen = JsonNode.Parse(output.Trim().Split('\n')[^1])!;

        Assert.True(seen["passed"]!.GetValue<bool>(), seen.ToJsonString());
        Assert.StartsWith("ws://", seen["socket"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.EndsWith("/graphql", seen["socket"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("graphql-transport-ws", seen["protocol"]!.GetValue<string>());
        Assert.True(seen["init"]!["authorization"]!.GetValue<bool>());
        Assert.Contains("secondment_extended.v1", seen["result"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    /// <summary>The test host, with GraphiQL's files built into wwwroot from tools/graphiql before it starts (as tools/test does).</summary>
    public sealed class Host : CaseLedgerHost
    {
        public Host()
        {
            var output = Path.Combine(RepositoryRoot.Path, "src", "CaseLedger.Api", "wwwroot", "graphiql");
            var build = new ProcessStartInfo(Path.Combine(RepositoryRoot.Path, "tools", "graphiql", "build.sh"), output);
            using var process = Process.Start(build) ?? throw new InvalidOperationException("tools/graphiql/build.sh did not start.");
            process.WaitForExit();
            if (process.ExitCode != 0)
                throw new InvalidOperationException($"tools/graphiql/build.sh failed ({process.ExitCode}).");
        }

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            // A loaded machine can take more than the default 10 s over a fresh host's first requests.
            builder.UseSetting("CaseLedger:Limits:TimeoutSeconds", "60");
        }
    }
}
