using System.Text.Json.Nodes;
using CaseLedger.Api.Security;
using CaseLedger.Api.Tests.Testing;
using Xunit.Abstractions;

namespace CaseLedger.Api.Tests.Security;

/// <summary>
/// Every role, confined to city A or city B, tries to read and write the sibling city's units, cadre and
/// case by every path: node and nodes, the entity queries, connections and their totalCount, filters,
/// and nested fields. Anything of the other side in any answer is a leak; there must be none.
/// </summary>
public sealed class JurisdictionMatrixTests(SiblingSubtrees ledger, ITestOutputHelper output) : IClassFixture<SiblingSubtrees>
{
    private static readonly Role[] Roles = [Role.Registrar, Role.Inspector, Role.Supervisor, Role.Admin];

    private IEnumerable<(Role Role, SiblingSubtrees.Side Own, SiblingSubtrees.Side Other, GraphQLClient Client)> Users() =>
        from role in Roles
        from side in new[] { ("A", ledger.A, ledger.B), ("B", ledger.B, ledger.A) }
        select (role, side.Item2, side.Item3, ledger.ClientFor(role, side.Item2.City, $"{role}-{side.Item1}".ToLowerInvariant()));

    private string[] Foreign(SiblingSubtrees.Side other) => [.. other.Ids, other.CaseNumber, other.CadreName, ledger.RegionId];

