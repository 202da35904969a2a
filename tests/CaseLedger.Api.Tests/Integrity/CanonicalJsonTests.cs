using CaseLedger.Api.Ledger;
using System.Text.Json.Nodes;
using CaseLedger.Api.Tests.Testing;
using CaseLedger.Domain.Cadres;
using CaseLedger.Domain.Shared;
using Npgsql;

namespace CaseLedger.Api.Tests.Integrity;

/// <summary>
/// The appender hashes the C# serializer's JSON; the verifier hashes the jsonb text PostgreSQL
/// gives back (keys reordered, whitespace and escapes changed, numbers reprinted). Their canonical
/// forms must be the same text, or a legitimate ledger would not verify.
/// </summary>
public sealed class CanonicalJsonTests(CaseLedgerHost host) : IClassFixture<CaseLedgerHost>
{
    public enum Colour { Red, DeepBlue }

    public sealed record Nested(string 名称, Colour Colour, IReadOnlyList<Nested> Children, Nested? Parent);

    public sealed record Everything(
        Guid Id, string Chinese, string Awkward, DateOnly Day, DateOnly? NoDay, DateTimeOffset At, DateTime Local, TimeSpan Span,
        string? Nothing, IReadOnlyList<string> Places, IReadOnlyList<int> Empty, Nested Tree, Colour Colour, Gender Gender,
        Dictionary<string, int?> Map, decimal Money, double Tiny, double Huge, double NegativeZero, long Big, bool Flag, Post Post);

    public static Everything Sample() => new(
        Guid.NewGuid(), "宁夏回族自治区固原市西吉县 — 干部交流（挂职）", "quotes \" back\\slash <tag> & 'apos' \n\t\u0001 😀 +é",
        new DateOnly(2016, 2, 29), null, new DateTimeOffset(2026, 11, 20, 9, 0, 0, 123, TimeSpan.FromHours(8)).AddTicks(4567),
        new DateTime(2026, 1, 2, 3, 4, 5, DateTimeKind.Unspecified), TimeSpan.FromMinutes(90),
        null, ["西吉县", "隆德县", ""], [],
        new Nested("根", Colour.DeepBlue, [new Nested("枝", Colour.Red, [], null), new Nested("叶", Colour.Red, [], null)], null),
        Colour.Red, Gender.Female, new() { ["b"] = 1, ["a"] = null, ["中"] = 3 }, 1.50m, 1e-7, 1.7976931348623157e308, -0.0, long.MaxValue, true,
        new Post(Guid.NewGuid(), "副县长", PostLevel.County, PostGrade.Deputy, true));

    [Fact]
    public async Task Canonical_json_from_jsonb_equals_canonical_json_from_the_serializer()
    {
        var serializer = host.Store.Options.Serializer();
        var samples = new object[]
        {
            Sample(),
            new CadreRegistered(Guid.NewGuid(), "马文军", Gender.Male, new DateOnly(1980, 4, 12), "回族", null, "大学本科",
                new DateOnly(2002, 8, 1), CadreCategory.CivilServant, ["西吉县", "固原市"], new DateOnly(2026, 11, 20)),
        };
        foreach (var sample in samples)
        {
            var written = serializer.ToJson(sample);
            var stored = await RoundTripThroughJsonbAsync(written);
            Assert.NotEqual(written, stored); // PostgreSQL really did rewrite it
            Assert.Equal(EventHash.CanonicalJson(written), EventHash.CanonicalJson(stored));
        }
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-0")]
    [InlineData("-0.0")]
    [InlineData("1.50")]
    [InlineData("-12.0340")]
    [InlineData("1E-07")]
    [InlineData("1.5e+1")]
    [InlineData("-2.5E-3")]
    [InlineData("1.7976931348623157E+308")]
    [InlineData("123456789012345678901234567890")]
    [InlineData("1.0E+2")]
    public async Task Numbers_are_canonicalised_as_jsonb_prints_them(string number)
    {
        var stored = await RoundTripThroughJsonbAsync(number);
        Assert.Equal(stored, EventHash.PlainNumber(number));
        Assert.Equal(EventHash.CanonicalJson(number), EventHash.CanonicalJson(stored));
        Assert.Equal(EventHash.CanonicalJson($"{{\"n\":[{number}]}}"), EventHash.CanonicalJson(await RoundTripThroughJsonbAsync($"{{\"n\":[{number}]}}")));
    }

    [Fact]
    public void Canonical_json_sorts_keys_and_drops_whitespace_but_keeps_every_value()
    {
        var canonical = EventHash.CanonicalJson("""{ "b": [ 2, {"y": null, "x": "中"} ], "a": 1.50 }""");
        Assert.Equal(JsonNode.Parse("""{"a":1.50,"b":[2,{"x":"中","y":null}]}""")!.ToJsonString(), canonical);
    }

    /// <summary>
    /// Every hash already in a ledger was computed over the canonical text as a tree of JSON nodes printed it; the one-pass
    /// writer must print the same text to the byte, or stored chains would stop verifying.
    /// </summary>
    [Fact]
    public async Task Canonical_json_is_the_text_the_node_tree_printed_for_every_stored_event_sample_and_its_jsonb_form()
    {
        var serializer = host.Store.Options.Serializer();
        var approved = Path.Combine(RepositoryRoot.Path, "tests", "CaseLedger.Api.Tests", "Contracts", "approved");
        var samples = Directory.GetFiles(approved, "*.json").Select(File.ReadAllText)
            .Append(serializer.ToJson(Sample()))
            .Concat(["null", "true", "\"中 <&> \\u0001 😀\"", "[]", "{}", "[1E-07,-0,{\"b\":{},\"B\":[],\"a\":null,\"é\":\"\\u00e9\"}]"])
            .ToList();
        Assert.True(samples.Count > 50);
        foreach (var json in samples)
        {
            Assert.Equal(NodeTreeCanonicalJson(json), EventHash.CanonicalJson(json));
            var stored = await RoundTripThroughJsonbAsync(json);
            Assert.Equal(NodeTreeCanonicalJson(stored), EventHash.CanonicalJson(stored));
        }
    }

    /// <summary>The canonical form as it was first written (sorted JsonNode tree, each leaf printed and parsed again).</summary>
    private static string NodeTreeCanonicalJson(string json) => NodeTree(JsonNode.Parse(json))?.ToJsonString() ?? "null";

    private static JsonNode? NodeTree(JsonNode? node) => node switch
    {
        JsonObject o => new JsonObject(o.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => KeyValuePair.Create(p.Key, NodeTree(p.Value)))),
        JsonArray a => new JsonArray([.. a.Select(NodeTree)]),
        null => null,
        JsonValue v when v.GetValueKind() == System.Text.Json.JsonValueKind.Number => JsonNode.Parse(EventHash.PlainNumber(v.ToJsonString())),
        _ => JsonNode.Parse(node.ToJsonString()),
    };

    private static async Task<string> RoundTripThroughJsonbAsync(string json)
    {
        await using var connection = new NpgsqlConnection(TestDatabase.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT $1::jsonb::text", connection) { Parameters = { new() { Value = json } } };
        return (string)(await command.ExecuteScalarAsync())!;
    }
}
