using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using CaseLedger.Api.Security;
using CaseLedger.Api.Tests.Testing;
using Microsoft.AspNetCore.Hosting;

namespace CaseLedger.Api.Tests.Security;

/// <summary>A host whose rate limit is low enough to cross in a test: 3 anonymous and 5 signed-in requests a minute.</summary>
public sealed class RateLimitedHost : CaseLedgerHost
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("CaseLedger:RateLimit:Enabled", "true");
        builder.UseSetting("CaseLedger:RateLimit:WindowSeconds", "60");
        builder.UseSetting("CaseLedger:RateLimit:AnonymousPermits", "3");
        builder.UseSetting("CaseLedger:RateLimit:AuthenticatedPermits", "5");
    }
}

/// <summary>
/// Each client has its own allowance: anonymous callers by address, signed-in users by name.
/// Past it the answer is 429 with Retry-After and a GraphQL error RATE_LIMITED, and other clients
/// are still served.
/// </summary>
public sealed class RateLimitTests(RateLimitedHost host) : IClassFixture<RateLimitedHost>
{
    private static async Task<HttpResponseMessage> TypenameAsync(HttpClient client) =>
        await client.PostAsync("/graphql", new StringContent("""{"query":"{ __typename }"}""", Encoding.UTF8, "application/json"));

    [Fact]
    public async Task Anonymous_and_signed_in_callers_each_get_their_allowance_then_429_with_Retry_After()
    {
        var anonymous = host.HttpFor(null);
        for (var i = 0; i < 3; i++)
            Assert.Equal(HttpStatusCode.OK, (await TypenameAsync(anonymous)).StatusCode);
        using var refused = await TypenameAsync(anonymous);

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.True(refused.Headers.RetryAfter?.Delta is { TotalSeconds: > 0 and <= 60 }, $"Retry-After: {refused.Headers.RetryAfter}");
        var error = JsonNode.Parse(await refused.Content.ReadAsStringAsync())!["errors"]![0]!;
        Assert.Equal("RATE_LIMITED", error["extensions"]!["code"]!.GetValue<string>());
        Assert.True(error["extensions"]!["retryAfterSeconds"]!.GetValue<int>() > 0);

        // A signed-in user is counted apart from the anonymous address, and has the larger allowance.
        var registrar = host.HttpFor(CaseLedgerHost.TokenFor(Role.Registrar, null, "rate-registrar"));
        for (var i = 0; i < 5; i++)
            Assert.Equal(HttpStatusCode.OK, (await TypenameAsync(registrar)).StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await TypenameAsync(registrar)).StatusCode);

        // Another user is still served.
        var inspector = host.HttpFor(CaseLedgerHost.TokenFor(Role.Inspector, null, "rate-inspector"));
        Assert.Equal(HttpStatusCode.OK, (await TypenameAsync(inspector)).StatusCode);
    }
}