    [Fact]
    public async Task No_read_path_shows_anything_of_the_sibling_subtree()
    {
        int tried = 0, leaks = 0;
        var failures = new List<string>();

        void Check(string what, bool leaked)
        {
            tried++;
            if (!leaked)
                return;
            leaks++;
            failures.Add(what);
        }

        foreach (var (role, own, other, client) in Users())
        {
            var foreign = Foreign(other);
            async Task<JsonNode> ReadAsync(string query)
            {
                var result = await client.ExecuteAsync(query);
                Assert.True(result["errors"] is null, $"{role}: {query}: {result["errors"]?.ToJsonString()}");
                return result["data"]!;
            }
            bool Shows(JsonNode? data) => SiblingSubtrees.Strings(data).Any(s => foreign.Any(f => s.Contains(f, StringComparison.Ordinal)));

            foreach (var id in other.Ids.Append(ledger.RegionId))
                Check($"{role} node({id})", (await ReadAsync($"{{ node(id: \"{id}\") {{ id }} }}"))["node"] is not null);
            foreach (var id in own.Ids)
                Assert.NotNull((await ReadAsync($"{{ node(id: \"{id}\") {{ id }} }}"))["node"]);

            Check($"{role} unit(other city)", (await ReadAsync($"{{ unit(id: \"{other.CityId}\") {{ id }} }}"))["unit"] is not null);
            Check($"{role} unit(other county)", (await ReadAsync($"{{ unit(id: \"{other.CountyId}\") {{ id }} }}"))["unit"] is not null);
            Check($"{role} unit(region)", (await ReadAsync($"{{ unit(id: \"{ledger.RegionId}\") {{ id }} }}"))["unit"] is not null);
            Check($"{role} cadre(other)", (await ReadAsync($"{{ cadre(id: \"{other.CadreId}\") {{ id }} }}"))["cadre"] is not null);
            Check($"{role} case(other id)", (await ReadAsync($"{{ case(id: \"{other.CaseId}\") {{ id }} }}"))["case"] is not null);
            Check($"{role} case(other number)", (await ReadAsync($"{{ case(number: \"{other.CaseNumber}\") {{ id }} }}"))["case"] is not null);

            var nodes = await ReadAsync($"{{ nodes(ids: [{string.Join(", ", own.Ids.Concat(other.Ids).Append(ledger.RegionId).Select(i => $"\"{i}\""))}]) {{ id }} }}");
            Check($"{role} nodes", Shows(nodes) || nodes["nodes"]!.AsArray().Count(n => n is not null) != own.Ids.Count);

            var units = await ReadAsync("{ units(first: 100) { totalCount edges { node { id name parent { id name } } } } }");
            Check($"{role} units", Shows(units) || units["units"]!["totalCount"]!.GetValue<int>() != 2);
            var cadres = await ReadAsync("{ cadres(first: 100) { totalCount edges { node { id name } } } }");
            Check($"{role} cadres", Shows(cadres) || cadres["cadres"]!["totalCount"]!.GetValue<int>() != 1);
            var cases = await ReadAsync("{ cases(first: 100) { totalCount edges { node { id number cadre { id name } toPost { unit { id name } } } } } }");
            Check($"{role} cases", Shows(cases) || cases["cases"]!["totalCount"]!.GetValue<int>() != 1);

            var filtered = await ReadAsync($$"""
                { c: cases(unitId: "{{other.CityId}}") { totalCount } d: cadres(unitId: "{{other.CityId}}") { totalCount }
                  u: units(within: "{{other.CityId}}") { totalCount } p: units(parentId: "{{ledger.RegionId}}") { totalCount edges { node { id } } } }
                """);
            foreach (var alias in new[] { "c", "d", "u" })
                Check($"{role} {alias} filtered on the other city", filtered[alias]!["totalCount"]!.GetValue<int>() != 0);
            Check($"{role} children of the region", Shows(filtered["p"]) || filtered["p"]!["totalCount"]!.GetValue<int>() != 1);

            var nested = await ReadAsync($$"""
                { cadre(id: "{{own.CadreId}}") { id career { posts { post { unit { id name parent { id } } } } } cases { id toPost { unit { id } } }
                    currentPosting { primary { post { unit { id parent { id parent { id } } } } } } }
                  unit(id: "{{own.CountyId}}") { roster { cadre { id name } } parent { id parent { id name } } } }
                """);
            Check($"{role} nested fields", Shows(nested));
            Check($"{role} parent of own city", nested["unit"]!["parent"]!["parent"] is not null);
        }

        output.WriteLine($"Read matrix: {Roles.Length} roles × 2 sibling subtrees, {tried} read cases tried, {leaks} leaks.");
        Assert.True(leaks == 0, string.Join("\n", failures));
        Assert.True(tried >= 150, $"only {tried} cases tried");
    }

    [Fact]
    public async Task No_write_reaches_the_sibling_subtree()
    {
        int tried = 0, leaks = 0;
        var failures = new List<string>();
        var eventsBefore = await ledger.EventCountAsync();

        foreach (var (role, own, other, client) in Users())
        {
            var writes = new (string Mutation, object Input, string Entity)[]
            {
                ("renameUnit", new { unitId = other.CountyId, name = "改名", effectiveOn = "2026-11-01" }, "unit { id name }"),
                ("raiseMotion", new { caseId = other.CaseId, proposedBy = "县委组织部", summary = "拟任", effectiveOn = "2026-11-03" }, "case { id number }"),
                ("enterReservePool", new { cadreId = other.CadreId, targetLevel = "COUNTY", inspectionReference = "考察〔2026〕1号", effectiveOn = "2026-11-01" }, "cadre { id name }"),
                ("recordBaselinePost", new { cadreId = other.CadreId, post = LedgerScenarios.Post(own.CountyId, "科员", "TOWNSHIP"), from = "2010-01-01", to = "2011-01-01" }, "cadre { id name }"),
                ("openCase", new { channel = "LATERAL_TRANSFER", cadreId = other.CadreId, toPost = LedgerScenarios.Post(other.CountyId), exchangeReason = "WORK_NEEDS", effectiveOn = "2026-11-02" }, "case { id number }"),
                ("registerUnit", new { code = $"X-{role}-{own.CityId[..4]}", name = "新单位", kind = "PARTY_GOV_ORGAN", level = "COUNTY", parentId = other.CityId, area = "MOUNTAIN", effectiveOn = "2026-01-01" }, "unit { id name }"),
                ("registerUnit", new { code = $"Y-{role}-{own.CityId[..4]}", name = "新顶级单位", kind = "PARTY_GOV_ORGAN", level = "REGION", effectiveOn = "2026-01-01" }, "unit { id name }"),
            };
            foreach (var (mutation, input, entity) in writes)
            {
                tried++;
                var inputType = $"{char.ToUpperInvariant(mutation[0])}{mutation[1..]}Input";
                var result = await client.ExecuteAsync($"mutation($input: {inputType}!) {{ {mutation}(input: $input) {{ errors {{ code field }} {entity} }} }}", new { input });
                var payload = result["data"]?[mutation];
                var codes = payload?["errors"]?.AsArray().Select(e => e!["code"]!.GetValue<string>()).ToList() ?? [];
                var refused = result["errors"]?.AsArray().Select(e => e!["extensions"]?["code"]?.GetValue<string>()).ToList() ?? [];
                var expected = role is Role.Inspector or Role.Supervisor ? refused.Contains("FORBIDDEN") : codes.Contains("NOT_FOUND") || codes.Contains("FORBIDDEN");
                if (!expected || payload?[entity.Split(' ')[0]] is { } || SiblingSubtrees.Strings(result).Any(s => Foreign(other).Contains(s)))
                {
                    leaks++;
                    failures.Add($"{role} {mutation}: {result.ToJsonString()}");
                }
            }
        }

        output.WriteLine($"Write matrix: {Roles.Length} roles × 2 sibling subtrees, {tried} write cases tried, {leaks} leaks; events {eventsBefore} → {await ledger.EventCountAsync()}.");
        Assert.True(leaks == 0, string.Join("\n", failures));
        Assert.Equal(eventsBefore, await ledger.EventCountAsync());
    }

    [Fact]
    public async Task A_whole_ledger_admin_sees_both_sides()
    {
        var data = await ledger.GraphQL.QueryAsync("{ units { totalCount } cadres { totalCount } cases { totalCount } }");

        Assert.Equal(5, data["units"]!["totalCount"]!.GetValue<int>());
        Assert.Equal(2, data["cadres"]!["totalCount"]!.GetValue<int>());
        Assert.Equal(2, data["cases"]!["totalCount"]!.GetValue<int>());
    }
}
