using System.Text.Json.Nodes;
using CaseLedger.Api.Tests.Testing;
using static CaseLedger.Api.Tests.Testing.CaseSteps;
using static CaseLedger.Api.Tests.Testing.GraphQLClient;

namespace CaseLedger.Api.Tests.Units;

/// <summary>Renaming, reclassifying and dissolving units over GraphQL.</summary>
public sealed class UnitChangeTests(CaseLedgerHost host) : IClassFixture<CaseLedgerHost>
{
    private readonly GraphQLClient graphQL = host.GraphQL;

    private static JsonObject Input(JsonNode unit, object fields)
    {
        var input = System.Text.Json.JsonSerializer.SerializeToNode(fields)!.AsObject();
        input["unitId"] = Id(unit);
        return input;
    }

    private Task<JsonNode> ChangeAsync(string mutation, JsonNode unit, object fields) =>
        graphQL.MutateAsync(mutation, Input(unit, fields), "unit { id name kind isDissolved version }");

    private async Task AssertRefusedAsync(string mutation, JsonNode unit, object fields, string code, string? field)
    {
        var before = await host.EventCountAsync();
        var payload = await graphQL.PayloadAsync(mutation, Input(unit, fields), "unit { id }");
        AssertRefused(payload, "unit", code, field);
        Assert.Equal(before, await host.EventCountAsync());
    }

    [Fact]
    public async Task A_unit_is_renamed_and_the_same_name_is_refused()
    {
        var unit = await graphQL.RegisterUnitAsync("U-RENAME", "固原县");

        var renamed = await ChangeAsync("renameUnit", unit, new { name = "原州区", effectiveOn = "2002-01-01", expectedVersion = 1 });

        Assert.Equal("原州区", renamed["name"]!.GetValue<string>());
        Assert.Equal(2, renamed["version"]!.GetValue<int>());
        await AssertRefusedAsync("renameUnit", unit, new { name = "原州区", effectiveOn = "2003-01-01" }, "NO_CHANGE", "input.name");
        await AssertRefusedAsync("renameUnit", unit, new { name = "固原市原州区", effectiveOn = "2003-01-01", expectedVersion = 1 },
            "CONCURRENCY_CONFLICT", "input.expectedVersion");
    }

    [Fact]
    public async Task A_unit_is_reclassified_and_a_reference_managed_unit_needs_its_approval_date()
    {
        var unit = await graphQL.RegisterUnitAsync("U-RECLASS", "县档案馆", kind: "PUBLIC_INSTITUTION");

        await AssertRefusedAsync("reclassifyUnit", unit, new { kind = "REFERENCE_MANAGED_UNIT", effectiveOn = "2019-01-01" },
            "APPROVAL_DATE_REQUIRED", "input.referenceManagedApprovedOn");
        var reclassified = await ChangeAsync("reclassifyUnit", unit,
            new { kind = "REFERENCE_MANAGED_UNIT", referenceManagedApprovedOn = "2018-12-01", effectiveOn = "2019-01-01" });

        Assert.Equal("REFERENCE_MANAGED_UNIT", reclassified["kind"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_dissolved_unit_takes_no_more_changes()
    {
        var unit = await graphQL.RegisterUnitAsync("U-DISSOLVE", "旧乡");

        var dissolved = await ChangeAsync("dissolveUnit", unit, new { effectiveOn = "2020-01-01" });

        Assert.True(dissolved["isDissolved"]!.GetValue<bool>());
        await AssertRefusedAsync("dissolveUnit", unit, new { effectiveOn = "2020-02-01" }, "UNIT_DISSOLVED", null);
        await AssertRefusedAsync("renameUnit", unit, new { name = "新乡", effectiveOn = "2020-02-01" }, "UNIT_DISSOLVED", null);
    }
}
