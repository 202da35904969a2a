using CaseLedger.Domain.Cadres;
using CaseLedger.Domain.Shared;

namespace CaseLedger.Domain.Tests.Cadres;

public partial class CadreTests
{
    private static CadreRegistered Register(DateOnly? birthDate = null, DateOnly? partyJoinDate = null, DateOnly? workStartDate = null) =>
        Cadre.Register(CadreId, " 马兰 ", Gender.Female, birthDate ?? BirthDate, "回族", partyJoinDate ?? new DateOnly(2008, 7, 1), "大学",
            workStartDate ?? new DateOnly(2007, 8, 1), CadreCategory.CivilServant, ["固原", " 银川 "], Today);

    [Fact]
    public void GivenNothing_WhenRegister_ThenRegistered() =>
        Given().When(_ => Register()).Then(Registered());

    [Fact]
    public void GivenNothing_WhenRegisterBornInFuture_ThenFails() =>
        Given().When(_ => Register(birthDate: Today.AddDays(1))).ThenFails(ErrorCodes.DateInFuture, "birthDate");

    [Fact]
    public void GivenNothing_WhenRegisterWorkingBeforeBirth_ThenFails() =>
        Given().When(_ => Register(workStartDate: BirthDate)).ThenFails(ErrorCodes.WorkBeforeBirth, "workStartDate");

    [Fact]
    public void GivenNothing_WhenRegisterJoiningPartyBeforeBirth_ThenFails() =>
        Given().When(_ => Register(partyJoinDate: BirthDate.AddDays(-1))).ThenFails(ErrorCodes.PartyBeforeBirth, "partyJoinDate");

    [Fact]
    public void GivenNothing_WhenRegisterWithoutName_ThenFails() =>
        Given().When(_ => Cadre.Register(CadreId, " ", Gender.Male, BirthDate, "汉族", null, "大学", new DateOnly(2007, 8, 1),
                CadreCategory.CivilServant, [], Today))
            .ThenFails(ErrorCodes.Required, "name");
}
