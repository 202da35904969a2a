using CaseLedger.Domain.Cadres;
using CaseLedger.Domain.Shared;

namespace CaseLedger.Domain.Tests.Cadres;

/// <summary>Typed corrections: one event per field given, each with the value it replaces, the reason and the date it takes effect.</summary>
public partial class CadreTests
{
    private static readonly DateOnly TakesEffect = new(2024, 2, 1);

    [Fact]
    public void GivenRegistered_WhenCorrectSeveralTypedFields_ThenOneCorrectionEachTakingEffectOnTheDateGiven() =>
        Given(Registered())
            .When(c => c.CorrectPersonalDetails(
                new PersonalDetailsCorrection(Name: "马蓝", BirthDate: new DateOnly(1985, 6, 16), Ethnicity: "汉族", Category: CadreCategory.ReferenceManagedStaff, GrowthPlaces: ["固原", "吴忠"]),
                "档案核实", TakesEffect, Today))
            .Then(
                new PersonalDetailsCorrected(CadreId, "name", "马兰", "马蓝", "档案核实", TakesEffect),
                new PersonalDetailsCorrected(CadreId, "birthDate", "1985-06-15", "1985-06-16", "档案核实", TakesEffect),
                new PersonalDetailsCorrected(CadreId, "ethnicity", "回族", "汉族", "档案核实", TakesEffect),
                new PersonalDetailsCorrected(CadreId, "category", "CivilServant", "ReferenceManagedStaff", "档案核实", TakesEffect),
                new PersonalDetailsCorrected(CadreId, "growthPlaces", "固原;银川", "固原;吴忠", "档案核实", TakesEffect));

    [Fact]
    public void GivenRegistered_WhenPartyMembershipIsClearedOrGenderCorrected_ThenRecorded() =>
        Given(Registered())
            .When(c => c.CorrectPersonalDetails(new PersonalDetailsCorrection(Gender: Gender.Male, ClearPartyJoinDate: true), "r", Today, Today))
            .Then(
                new PersonalDetailsCorrected(CadreId, "gender", "Female", "Male", "r", Today),
                new PersonalDetailsCorrected(CadreId, "partyJoinDate", "2008-07-01", null, "r", Today));

    [Fact]
    public void GivenRegistered_WhenTypedCorrectionIsEmptyFutureUnchangedOrInconsistent_ThenFailsNamingTheField()
    {
        Given(Registered()).When(c => c.CorrectPersonalDetails(new PersonalDetailsCorrection(), "r", Today, Today)).ThenFails(ErrorCodes.Required);
        Given(Registered()).When(c => c.CorrectPersonalDetails(new PersonalDetailsCorrection(Name: "马蓝"), "r", Today.AddDays(1), Today))
            .ThenFails(ErrorCodes.DateInFuture, "effectiveOn");
        Given(Registered()).When(c => c.CorrectPersonalDetails(new PersonalDetailsCorrection(Name: "马蓝", Ethnicity: "回族"), "r", Today, Today))
            .ThenFails(ErrorCodes.NoChange, "ethnicity");
        Given(Registered()).When(c => c.CorrectPersonalDetails(new PersonalDetailsCorrection(Name: " "), "r", Today, Today)).ThenFails(ErrorCodes.Required, "name");
        Given(Registered()).When(c => c.CorrectPersonalDetails(new PersonalDetailsCorrection(BirthDate: new DateOnly(2007, 9, 1)), "r", Today, Today))
            .ThenFails(ErrorCodes.WorkBeforeBirth, "birthDate");
        Given(Registered()).When(c => c.CorrectPersonalDetails(new PersonalDetailsCorrection(PartyJoinDate: Today, ClearPartyJoinDate: true), "r", Today, Today))
            .ThenFails(ErrorCodes.InconsistentInput, "clearPartyJoinDate");
        Given(Registered()).When(c => c.CorrectPersonalDetails(new PersonalDetailsCorrection(GrowthPlaces: ["固原;银川"]), "r", Today, Today))
            .ThenFails(ErrorCodes.InvalidValue, "growthPlaces");
        Given(Registered()).When(c => c.CorrectPersonalDetails(new PersonalDetailsCorrection(Name: "马蓝"), "", Today, Today)).ThenFails(ErrorCodes.Required, "reason");
        Given(Registered(), LeftService()).When(c => c.CorrectPersonalDetails(new PersonalDetailsCorrection(Name: "马蓝"), "r", Today, Today))
            .ThenFails(ErrorCodes.CadreLeftService);
    }
}
