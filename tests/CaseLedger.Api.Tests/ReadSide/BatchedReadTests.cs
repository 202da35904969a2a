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
