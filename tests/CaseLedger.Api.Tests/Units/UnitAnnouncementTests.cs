using CaseLedger.Api.Tests.Testing;
using static CaseLedger.Api.Tests.Testing.CaseSteps;
using static CaseLedger.Api.Tests.Testing.GraphQLClient;

namespace CaseLedger.Api.Tests.Units;

/// <summary>Announcing a principal leader's departure and a restructuring over GraphQL.</summary>
public sealed class UnitAnnouncementTests(CaseLedgerHost host) : IClassFixture<CaseLedgerHost>
{
    private readonly GraphQLClient graphQL = host.GraphQL;

    [Fact]
    public async Task Announcements_are_listed_on_the_unit_oldest_first_and_an_end_before_the_announcement_is_refused()
    {
        var unit = Id(await graphQL.RegisterUnitAsync("U-ANNOUNCE", "原州区"));
        await graphQL.MutateAsync("announceLeaderDeparture",
            new { unitId = unit, leaderName = "张明", leaderPost = "区委书记", departsOn = "2026-06-30", effectiveOn = "2026-05-01" }, "unit { id }");
        var restructured = await graphQL.MutateAsync("announceRestructuring",
            new { unitId = unit, summary = "与区科协合并", effectiveOn = "2026-07-01" }, "unit { version announcements { kind subject announcedOn endsOn } }");

        Assert.Equal(3, restructured["version"]!.GetValue<int>());
        var announcements = restructured["announcements"]!.AsArray();
        Assert.Equal(["LEADER_DEPARTURE", "RESTRUCTURING"], announcements.Select(a => a!["kind"]!.GetValue<string>()));
        Assert.Equal(("区委书记 张明", "2026-06-30"), (announcements[0]!["subject"]!.GetValue<string>(), announcements[0]!["endsOn"]!.GetValue<string>()));
        Assert.Null(announcements[1]!["endsOn"]);

        var before = await host.EventCountAsync();
        var refused = await graphQL.PayloadAsync("announceLeaderDeparture",
            new { unitId = unit, leaderName = "张明", leaderPost = "区委书记", departsOn = "2026-04-30", effectiveOn = "2026-05-01" }, "unit { id }");
        AssertRefused(refused, "unit", "END_BEFORE_START", "input.departsOn");
        Assert.Equal(before, await host.EventCountAsync());
    }
}
