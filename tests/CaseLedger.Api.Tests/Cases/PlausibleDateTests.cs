using CaseLedger.Api.Tests.Testing;
using static CaseLedger.Api.Tests.Testing.GraphQLClient;

namespace CaseLedger.Api.Tests.Cases;

/// <summary>
/// Issue #13.6: implausible dates were accepted (birth 0001-01-01, work start or effective date 9999-12-31). Every date of
/// every mutation input is checked against the configured ranges: IMPLAUSIBLE_DATE naming the field, nothing recorded.
/// </summary>
public sealed class PlausibleDateTests(CaseLedgerHost host) : IClassFixture<CaseLedgerHost>
{
    private readonly GraphQLClient graphQL = host.GraphQL;

    private Task<long> EventsAsync() => host.ScalarAsync("select count(*) from {schema}.mt_events where type <> 'tombstone'");

    private static object Cadre(string birthDate, string workStartDate) => new
    {
        name = "刘洋", gender = "MALE", birthDate, ethnicity = "汉族", education = "大学", workStartDate, category = "CIVIL_SERVANT",
    };

    private async Task AssertImplausibleAsync(string mutation, object input, string field)
    {
        var before = await EventsAsync();
        var payload = await graphQL.PayloadAsync(mutation, input, "__typename");
        var error = Assert.Single(payload["errors"]!.AsArray())!;
        Assert.Equal("IMPLAUSIBLE_DATE", error["code"]!.GetValue<string>());
        Assert.Equal(field, error["field"]!.GetValue<string>());
        Assert.Equal(before, await EventsAsync());
    }

    [Fact]
    public async Task Implausible_dates_are_refused_with_the_field_and_nothing_is_recorded()
    {
        var unit = Id(await graphQL.RegisterUnitAsync("PD-1"));
        var cadre = Id(await graphQL.RegisterCadreAsync());
        var opened = Id(await graphQL.OpenCaseAsync(cadre, LedgerScenarios.Post(unit)));

        await AssertImplausibleAsync("registerCadre", Cadre("0001-01-01", "2002-08-01"), "input.birthDate");
        await AssertImplausibleAsync("registerCadre", Cadre("2020-01-01", "2021-08-01"), "input.birthDate");
        await AssertImplausibleAsync("registerCadre", Cadre("1980-01-01", "9999-12-31"), "input.workStartDate");
        await AssertImplausibleAsync("raiseMotion", new { caseId = opened, proposedBy = "县委组织部", summary = "拟任", effectiveOn = "9999-12-31" }, "input.effectiveOn");
        await AssertImplausibleAsync("registerUnit", new { code = "PD-2", name = "古镇", kind = "PARTY_GOV_ORGAN", level = "TOWNSHIP", parentId = unit, effectiveOn = "1066-10-14" }, "input.effectiveOn");
        await AssertImplausibleAsync("recordBaselinePost", new { cadreId = cadre, post = LedgerScenarios.Post(unit), from = "0001-01-01" }, "input.from");
    }

    [Fact]
    public async Task Dates_at_the_edges_of_the_ranges_are_recorded()
    {
        // Born 14 years before the test clock's today (2026-11-20), working since the founding of the PRC.
        var cadre = await graphQL.MutateAsync("registerCadre", Cadre("1912-11-20", "1949-10-01"), "cadre { id }");
        var unit = Id(await graphQL.RegisterUnitAsync("PD-3"));
        var opened = Id(await graphQL.OpenCaseAsync(Id(cadre), LedgerScenarios.Post(unit), effectiveOn: "2026-11-10"));

        await graphQL.MutateAsync("raiseMotion", new { caseId = opened, proposedBy = "县委组织部", summary = "拟任", effectiveOn = "2026-11-11" }, "case { id }");
        await graphQL.MutateAsync("registerCadre", Cadre("2012-11-20", "2026-01-01"), "cadre { id }");
    }
}
