using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace CaseLedger.Api.Tests.Testing;

/// <summary>Posts GraphQL documents to /graphql over real HTTP and reads the JSON back.</summary>
public sealed class GraphQLClient(HttpClient http)
{
    public async Task<JsonNode> ExecuteAsync(string query, object? variables = null, IDictionary<string, string>? headers = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = JsonContent.Create(new { query, variables }),
        };
        foreach (var (name, value) in headers ?? new Dictionary<string, string>())
            request.Headers.Add(name, value);
        using var response = await http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        return JsonNode.Parse(body) ?? throw new InvalidOperationException($"Empty response ({response.StatusCode}).");
    }

    /// <summary>Executes and returns <c>data</c>, failing the test on any GraphQL error.</summary>
    public async Task<JsonNode> QueryAsync(string query, object? variables = null)
    {
        var result = await ExecuteAsync(query, variables);
        Assert.True(result["errors"] is null, $"GraphQL errors: {result["errors"]?.ToJsonString()}");
        return result["data"]!;
    }

    /// <summary>
    /// Runs a mutation and returns the changed entity, failing the test if the payload carries errors.
    /// <paramref name="entitySelection"/> is the entity part of the payload, e.g. <c>unit { id name }</c>.
    /// </summary>
    public async Task<JsonNode> MutateAsync(string mutation, object input, string entitySelection)
    {
        var payload = await PayloadAsync(mutation, input, entitySelection);
        Assert.True(payload["errors"]!.AsArray().Count == 0, $"{mutation} refused: {payload["errors"]!.ToJsonString()}");
        return payload[entitySelection.Split(' ', 2)[0]]!;
    }

    /// <summary>Runs a mutation with one input and returns its whole payload: the entity and the errors.</summary>
    public async Task<JsonNode> PayloadAsync(string mutation, object input, string entitySelection)
    {
        var inputType = $"{char.ToUpperInvariant(mutation[0])}{mutation[1..]}Input";
        var data = await QueryAsync(
            $"mutation($input: {inputType}!) {{ {mutation}(input: $input) {{ errors {{ code message field }} {entitySelection} }} }}",
            new { input });
        return data[mutation]!;
    }

    public static string Id(JsonNode entity) => entity["id"]!.GetValue<string>();

    /// <summary>The UUID inside a global id ("Type:uuid" in base64), i.e. the stream id.</summary>
    public static Guid StreamId(JsonNode entity)
    {
        var decoded = System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(Id(entity)));
        return Guid.Parse(decoded[(decoded.IndexOf(':', StringComparison.Ordinal) + 1)..]);
    }
}
