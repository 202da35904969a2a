using CaseLedger.Domain.Shared;
using CaseLedger.Domain.Units;

namespace CaseLedger.Domain.Tests.Units;

public partial class UnitTests
{
    [Fact]
    public void GivenRegistered_WhenDissolve_ThenDissolved() =>
        Given(Registered()).When(u => u.Dissolve(Today)).Then(new UnitDissolved(UnitId, Today));

    [Fact]
    public void GivenDissolved_WhenDissolve_ThenFails() =>
        Given(Registered(), new UnitDissolved(UnitId, Today)).When(u => u.Dissolve(Today)).ThenFails(ErrorCodes.UnitDissolved);

    [Fact]
    public void GivenRegistered_WhenGrassrootsAsked_ThenCountyAndBelowAre()
    {
        Assert.False(Unit.IsGrassroots(AdministrativeLevel.City));
        Assert.True(Unit.IsGrassroots(AdministrativeLevel.County));
        Assert.True(Unit.IsGrassroots(AdministrativeLevel.Village));
    }
}
