using System.Diagnostics;
using System.Text.Json.Nodes;
using CaseLedger.Api.Tests.Testing;
using CaseLedger.Api.Security;

namespace CaseLedger.Api.Tests.Transport;

/// <summary>
/// GraphiQL as a person sees it, in a real browser: headless Chromium (Debian's chromium, which tools/test
/// installs) opens /graphql of the running test server, the documentation explorer lists Query, and a query
/// sent with an Authorization header shows the ledger's data (tools/browser-test/graphiql.mjs drives it over
/// the DevTools protocol).
/// </summary>
public sealed class GraphiQLBrowserTests(GraphiQLBrowserTests.Host host) : IClassFixture<GraphiQLBrowserTests.Host>
{
    [Fact]
    public async Task GraphiQL_loads_the_schema_and_runs_a_query_with_the_Authorization_header()
    {
        var unit = await host.GraphQL.RegisterUnitAsync("640498", "浏览器县");
        var inspector = CaseLedgerHost.TokenFor(Role.Inspector, GraphQLClient.StreamId(unit), "浏览器里的检查员");

        var seen = await OpenGraphiQLAsync(inspector, "{ units(first: 5) { edges { node { name } } } }", "浏览器县");

        Assert.True(seen["passed"]!.GetValue<bool>(), seen.ToJsonString());
        Assert.Null(seen["introspection"]!["errors"]);
        Assert.Contains("query: Query", seen["docExplorer"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("浏览器县", seen["result"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_valid_token_the_page_shows_the_error_not_data()
    {
        var seen = await OpenGraphiQLAsync("not-a-token", "{ units(first: 5) { totalCount } }", "totalCount");

        Assert.False(seen["passed"]!.GetValue<bool>());
        Assert.Contains("AUTH_REQUIRED", seen["result"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Null(seen["introspection"]!["errors"]); // the schema still loads: introspection is open here
    }

    private async Task<JsonNode> OpenGraphiQLAsync(string token, string query, string expect)
    {
        var url = new Uri(host.Http.BaseAddress!, "/graphql").ToString();
        var (exit, output, error) = await NodeScripts.RunAsync("graphiql.mjs", "--url", url, "--token", token, "--query", query, "--expect", expect);
        Assert.True(exit is 0 or 1, $"graphiql.mjs exited {exit}: {error}");
        return JsonNode.Parse(output.Trim().Split('\n')[^1])!;
    }

    /// <summary>The test host, with GraphiQL's files built into wwwroot before it starts (tools/test builds them too).</summary>
    public sealed class Host : CaseLedgerHost
    {
        public Host()
        {
            var page = Path.Combine(RepositoryRoot.Path, "src", "CaseLedger.Api", "wwwroot", "graphiql", "index.html");
            if (File.Exists(page))
                return;
            var build = new ProcessStartInfo(Path.Combine(RepositoryRoot.Path, "tools", "graphiql", "build.sh"), Path.GetDirectoryName(page)!);
            using var process = Process.Start(build) ?? throw new InvalidOperationException("tools/graphiql/build.sh did not start.");
            process.WaitForExit();
            if (process.ExitCode != 0)
                throw new InvalidOperationException($"tools/graphiql/build.sh failed ({process.ExitCode}).");
        }
    }
}
