using System.Diagnostics;
using System.Net;
using CaseLedger.Api.Tests.Testing;

namespace CaseLedger.Api.Tests.Transport;

public sealed class HostingTests(HostingTests.WithGraphiQL host) : IClassFixture<HostingTests.WithGraphiQL>
{
    /// <summary>A host whose web root has GraphiQL: built from npm first (as tools/run does) when a plain dotnet test finds it missing.</summary>
    public sealed class WithGraphiQL : CaseLedgerHost
    {
        public WithGraphiQL()
        {
            var webRoot = Path.Combine(RepositoryRoot.Path, "src", "CaseLedger.Api", "wwwroot", "graphiql");
            if (File.Exists(Path.Combine(webRoot, "index.html")))
                return;
            using var build = Process.Start(Path.Combine(RepositoryRoot.Path, "tools", "graphiql", "build.sh"), webRoot);
            build.WaitForExit();
        }
    }

    [Fact]
    public async Task Readiness_reports_PostgreSQL_answering()
    {
        using var response = await host.Http.GetAsync("/health/ready");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_browser_asking_for_html_gets_GraphiQL_served_from_local_files()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql");
        request.Headers.Accept.ParseAdd("text/html");
        using var page = await host.Http.SendAsync(request);
        using var bundle = await host.Http.GetAsync("/graphiql/graphiql.min.js");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        Assert.Contains("/graphiql/graphiql.min.js", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, bundle.StatusCode);
    }
}
