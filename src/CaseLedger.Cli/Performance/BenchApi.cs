using System.Net.Http.Headers;

namespace CaseLedger.Cli.Performance;

/// <summary>The API under test, as the bench's clients reach it.</summary>
internal static class BenchApi
{
    /// <summary>A client for <paramref name="url"/>, sending BENCH_TOKEN (tools/bench mints one) as the bearer token: the API needs one for everything but __typename.</summary>
    public static HttpClient Client(string url)
    {
        var http = new HttpClient { BaseAddress = new Uri(url.EndsWith('/') ? url : url + "/") };
        if (Environment.GetEnvironmentVariable("BENCH_TOKEN") is { Length: > 0 } token)
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return http;
    }
}
