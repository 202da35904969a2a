using System.Text.Json.Nodes;
using CaseLedger.Api.Security;
using CaseLedger.Api.Tests.Testing;
using static CaseLedger.Api.Tests.Testing.GraphQLClient;

namespace CaseLedger.Api.Tests.Transport;

/// <summary>
/// The one error model (README, "Errors"): a request that cannot run — malformed, unauthenticated, forbidden, over a
/// limit — is a top-level error whose extensions.code is in errorCodes; a domain refusal is in the payload's errors.
/// </summary>
public sealed class ErrorModelTests(CaseLedgerHost host) : IClassFixture<CaseLedgerHost>
{
    private const string TypeRef = "kind name ofType { kind name ofType { kind name ofType { kind name } } }";

    [Fact]
    public async Task Every_mutations_FORBIDDEN_has_the_same_shape_and_records_nothing()
    {
        var schema = (await host.GraphQL.QueryAsync($"{{ __schema {{ mutationType {{ fields {{ name args {{ name type {{ {TypeRef} }} }} }} }} }} }}"))["__schema"]!;
        var types = new TypeCatalogue(host.GraphQL);
        var inspector = host.ClientFor(Role.Inspector, null, "inspector-errors");
        var before = await host.EventCountAsync();

        var shapes = new Dictionary<string, string>();
        foreach (var mutation in schema["mutationType"]!["fields"]!.AsArray())
        {
            var name = mutation!["name"]!.GetValue<string>();
            var arguments = mutation["args"]!.AsArray().Where(a => a!["type"]!["kind"]!.GetValue<string>() == "NON_NULL").ToList();
            var variables = new JsonObject();
            foreach (var argument in arguments)
                variables[argument!["name"]!.GetValue<string>()] = await SampleAsync(argument["type"]!, types);
            var declared = string.Join(", ", arguments.Select(a => $"${a!["name"]} : {TypeName(a["type"]!)}"));
            var passed = string.Join(", ", arguments.Select(a => $"{a!["name"]}: ${a["name"]}"));
            var document = arguments.Count == 0
                ? $"mutation {{ {name} {{ __typename }} }}"
                : $"mutation({declared}) {{ {name}({passed}) {{ __typename }} }}";

            var result = await inspector.ExecuteAsync(document, variables);

            var error = Assert.Single(result["errors"]!.AsArray())!;
            Assert.True(error["extensions"]?["code"]?.GetValue<string>() == "FORBIDDEN", $"{name}: {result.ToJsonString()}");
            Assert.Equal([name], error["path"]!.AsArray().Select(p => p!.GetValue<string>()));
            Assert.Contains("permission", error["message"]!.GetValue<string>(), StringComparison.Ordinal);
            Assert.Null(result["data"]?[name]);
            shapes[name] = $"{string.Join(",", error.AsObject().Select(p => p.Key).Order())} | {string.Join(",", error["extensions"]!.AsObject().Select(p => p.Key).Order())}";
        }

        Assert.True(shapes.Count > 40, $"only {shapes.Count} mutations found");
        Assert.Single(shapes.Values.Distinct());
        Assert.Equal(before, await host.EventCountAsync());
    }

