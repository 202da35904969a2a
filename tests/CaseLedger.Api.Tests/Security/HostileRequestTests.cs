using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using CaseLedger.Api.Tests.Testing;
using Xunit.Abstractions;

namespace CaseLedger.Api.Tests.Security;

/// <summary>
/// Issue #13, defects 1 and 4: requests that crashed the process, burnt its CPU or answered 500 are
/// refused as client errors (4xx) with a GraphQL error naming the problem, without a token, and
/// the server answers normally right after.
/// </summary>
public sealed class HostileRequestTests(CaseLedgerHost host, ITestOutputHelper output) : IClassFixture<CaseLedgerHost>
{
    private async Task<(HttpStatusCode Status, JsonNode? Body, long Milliseconds)> PostRawAsync(byte[] body, string? accept = null, HttpClient? client = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        if (accept is not null)
            request.Headers.Accept.ParseAdd(accept);
        var watch = Stopwatch.StartNew();
        using var response = await (client ?? host.HttpFor(null)).SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        watch.Stop();
        output.WriteLine($"{body.Length / 1024.0:F1} KB: HTTP {(int)response.StatusCode} in {watch.ElapsedMilliseconds} ms: {text[..Math.Min(200, text.Length)]}");
        return (response.StatusCode, text.Length > 0 ? JsonNode.Parse(text) : null, watch.ElapsedMilliseconds);
    }

    private Task<(HttpStatusCode Status, JsonNode? Body, long Milliseconds)> PostJsonAsync(string json, string? accept = null) =>
        PostRawAsync(Encoding.UTF8.GetBytes(json), accept);

    private Task<(HttpStatusCode Status, JsonNode? Body, long Milliseconds)> PostQueryAsync(string query, string? accept = null) =>
        PostJsonAsync(new JsonObject { ["query"] = query }.ToJsonString(), accept);

    private static string? Code(JsonNode? body) => body?["errors"]?[0]?["extensions"]?["code"]?.GetValue<string>();

    private async Task AnswersTypenameAsync()
    {
        var result = await host.Anonymous().ExecuteAsync("{ __typename }");
        Assert.Equal("Query", result["data"]!["__typename"]!.GetValue<string>());
    }

