using CaseLedger.Api.Security;
using CaseLedger.Api.Tests.Testing;
using static CaseLedger.Api.Tests.Testing.GraphQLClient;

namespace CaseLedger.Api.Tests.ReadSide;

/// <summary>No N+1: a page of cadres with their posting, its unit and their open cases costs the same number of SQL round trips whatever its size.</summary>
public sealed class BatchedReadTests(BatchedReadTests.HundredCadres host) : IClassFixture<BatchedReadTests.HundredCadres>
{
    /// <summary>100 cadres, each with a baseline post in one of five counties and an open case.</summary>
    public sealed class HundredCadres : CaseLedgerHost
    {
        protected override async Task SeedAsync()
        {
            var counties = new List<string>();
            for (var i = 0; i < 5; i++)
                counties.Add(Id(await GraphQL.RegisterUnitAsync($"N1-{i}", $"县{i}")));
            for (var i = 0; i < 100; i++)
            {
                var cadre = await GraphQL.RegisterCadreAsync($"干部{i:D3}");
                var unit = counties[i % counties.Count];
                await GraphQL.MutateAsync("recordBaselinePost", new { cadreId = Id(cadre), post = LedgerScenarios.Post(unit), from = "2019-03-01" }, "cadre { id }");
                await GraphQL.OpenCaseAsync(Id(cadre), LedgerScenarios.Post(unit, "县委副书记"));
            }
        }
    }

    private async Task<int> RoundTripsForPageAsync(int size)
    {
        const string query = """
            query($first: Int) {
              cadres(first: $first) {
                totalCount
                edges { node { name currentPosting { primary { from post { title unit { name code } } } } cases(openOnly: true) { number status } } }
              }
            }
            """;
        using var roundTrips = new SqlRoundTrips(host.Schema);
        var data = await host.GraphQL.QueryAsync(query, new { first = size });
        Assert.Equal(size, data["cadres"]!["edges"]!.AsArray().Count);
        Assert.All(data["cadres"]!["edges"]!.AsArray(), e => Assert.NotNull(e!["node"]!["currentPosting"]!["primary"]!["post"]!["unit"]));
        return roundTrips.Count;
    }

    [Fact]
    public async Task One_cadre_with_its_posting_reads_the_cadre_and_the_career_in_one_round_trip_in_or_out_of_a_remit()
    {
        const string query = "query($id: ID!) { cadre(id: $id) { name currentPosting { primary { post { title unit { name } } } } } }";
        var page = await host.GraphQL.QueryAsync("{ cadres(first: 1) { edges { node { id currentPosting { primary { post { unit { id } } } } } } } }");
        var node = page["cadres"]!["edges"]![0]!["node"]!;
        var county = Guid.Parse(System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(node["currentPosting"]!["primary"]!["post"]!["unit"]!["id"]!.GetValue<string>())).Split(':')[1]);
        var registrar = host.ClientFor(Role.Registrar, county, "registrar");

        foreach (var client in new[] { host.GraphQL, registrar })
        {
            using var roundTrips = new SqlRoundTrips(host.Schema);
            var data = await client.QueryAsync(query, new { id = node["id"]!.GetValue<string>() });

            Assert.NotNull(data["cadre"]!["currentPosting"]!["primary"]!["post"]!["unit"]!["name"]);
            Assert.Equal(2, roundTrips.Count); // cadre and career together, then the post's unit
        }
    }

    [Fact]
    public async Task Pages_of_10_50_and_100_cadres_cost_the_same_constant_number_of_round_trips()
    {
        var ten = await RoundTripsForPageAsync(10);
        var fifty = await RoundTripsForPageAsync(50);
        var hundred = await RoundTripsForPageAsync(100);

        Assert.Equal(4, fifty);
        Assert.Equal(fifty, ten);
        Assert.Equal(fifty, hundred);
    }
}