    [Fact]
    public async Task Every_top_level_error_has_a_code_from_errorCodes()
    {
        var codes = (await host.GraphQL.QueryAsync("{ errorCodes { code } }"))["errorCodes"]!.AsArray().Select(c => c!["code"]!.GetValue<string>()).ToHashSet();
        var inspector = host.ClientFor(Role.Inspector, null);
        var cases = new (string Why, GraphQLClient Client, string Query, object? Variables, string Expected)[]
        {
            ("syntax", host.GraphQL, "{ units(first: 1) { totalCount ", null, "SYNTAX_ERROR"),
            ("unknown field", host.GraphQL, "{ noSuchField }", null, "INVALID_REQUEST"),
            ("wrong variable type", host.GraphQL, "query($n: Int!) { units(first: $n) { totalCount } }", new { n = "many" }, "INVALID_REQUEST"),
            ("no token", host.Anonymous(), "{ units(first: 1) { totalCount } }", null, "AUTH_REQUIRED"),
            ("forbidden", inspector, "mutation { rebuildProjections { projection } }", null, "FORBIDDEN"),
            ("page size", host.GraphQL, "{ units(first: 101) { totalCount } }", null, "PAGE_SIZE_LIMIT"),
            ("aliases", host.GraphQL, "{ " + string.Join(' ', Enumerable.Range(0, 40).Select(i => $"a{i}: __typename")) + " }", null, "ALIAS_LIMIT"),
            ("both id and number", host.GraphQL, "{ case(id: \"Q2FzZTowMDAwMDAwMC0wMDAwLTAwMDAtMDAwMC0wMDAwMDAwMDAwMDE=\", number: \"JL-2026-000001\") { id } }", null, "INCONSISTENT_INPUT"),
            ("neither id nor number", host.GraphQL, "{ case { id } }", null, "REQUIRED"),
            ("timestamp without offset", host.GraphQL, "query($id: ID!) { case(id: $id) { asRecordedAt(at: \"2026-11-20T09:00:00\") { id } } }", new { id = Guid.NewGuid() }, "OFFSET_REQUIRED"),
        };
        foreach (var (why, client, query, variables, expected) in cases)
        {
            var result = await client.ExecuteAsync(query, variables);
            var errors = result["errors"]?.AsArray();
            Assert.True(errors is { Count: > 0 }, $"{why}: no error in {result.ToJsonString()}");
            Assert.All(errors!, e => Assert.True(codes.Contains(e!["extensions"]?["code"]?.GetValue<string>() ?? ""), $"{why}: {e!.ToJsonString()}"));
            Assert.True(errors!.Any(e => e!["extensions"]!["code"]!.GetValue<string>() == expected), $"{why}: expected {expected}, got {result.ToJsonString()}");
        }
    }

    [Fact]
    public async Task A_domain_refusal_is_in_the_payload_not_a_top_level_error()
    {
        var result = await host.GraphQL.ExecuteAsync(
            "mutation($input: RaiseMotionInput!) { raiseMotion(input: $input) { case { id } errors { code message field } } }",
            new { input = new { caseId = Guid.NewGuid(), proposedBy = "县委组织部", summary = "拟任", effectiveOn = "2026-11-01" } });

        Assert.Null(result["errors"]);
        var error = Assert.Single(result["data"]!["raiseMotion"]!["errors"]!.AsArray())!;
        Assert.Equal("NOT_FOUND", error["code"]!.GetValue<string>());
        Assert.Equal("input.caseId", error["field"]!.GetValue<string>());
    }

