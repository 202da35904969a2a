using CaseLedger.Api.Tests.Testing;
using static CaseLedger.Api.Tests.Testing.GraphQLClient;

namespace CaseLedger.Api.Tests.ReadSide;

/// <summary>The effective-time axis: where a cadre was posted on a date, a unit's roster then, career facts, filters.</summary>
public sealed class EffectiveTimeTests(CaseLedgerHost host) : IClassFixture<CaseLedgerHost>
{
    private readonly GraphQLClient graphQL = host.GraphQL;

    [Fact]
    public async Task A_cadres_posting_and_a_units_roster_on_past_dates_follow_the_career()
    {
        var city = await graphQL.RegisterUnitAsync("ET-640400", "固原市", "CITY");
        var county = await graphQL.RegisterUnitAsync("ET-640422", "西吉县", "COUNTY", Id(city));
        var cadre = await graphQL.RegisterCadreAsync("马文军", "1980-04-12");
        await graphQL.MutateAsync("recordBaselinePost",
            new { cadreId = Id(cadre), post = LedgerScenarios.Post(Id(county), "副县长", "COUNTY", "DEPUTY"), from = "2015-03-01", to = "2018-12-31" }, "cadre { id }");
        await graphQL.MutateAsync("recordBaselinePost",
            new { cadreId = Id(cadre), post = LedgerScenarios.Post(Id(city), "市委副秘书长", "COUNTY", "CHIEF"), from = "2019-01-01" }, "cadre { id }");

        var data = await graphQL.QueryAsync("""
            query($cadre: ID!, $county: ID!) {
              cadre(id: $cadre) {
                in2017: posting(asOf: "2017-05-01") { primary { from to post { title unit { name } } } inService }
                in2019: posting(asOf: "2019-05-01") { primary { from to post { title } } }
                before: posting(asOf: "2010-01-01") { primary { from } }
                career {
                  posts { from to post { title } }
                  promotions { on from { title } to { title } }
                  facts(asOf: "2020-04-12") { age yearsInPost grassrootsYears grassrootsLeadershipYears }
                }
              }
              unit(id: $county) {
                then: roster(asOf: "2017-05-01") { cadre { name } spell { post { title } } }
                now: roster { cadre { name } }
              }
            }
            """, new { cadre = Id(cadre), county = Id(county) });

        var found = data["cadre"]!;
        Assert.Equal("副县长", found["in2017"]!["primary"]!["post"]!["title"]!.GetValue<string>());
        Assert.Equal("2018-12-31", found["in2017"]!["primary"]!["to"]!.GetValue<string>());
        Assert.True(found["in2017"]!["inService"]!.GetValue<bool>());
        Assert.Equal("市委副秘书长", found["in2019"]!["primary"]!["post"]!["title"]!.GetValue<string>());
        Assert.Null(found["before"]!["primary"]);
        Assert.Equal(2, found["career"]!["posts"]!.AsArray().Count);
        var promotion = Assert.Single(found["career"]!["promotions"]!.AsArray())!;
        Assert.Equal("2019-01-01", promotion["on"]!.GetValue<string>());
        var facts = found["career"]!["facts"]!;
        Assert.Equal(40, facts["age"]!.GetValue<int>());
        Assert.Equal(1.28m, facts["yearsInPost"]!.GetValue<decimal>());
        Assert.Equal(3.84m, facts["grassrootsYears"]!.GetValue<decimal>());
        Assert.Equal(3.84m, facts["grassrootsLeadershipYears"]!.GetValue<decimal>());
        Assert.Equal("马文军", data["unit"]!["then"]![0]!["cadre"]!["name"]!.GetValue<string>());
        Assert.Empty(data["unit"]!["now"]!.AsArray());
    }

    [Fact]
    public async Task Cadres_and_cases_filter_by_unit_subtree_in_SQL()
    {
        var city = await graphQL.RegisterUnitAsync("EF-640100", "银川市", "CITY", area: "PLAIN");
        var county = await graphQL.RegisterUnitAsync("EF-640121", "永宁县", "COUNTY", Id(city), area: "PLAIN");
        var elsewhere = await graphQL.RegisterUnitAsync("EF-640500", "中卫市", "CITY");
        var inside = await graphQL.RegisterCadreAsync("王磊", "1990-01-25");
        var outside = await graphQL.RegisterCadreAsync("丁海", "1982-02-14");
        await graphQL.MutateAsync("recordBaselinePost", new { cadreId = Id(inside), post = LedgerScenarios.Post(Id(county)), from = "2021-07-01" }, "cadre { id }");
        await graphQL.MutateAsync("recordBaselinePost", new { cadreId = Id(outside), post = LedgerScenarios.Post(Id(elsewhere)), from = "2019-11-01" }, "cadre { id }");
        var insideCase = await graphQL.OpenCaseAsync(Id(inside), LedgerScenarios.Post(Id(county), "县委常委"));
        await graphQL.OpenCaseAsync(Id(outside), LedgerScenarios.Post(Id(elsewhere), "副市长"), channel: "ROTATION");

        var data = await graphQL.QueryAsync("""
            query($city: ID!) {
              cadres(unitId: $city) { totalCount edges { node { name } } }
              cases(unitId: $city, kind: EXCHANGE) { totalCount edges { node { number cadre { name } } } }
              rotations: cases(channel: ROTATION, orderBy: NUMBER) { totalCount }
            }
            """, new { city = Id(city) });

        Assert.Equal("王磊", Assert.Single(data["cadres"]!["edges"]!.AsArray())!["node"]!["name"]!.GetValue<string>());
        Assert.Equal(insideCase["number"]!.GetValue<string>(), Assert.Single(data["cases"]!["edges"]!.AsArray())!["node"]!["number"]!.GetValue<string>());
        Assert.Equal(1, data["rotations"]!["totalCount"]!.GetValue<int>());
    }
}
