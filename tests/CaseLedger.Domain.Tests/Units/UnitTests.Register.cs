using CaseLedger.Domain.Shared;
using CaseLedger.Domain.Units;

namespace CaseLedger.Domain.Tests.Units;

public partial class UnitTests
{
    [Fact]
    public void GivenNothing_WhenRegister_ThenRegistered() =>
        Given().When(_ => Unit.Register(UnitId, " 640100 ", "银川市某县委组织部", UnitKind.PartyGovOrgan, AdministrativeLevel.County,
                Parent(), NingxiaArea.Plain, false, Today))
            .Then(Registered() with { ParentId = ParentId });

    [Fact]
    public void GivenNothing_WhenRegisterRootUnit_ThenRegisteredWithoutParent() =>
        Given().When(_ => Unit.Register(UnitId, "640100", "银川市某县委组织部", UnitKind.PartyGovOrgan, AdministrativeLevel.County,
                null, NingxiaArea.Plain, false, Today))
            .Then(Registered());

    [Fact]
    public void GivenNothing_WhenRegisterPoorVillage_ThenRegistered() =>
        Given().When(_ => Unit.Register(UnitId, "c", "某村", UnitKind.VillageOrganization, AdministrativeLevel.Village,
                null, NingxiaArea.Mountain, true, Today))
            .Then(new UnitRegistered(UnitId, "c", "某村", UnitKind.VillageOrganization, AdministrativeLevel.Village, null, NingxiaArea.Mountain, true, Today));

    [Fact]
    public void GivenDissolvedParent_WhenRegister_ThenFails() =>
        Given().When(_ => Unit.Register(UnitId, "c", "n", UnitKind.PartyGovOrgan, AdministrativeLevel.County,
                Parent(dissolved: true), null, false, Today))
            .ThenFails(ErrorCodes.ParentDissolved, "parentId");

    [Fact]
    public void GivenCountyParent_WhenRegisterCityUnder_ThenFails() =>
        Given().When(_ => Unit.Register(UnitId, "c", "n", UnitKind.PartyGovOrgan, AdministrativeLevel.City,
                Parent(AdministrativeLevel.County), null, false, Today))
            .ThenFails(ErrorCodes.LevelAboveParent, "level");

    [Fact]
    public void GivenNothing_WhenRegisterPoorTownship_ThenFails() =>
        Given().When(_ => Unit.Register(UnitId, "c", "n", UnitKind.PartyGovOrgan, AdministrativeLevel.Township, null, null, true, Today))
            .ThenFails(ErrorCodes.NotAVillage, "isRegisteredPoorVillage");

    [Theory]
    [InlineData("", "n", "code")]
    [InlineData("c", " ", "name")]
    public void GivenNothing_WhenRegisterWithoutText_ThenFails(string code, string name, string field) =>
        Given().When(_ => Unit.Register(UnitId, code, name, UnitKind.PartyGovOrgan, AdministrativeLevel.County, null, null, false, Today))
            .ThenFails(ErrorCodes.Required, field);

    [Fact]
    public void GivenNothing_WhenRegisterWithLongCode_ThenFails() =>
        Given().When(_ => Unit.Register(UnitId, new string('x', 41), "n", UnitKind.PartyGovOrgan, AdministrativeLevel.County, null, null, false, Today))
            .ThenFails(ErrorCodes.TooLong, "code");
}
