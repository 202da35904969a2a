using System.Text.Json.Nodes;
using CaseLedger.Api.Security;
using CaseLedger.Api.Tests.Security;
using CaseLedger.Api.Tests.Testing;
using static CaseLedger.Api.Tests.Testing.CaseSteps;
using static CaseLedger.Api.Tests.Testing.GraphQLClient;

namespace CaseLedger.Api.Tests.Units;

/// <summary>
/// 隶属关系调整 over GraphQL: a unit moved under another parent takes its cadres and cases out of the old parent's remit and
/// into the new one's; a move that would make the tree a cycle is refused and records nothing.
/// </summary>
public sealed class UnitMoveTests(CaseLedgerHost host) : IClassFixture<CaseLedgerHost>
{
    private readonly GraphQLClient graphQL = host.GraphQL;

    private const string Read = "query($cadre: ID!, $case: ID!) { cadre(id: $cadre) { id } case(id: $case) { id } }";

    private Task<JsonNode> MoveAsync(string unitId, string parentId, string effectiveOn = "2026-01-01") =>
        graphQL.PayloadAsync("moveUnit", new { unitId, parentId, effectiveOn }, "unit { id parent { id } version }");

    private static async Task<(bool Cadre, bool Case)> SeesAsync(GraphQLClient client, string cadreId, string caseId)
    {
        var data = (await client.QueryAsync(Read, new { cadre = cadreId, @case = caseId }))!;
        return (data["cadre"] is not null, data["case"] is not null);
    }

    [Fact]
    public async Task A_bureau_moved_to_another_county_leaves_the_old_registrars_remit_and_joins_the_new_ones()
    {
        var city = Id(await graphQL.RegisterUnitAsync("UM-1", "固原市", "CITY"));
        var pengyang = Id(await graphQL.RegisterUnitAsync("UM-1P", "彭阳县", "COUNTY", city));
        var xiji = Id(await graphQL.RegisterUnitAsync("UM-1X", "西吉县", "COUNTY", city));
        var bureau = Id(await graphQL.RegisterUnitAsync("UM-1B", "县林业局", "COUNTY", pengyang));
        var cadre = Id(await graphQL.RegisterCadreAsync("马成"));
        await graphQL.MutateAsync("recordBaselinePost",
            new { cadreId = cadre, post = LedgerScenarios.Post(bureau, "县林业局办公室副主任", "TOWNSHIP"), from = "2020-01-01" }, "cadre { id }");
        var caseId = Id(await graphQL.OpenCaseAsync(cadre, LedgerScenarios.Post(bureau, "副局长", "TOWNSHIP")));
        var oldRegistrar = host.ClientFor(Role.Registrar, SiblingSubtrees.Uuid(pengyang), "um-pengyang");
        var newRegistrar = host.ClientFor(Role.Registrar, SiblingSubtrees.Uuid(xiji), "um-xiji");
        var cityInspector = host.ClientFor(Role.Inspector, SiblingSubtrees.Uuid(city), "um-city");
        Assert.Equal((true, true), await SeesAsync(oldRegistrar, cadre, caseId));
        Assert.Equal((false, false), await SeesAsync(newRegistrar, cadre, caseId));

        var moved = await MoveAsync(bureau, xiji);

        Assert.True(moved["errors"]!.AsArray().Count == 0, moved.ToJsonString());
        Assert.Equal(xiji, moved["unit"]!["parent"]!["id"]!.GetValue<string>());
        Assert.Equal(2, moved["unit"]!["version"]!.GetValue<int>());
        Assert.Equal((false, false), await SeesAsync(oldRegistrar, cadre, caseId));
        Assert.Equal((true, true), await SeesAsync(newRegistrar, cadre, caseId));
        Assert.Equal((true, true), await SeesAsync(cityInspector, cadre, caseId));

        // The old county's registrar can no longer move it back: the unit is outside their remit now.
        var back = await oldRegistrar.PayloadAsync("moveUnit", new { unitId = bureau, parentId = pengyang, effectiveOn = "2026-02-01" }, "unit { id }");
        Assert.Null(back["unit"]);
        Assert.NotEmpty(back["errors"]!.AsArray());
    }

    [Fact]
    public async Task A_move_under_the_unit_itself_below_it_or_under_its_own_parent_is_refused_and_records_nothing()
    {
        var city = Id(await graphQL.RegisterUnitAsync("UM-2", "吴忠市", "CITY"));
        var county = Id(await graphQL.RegisterUnitAsync("UM-2C", "同心县", "COUNTY", city));
        var township = Id(await graphQL.RegisterUnitAsync("UM-2T", "豫海镇", "TOWNSHIP", county));
        var before = await host.EventCountAsync();

        AssertRefused(await MoveAsync(county, county), "unit", "PARENT_IN_SUBTREE", "input.parentId");
        AssertRefused(await MoveAsync(county, township), "unit", "PARENT_IN_SUBTREE", "input.parentId");
        AssertRefused(await MoveAsync(county, city), "unit", "NO_CHANGE", "input.parentId");
        AssertRefused(await MoveAsync(city, township), "unit", "PARENT_IN_SUBTREE", "input.parentId");
        AssertRefused(await MoveAsync(township, "not-an-id"), "unit", "INVALID_ID", "input.parentId");

        Assert.Equal(before, await host.EventCountAsync());
        var parent = (await graphQL.QueryAsync("query($id: ID!) { unit(id: $id) { parent { id } } }", new { id = county }))["unit"]!["parent"]!["id"]!;
        Assert.Equal(city, parent.GetValue<string>());
    }
}
