using CaseLedger.Api.Tests.Testing;
using static CaseLedger.Api.Tests.Testing.GraphQLClient;

namespace CaseLedger.Api.Tests.Cases;

/// <summary>Bad input gets a typed error and changes nothing; a stale version conflicts visibly.</summary>
public sealed class RefusedCommandTests(CaseLedgerHost host) : IClassFixture<CaseLedgerHost>
{
    private readonly GraphQLClient graphQL = host.GraphQL;

    private Task<long> EventCountAsync() => host.ScalarAsync("select count(*) from {schema}.mt_events where type <> 'tombstone'");

    [Fact]
    public async Task A_cadre_born_in_the_future_is_refused_with_the_field_and_nothing_is_appended()
    {
        var before = await EventCountAsync();

        var payload = await graphQL.PayloadAsync("registerCadre",
            new { name = "未来", gender = "FEMALE", birthDate = "2030-01-01", ethnicity = "汉族", education = "大学", workStartDate = "2031-01-01", category = "CIVIL_SERVANT" },
            "cadre { id }");

        Assert.Null(payload["cadre"]);
        var error = Assert.Single(payload["errors"]!.AsArray())!;
        Assert.Equal("DATE_IN_FUTURE", error["code"]!.GetValue<string>());
        Assert.Equal("input.birthDate", error["field"]!.GetValue<string>());
        Assert.Contains(" / ", error["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(before, await EventCountAsync());
    }

    [Fact]
    public async Task A_duplicate_unit_code_is_refused()
    {
        await graphQL.RegisterUnitAsync("DUP-1");
        var before = await EventCountAsync();

        var payload = await graphQL.PayloadAsync("registerUnit",
            new { code = "DUP-1", name = "重复", kind = "PARTY_GOV_ORGAN", level = "COUNTY", effectiveOn = "2016-01-01" }, "unit { id }");

        Assert.Equal("DUPLICATE_CODE", payload["errors"]![0]!["code"]!.GetValue<string>());
        Assert.Equal(before, await EventCountAsync());
    }

    [Fact]
    public async Task A_step_with_a_stale_expected_version_conflicts_and_appends_nothing()
    {
        var county = await graphQL.RegisterUnitAsync("STALE-1");
        var cadre = await graphQL.RegisterCadreAsync();
        var opened = await graphQL.OpenCaseAsync(Id(cadre), LedgerScenarios.Post(Id(county)));
        var motion = new { caseId = Id(opened), proposedBy = "县委组织部", summary = "拟任", effectiveOn = "2026-11-03", expectedVersion = 1 };
        await graphQL.MutateAsync("raiseMotion", motion, "case { id }");
        var before = await EventCountAsync();

        var payload = await graphQL.PayloadAsync("raiseMotion", motion, "case { id }");

        Assert.Equal("CONCURRENCY_CONFLICT", payload["errors"]![0]!["code"]!.GetValue<string>());
        Assert.Equal("input.expectedVersion", payload["errors"]![0]!["field"]!.GetValue<string>());
        Assert.Equal(before, await EventCountAsync());
    }

    [Fact]
    public async Task An_unknown_case_is_not_found()
    {
        var payload = await graphQL.PayloadAsync("raiseMotion",
            new { caseId = Guid.NewGuid().ToString(), proposedBy = "x", summary = "y", effectiveOn = "2026-11-03" }, "case { id }");

        Assert.Equal("NOT_FOUND", payload["errors"]![0]!["code"]!.GetValue<string>());
        Assert.Equal("input.caseId", payload["errors"]![0]!["field"]!.GetValue<string>());
    }
}
