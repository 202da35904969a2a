using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using CaseLedger.Api.Tests.Testing;

namespace CaseLedger.Api.Tests.Transport;

/// <summary>The GraphQL-over-HTTP rules the endpoint keeps, checked over a real socket.</summary>
public sealed class GraphQLOverHttpTests(CaseLedgerHost host) : IClassFixture<CaseLedgerHost>
{
    private const string GraphQLResponse = "application/graphql-response+json";

    private Task<HttpResponseMessage> PostAsync(string body, string contentType = "application/json", string? accept = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent(body, Encoding.UTF8) };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        if (accept is not null)
            request.Headers.Accept.ParseAdd(accept);
        return host.Http.SendAsync(request);
    }

    private Task<HttpResponseMessage> GetAsync(string query, string? accept = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, $"/graphql?query={Uri.EscapeDataString(query)}");
        if (accept is not null)
            request.Headers.Accept.ParseAdd(accept);
        return host.Http.SendAsync(request);
    }

    [Fact]
    public async Task A_query_over_GET_answers_in_the_media_type_asked_for()
    {
        using var response = await GetAsync("{ __typename }", GraphQLResponse);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(GraphQLResponse, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("Query", JsonNode.Parse(await response.Content.ReadAsStringAsync())!["data"]!["__typename"]!.GetValue<string>());
    }

    [Fact]
    public async Task Without_an_Accept_header_the_answer_is_application_json()
    {
        using var response = await PostAsync("""{"query":"{ __typename }"}""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_mutation_over_GET_is_refused_with_405_and_Allow_POST()
    {
        using var response = await GetAsync("mutation { registerUnit(input: {code: \"X\", name: \"X\", kind: PARTY_GOV_ORGAN, level: COUNTY, effectiveOn: \"2020-01-01\"}) { errors { code } } }");

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Contains("POST", response.Content.Headers.Allow);
    }

    [Theory]
    [InlineData("{not json")]
    [InlineData("""[{"query":"{ __typename }"}]""")]
    [InlineData("""{"query": 42}""")]
    [InlineData("""{"query":"{ __typename }","variables":"nope"}""")]
    [InlineData("""{"query":"{ __typename }","operationName":7}""")]
    public async Task A_malformed_request_is_a_400_with_a_message(string body)
    {
        using var response = await PostAsync(body, accept: GraphQLResponse);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["errors"]!.AsArray();
        Assert.NotEmpty(errors[0]!["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task Another_content_type_is_a_415()
    {
        using var response = await PostAsync("query={ __typename }", "application/x-www-form-urlencoded");

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task An_unacceptable_Accept_header_is_a_406()
    {
        using var response = await PostAsync("""{"query":"{ __typename }"}""", accept: "text/plain");

        Assert.Equal(HttpStatusCode.NotAcceptable, response.StatusCode);
    }

    [Theory]
    [InlineData(GraphQLResponse, HttpStatusCode.BadRequest)]
    [InlineData("application/json", HttpStatusCode.OK)]
    public async Task Unparseable_or_invalid_documents_are_400_only_under_the_new_media_type(string accept, HttpStatusCode expected)
    {
        using var syntax = await PostAsync("""{"query":"{ __typename"}""", accept: accept);
        using var invalid = await PostAsync("""{"query":"{ noSuchField }"}""", accept: accept);

        Assert.Equal(expected, syntax.StatusCode);
        Assert.Equal(expected, invalid.StatusCode);
        Assert.NotNull(JsonNode.Parse(await invalid.Content.ReadAsStringAsync())!["errors"]);
    }

    [Fact]
    public async Task A_body_over_one_megabyte_is_a_413()
    {
        var padding = new string(' ', 1024 * 1024);
        using var response = await PostAsync($$"""{"query":"{ __typename }"{{padding}}}""");

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task Variables_are_passed_through_GET()
    {
        var query = Uri.EscapeDataString("query($id: ID!) { unit(id: $id) { name } }");
        var variables = Uri.EscapeDataString($$"""{"id":"{{Guid.NewGuid()}}"}""");
        using var response = await host.Http.GetAsync($"/graphql?query={query}&variables={variables}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(JsonNode.Parse(await response.Content.ReadAsStringAsync())!["data"]!["unit"]);
    }
}
