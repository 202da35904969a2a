using CaseLedger.Api.Tests.Testing;

namespace CaseLedger.Api.Tests.Contracts;

/// <summary>
/// Pins how Marten 9 stamps recorded time in the append mode we use (its docs disagree): from the
/// app's TimeProvider, so the record-time axis is the app's clock, and tests can move it.
/// </summary>
public sealed class EventTimestampTests(CaseLedgerHost host) : IClassFixture<CaseLedgerHost>
{
    [Fact]
    public async Task Recorded_time_comes_from_the_apps_clock_for_new_and_existing_streams()
    {
        host.Clock.SetUtcNow(new DateTimeOffset(2031, 5, 1, 2, 0, 0, TimeSpan.Zero));
        var cadre = await host.GraphQL.RegisterCadreAsync();
        var unit = await host.GraphQL.RegisterUnitAsync("TS-1");
        host.Clock.SetUtcNow(new DateTimeOffset(2031, 6, 1, 2, 0, 0, TimeSpan.Zero));
        await host.GraphQL.MutateAsync("recordBaselinePost",
            new { cadreId = GraphQLClient.Id(cadre), post = LedgerScenarios.Post(GraphQLClient.Id(unit)), from = "2020-01-01" }, "cadre { id }");

        await using var session = host.Store.QuerySession();
        var events = await session.Events.FetchStreamAsync(GraphQLClient.StreamId(cadre));

        Assert.Equal(new DateTimeOffset(2031, 5, 1, 2, 0, 0, TimeSpan.Zero), events[0].Timestamp.ToUniversalTime(), TimeSpan.FromSeconds(1));
        Assert.Equal(new DateTimeOffset(2031, 6, 1, 2, 0, 0, TimeSpan.Zero), events[1].Timestamp.ToUniversalTime(), TimeSpan.FromSeconds(1));
        Assert.Equal([1L, 2L], events.Select(e => e.Version));
    }
}