    [Fact]
    public async Task Case_takes_exactly_one_of_id_and_number()
    {
        var county = await host.GraphQL.RegisterUnitAsync("ERR-CASE");
        var cadre = await host.GraphQL.RegisterCadreAsync();
        var opened = await host.GraphQL.OpenCaseAsync(Id(cadre), LedgerScenarios.Post(Id(county)));
        var (id, number) = (Id(opened), opened["number"]!.GetValue<string>());

        Assert.Equal(id, (await host.GraphQL.QueryAsync("query($n: String) { case(number: $n) { id } }", new { n = number }))["case"]!["id"]!.GetValue<string>());
        Assert.Equal(number, (await host.GraphQL.QueryAsync("query($id: ID) { case(id: $id) { number } }", new { id }))["case"]!["number"]!.GetValue<string>());

        var both = await host.GraphQL.ExecuteAsync("query($id: ID, $n: String) { case(id: $id, number: $n) { id } }", new { id, n = number });
        Assert.Equal("INCONSISTENT_INPUT", both["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
        Assert.Null(both["data"]!["case"]);
        var neither = await host.GraphQL.ExecuteAsync("{ case { id } }");
        Assert.Equal("REQUIRED", neither["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_timestamp_without_an_offset_is_refused_and_one_with_an_offset_is_read_as_given()
    {
        var county = await host.GraphQL.RegisterUnitAsync("ERR-TIME");
        var cadre = await host.GraphQL.RegisterCadreAsync();
        var id = Id(await host.GraphQL.OpenCaseAsync(Id(cadre), LedgerScenarios.Post(Id(county))));
        const string Query = "query($id: ID!, $at: DateTimeOffset!) { case(id: $id) { asRecordedAt(at: $at) { id } } }";

        foreach (var offsetless in new[] { "2030-01-01T09:00:00", "2030-01-01T09:00", "2030-01-01" })
        {
            var refused = await host.GraphQL.ExecuteAsync(Query, new { id, at = offsetless });
            Assert.True(refused["errors"]?[0]?["extensions"]?["code"]?.GetValue<string>() == "OFFSET_REQUIRED", $"{offsetless}: {refused.ToJsonString()}");
            var literal = await host.GraphQL.ExecuteAsync($"query($id: ID!) {{ case(id: $id) {{ asRecordedAt(at: \"{offsetless}\") {{ id }} }} }}", new { id });
            Assert.True(literal["errors"]?[0]?["extensions"]?["code"]?.GetValue<string>() == "OFFSET_REQUIRED", $"{offsetless} (literal): {literal.ToJsonString()}");
        }

        // The case was opened at the test clock's start: 09:00 in Beijing is 01:00 UTC, so one minute before it is nothing.
        var at = CaseLedgerHost.Start;
        Assert.Null((await host.GraphQL.QueryAsync(Query, new { id, at = "2026-11-20T08:59:00+08:00" }))["case"]!["asRecordedAt"]);
        Assert.NotNull((await host.GraphQL.QueryAsync(Query, new { id, at = "2030-01-01T01:00:00Z" }))["case"]!["asRecordedAt"]);
        Assert.NotNull((await host.GraphQL.QueryAsync(Query, new { id, at = "2030-01-01T09:00:00+08:00" }))["case"]!["asRecordedAt"]);
        Assert.Equal(TimeSpan.Zero, at.Offset);
    }

    private static string TypeName(JsonNode type) => type["kind"]!.GetValue<string>() switch
    {
        "NON_NULL" => TypeName(type["ofType"]!) + "!",
        "LIST" => $"[{TypeName(type["ofType"]!)}]",
        _ => type["name"]!.GetValue<string>(),
    };

    /// <summary>A value of the type that passes validation: required fields only, lists empty.</summary>
    private static async Task<JsonNode?> SampleAsync(JsonNode type, TypeCatalogue types)
    {
        switch (type["kind"]!.GetValue<string>())
        {
            case "NON_NULL":
                return await SampleAsync(type["ofType"]!, types);
            case "LIST":
                return new JsonArray();
            case "ENUM":
                return (await types.GetAsync(type["name"]!.GetValue<string>()))["enumValues"]![0]!["name"]!.GetValue<string>();
            case "INPUT_OBJECT":
                var input = new JsonObject();
                foreach (var field in (await types.GetAsync(type["name"]!.GetValue<string>()))["inputFields"]!.AsArray())
                {
                    if (field!["type"]!["kind"]!.GetValue<string>() == "NON_NULL")
                        input[field["name"]!.GetValue<string>()] = await SampleAsync(field["type"]!, types);
                }
                return input;
            default:
                return type["name"]!.GetValue<string>() switch
                {
                    "ID" => Guid.NewGuid().ToString(),
                    "Int" or "Long" or "Float" or "Decimal" => 1,
                    "Boolean" => false,
                    "DateOnly" => "2026-01-01",
                    "DateTimeOffset" => "2026-01-01T00:00:00Z",
                    _ => "x",
                };
        }
    }

    /// <summary>Input and enum types by name, read once each (the whole schema in one introspection query is over the cost limit).</summary>
    private sealed class TypeCatalogue(GraphQLClient graphQL)
    {
        private readonly Dictionary<string, JsonNode> types = [];

        public async Task<JsonNode> GetAsync(string name)
        {
            if (!types.TryGetValue(name, out var type))
            {
                type = (await graphQL.QueryAsync($"query($n: String!) {{ __type(name: $n) {{ enumValues {{ name }} inputFields {{ name type {{ {TypeRef} }} }} }} }}", new { n = name }))["__type"]!;
                types[name] = type;
            }
            return type;
        }
    }
}
