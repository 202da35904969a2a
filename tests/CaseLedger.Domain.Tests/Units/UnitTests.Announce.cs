using CaseLedger.Domain.Shared;
using CaseLedger.Domain.Units;

namespace CaseLedger.Domain.Tests.Units;

public partial class UnitTests
{
    [Fact]
    public void GivenRegistered_WhenAnnounceLeaderDeparture_ThenAnnounced() =>
        Given(Registered()).When(u => u.AnnounceLeaderDeparture(" 张明 ", "县委书记", Today.AddDays(30), Today))
            .Then(new UnitLeaderDepartureAnnounced(UnitId, "张明", "县委书记", Today.AddDays(30), Today));

    [Fact]
    public void GivenRegistered_WhenAnnounceLeaderDepartureWithoutADate_ThenAnnounced() =>
        Given(Registered()).When(u => u.AnnounceLeaderDeparture("张明", "县委书记", null, Today))
            .Then(new UnitLeaderDepartureAnnounced(UnitId, "张明", "县委书记", null, Today));

    [Fact]
    public void GivenRegistered_WhenAnnounceDepartureBeforeTheAnnouncement_ThenFails() =>
        Given(Registered()).When(u => u.AnnounceLeaderDeparture("张明", "县委书记", Today.AddDays(-1), Today)).ThenFails(ErrorCodes.EndBeforeStart, "departsOn");

    [Fact]
    public void GivenRegistered_WhenAnnounceRestructuring_ThenAnnounced() =>
        Given(Registered()).When(u => u.AnnounceRestructuring("与市科协合并", Today.AddDays(90), Today))
            .Then(new UnitRestructuringAnnounced(UnitId, "与市科协合并", Today.AddDays(90), Today));

    [Fact]
    public void GivenRegistered_WhenAnnounceRestructuringWithoutSummary_ThenFails() =>
        Given(Registered()).When(u => u.AnnounceRestructuring(" ", null, Today)).ThenFails(ErrorCodes.Required, "summary");

    [Fact]
    public void GivenDissolved_WhenAnnounceRestructuring_ThenFails() =>
        Given(Registered(), new UnitDissolved(UnitId, Today)).When(u => u.AnnounceRestructuring("撤并", null, Today)).ThenFails(ErrorCodes.UnitDissolved);
}
