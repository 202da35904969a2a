using System.Text.Json.Nodes;
using CaseLedger.Api.Tests.Testing;
using static CaseLedger.Api.Tests.Testing.GraphQLClient;

namespace CaseLedger.Api.Tests.Audits;

/// <summary>NX-RESERVE-CADRE-POOL through the real mutations: a finding about the cadre's record, with no case.</summary>
public sealed class ReservePoolAuditTests(AuditHost host) : IClassFixture<AuditHost>
{
    private const string Rule = "NX-RESERVE-CADRE-POOL";

    private async Task<JsonArray> EnteredAsync(string name, string? inspectionReference, string? inspectedOn)
    {
        var cadre = Id(await host.GraphQL.RegisterCadreAsync(name, "1986-09-03"));
        await host.GraphQL.MutateAsync("enterReservePool",
            new { cadreId = cadre, targetLevel = "COUNTY", inspectionReference, inspectedOn, effectiveOn = "2025-06-01" }, "cadre { id }");
        await host.WaitForAuditsAsync();
        var result = await host.GraphQL.QueryAsync(
            $"query($id: ID!) {{ cadre(id: $id) {{ findings {{ {AuditHost.FindingSelection} case {{ id }} }} }} }}", new { id = cadre });
        return result["cadre"]!["findings"]!.AsArray();
    }

    [Fact]
    [RuleTest("NX-RESERVE-CADRE-POOL", RuleTestKind.ApiScenario)]
    public async Task An_entry_without_an_inspection_or_with_a_later_one_is_found_on_the_cadre_and_an_inspected_entry_is_not()
    {
        var none = Assert.Single(await EnteredAsync("李娟", null, null))!;
        Assert.Equal((Rule, "VIOLATION", "RAISED"), (none["ruleId"]!.GetValue<string>(), none["severity"]!.GetValue<string>(), none["status"]!.GetValue<string>()));
        Assert.Null(none["case"]);
        Assert.Contains("on 2025-06-01 with no organisational inspection recorded", none["explanation"]!.GetValue<string>());

        var late = Assert.Single(await EnteredAsync("张敏", "宁组后备考〔2025〕7号", "2025-06-10"))!;
        Assert.Contains("inspected only on 2025-06-10, after the entry", late["explanation"]!.GetValue<string>());

        Assert.Empty(await EnteredAsync("王芳", "宁组后备考〔2025〕8号", "2025-05-20"));
    }
}