    private static void AssertRefused((HttpStatusCode Status, JsonNode? Body, long Milliseconds) answer, string code, string limitWords)
    {
        Assert.InRange((int)answer.Status, 400, 499);
        Assert.Null(answer.Body!["data"]);
        Assert.Equal(code, Code(answer.Body));
        Assert.Contains(limitWords, answer.Body!["errors"]![0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_chain_of_2000_fragments_is_refused_before_validation()
    {
        var fragments = Enumerable.Range(0, 2000).Select(i =>
            i == 1999 ? "fragment F1999 on Query { __typename }" : $"fragment F{i} on Query {{ __typename ...F{i + 1} }}");
        var query = "{ ...F0 } " + string.Join(' ', fragments);

        await AnswersTypenameAsync(); // warm
        var answer = await PostQueryAsync(query);

        AssertRefused(answer, "FRAGMENT_LIMIT", "limit: fragments");
        Assert.True(answer.Milliseconds < 1000, $"took {answer.Milliseconds} ms");
        await AnswersTypenameAsync();
    }

    [Fact]
    public async Task Twenty_thousand_typenames_are_refused_before_validation()
    {
        var query = "{ " + string.Concat(Enumerable.Repeat("__typename ", 20_000)) + "}";

        await AnswersTypenameAsync();
        var answer = await PostQueryAsync(query);

        AssertRefused(answer, "TOKEN_LIMIT", "limit: tokens");
        Assert.True(answer.Milliseconds < 1000, $"took {answer.Milliseconds} ms");
        await AnswersTypenameAsync();
    }

    [Theory]
    [InlineData("application/json")]
    [InlineData("application/graphql-response+json")]
    public async Task Nesting_200_deep_is_a_400_naming_the_nesting_limit(string accept)
    {
        var answer = await PostQueryAsync(string.Concat(Enumerable.Repeat("{a", 200)) + new string('}', 200), accept);

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        AssertRefused(answer, "NESTING_LIMIT", "limit: nesting");
        await AnswersTypenameAsync();
    }

    [Fact]
    public async Task A_document_at_the_nesting_limit_reaches_validation_and_is_answered()
    {
        var answer = await PostQueryAsync(string.Concat(Enumerable.Repeat("{__typename a", 32)) + new string('}', 32));

        // GraphQL itself judges it (no field a on Query): a validation error, not a crash or a pre-pass refusal.
        Assert.InRange((int)answer.Status, 200, 499);
        Assert.NotNull(answer.Body!["errors"]);
        Assert.NotEqual("NESTING_LIMIT", Code(answer.Body));
    }

    [Fact]
    public async Task The_standard_introspection_query_is_not_refused_by_the_pre_pass()
    {
        var answer = await PostQueryAsync(StandardDocuments.IntrospectionQuery);

        string[] prePass = ["DOCUMENT_TOO_LONG", "TOKEN_LIMIT", "FIELD_LIMIT", "FRAGMENT_LIMIT", "FRAGMENT_CHAIN_LIMIT", "NESTING_LIMIT", "FRAGMENT_CYCLE", "INVALID_TEXT"];
        Assert.DoesNotContain(answer.Body!["errors"]?.AsArray() ?? [], e => prePass.Contains(e!["extensions"]?["code"]?.GetValue<string>()));
    }

    [Theory]
    [InlineData("""{"query":"{ __typename }","variables":{"name":"\ud800"}}""", "lone surrogate in a variable")]
    [InlineData("""{"query":"{ __typename \ud800 }"}""", "lone surrogate in the query")]
    [InlineData("""{"query":"{ __typename }","variables":{"\udc00":"x"}}""", "lone surrogate in a variable's name")]
    [InlineData("""{"query":"{ __typename }","variables":{"name":"a\u0000b"}}""", "NUL in a variable")]
    [InlineData("""{"query":"{ __typename }\u0000"}""", "NUL in the query")]
    public async Task Strings_that_are_not_text_are_a_400_INVALID_TEXT(string json, string what)
    {
        output.WriteLine(what);
        var answer = await PostJsonAsync(json);

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Equal("INVALID_TEXT", Code(answer.Body));
        await AnswersTypenameAsync();
    }

    [Fact]
    public async Task Invalid_UTF8_bytes_are_a_400()
    {
        var prefix = Encoding.UTF8.GetBytes("""{"query":"{ __typename }","variables":{"name":" """);
        var suffix = Encoding.UTF8.GetBytes("\"}}");
        foreach (var bad in new byte[][] { [0xC3, 0x28], [0xFF], [0xED, 0xA0, 0x80] })
        {
            var answer = await PostRawAsync([.. prefix, .. bad, .. suffix]);
            Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
            Assert.NotNull(answer.Body!["errors"]);
        }
        await AnswersTypenameAsync();
    }

    [Fact]
    public async Task A_NUL_escaped_inside_a_GraphQL_string_literal_is_refused_and_records_nothing()
    {
        var before = await host.ScalarAsync("SELECT count(*) FROM {schema}.mt_events");
        var mutation = """mutation { registerUnit(input: { code: "640999", name: "西\u0000吉", kind: PARTY_GOV_ORGAN, level: COUNTY, effectiveOn: "2016-01-01" }) { errors { code } unit { id } } }""";

        var answer = await host.GraphQL.ExecuteAsync(mutation);

        Assert.Contains("INVALID_TEXT", answer["errors"]!.ToJsonString(), StringComparison.Ordinal);
        Assert.DoesNotContain("MARTEN", answer.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal(before, await host.ScalarAsync("SELECT count(*) FROM {schema}.mt_events"));
    }

    [Fact]
    public async Task Plain_Chinese_text_with_tabs_and_emoji_is_accepted()
    {
        var unit = await host.GraphQL.RegisterUnitAsync("640998", "西吉县 😀");

        Assert.Equal("西吉县 😀", unit["name"]!.GetValue<string>());
    }
}
