using CaseLedger.Domain.Cadres;
using CaseLedger.Domain.Shared;

namespace CaseLedger.Domain.Tests.Cadres;

public partial class CadreTests
{
    [Theory]
    [InlineData("name", "马兰", "马蓝", "马蓝")]
    [InlineData("gender", "Female", "male", "Male")]
    [InlineData("birthDate", "1985-06-15", "1985-06-16", "1985-06-16")]
    [InlineData("ethnicity", "回族", "汉族", "汉族")]
    [InlineData("partyJoinDate", "2008-07-01", "", null)]
    [InlineData("education", "大学", "研究生", "研究生")]
    [InlineData("workStartDate", "2007-08-01", "2007-09-01", "2007-09-01")]
    [InlineData("category", "CivilServant", "ReferenceManagedStaff", "ReferenceManagedStaff")]
    [InlineData("growthPlaces", "固原;银川", "固原；吴忠 ", "固原;吴忠")]
    public void GivenRegistered_WhenCorrectField_ThenCorrectedWithOldValue(string field, string old, string newValue, string? stored) =>
        Given(Registered()).When(c => c.CorrectPersonalDetails(field, newValue, "档案核实", Today))
            .Then(new PersonalDetailsCorrected(CadreId, field, old, stored, "档案核实", Today));

    [Fact]
    public void GivenPartyDateCleared_WhenCorrectItBack_ThenOldValueIsNull() =>
        Given(Registered(), new PersonalDetailsCorrected(CadreId, "partyJoinDate", "2008-07-01", null, "r", Today))
            .When(c => c.CorrectPersonalDetails("partyJoinDate", "2009-07-01", "r", Today))
            .Then(new PersonalDetailsCorrected(CadreId, "partyJoinDate", null, "2009-07-01", "r", Today));

    [Theory]
    [InlineData("name", "马兰")]
    [InlineData("gender", "FEMALE")]
    [InlineData("growthPlaces", "固原 ; 银川")]
    public void GivenRegistered_WhenCorrectToSameValue_ThenFails(string field, string newValue) =>
        Given(Registered()).When(c => c.CorrectPersonalDetails(field, newValue, "r", Today)).ThenFails(ErrorCodes.NoChange, "newValue");

    [Fact]
    public void GivenRegistered_WhenCorrectUnknownField_ThenFails() =>
        Given(Registered()).When(c => c.CorrectPersonalDetails("salary", "1", "r", Today)).ThenFails(ErrorCodes.UnknownField, "field");

    [Theory]
    [InlineData("birthDate", "15/06/1985")]
    [InlineData("gender", "1")]
    [InlineData("category", "Farmer")]
    public void GivenRegistered_WhenCorrectWithUnreadableValue_ThenFails(string field, string newValue) =>
        Given(Registered()).When(c => c.CorrectPersonalDetails(field, newValue, "r", Today)).ThenFails(ErrorCodes.InvalidValue, "newValue");

    [Fact]
    public void GivenRegistered_WhenCorrectBirthAfterWorkStart_ThenFails() =>
        Given(Registered()).When(c => c.CorrectPersonalDetails("birthDate", "2007-09-01", "r", Today)).ThenFails(ErrorCodes.WorkBeforeBirth);

    [Fact]
    public void GivenRegistered_WhenCorrectPartyDateBeforeBirth_ThenFails() =>
        Given(Registered()).When(c => c.CorrectPersonalDetails("partyJoinDate", "1980-01-01", "r", Today)).ThenFails(ErrorCodes.PartyBeforeBirth);

    [Fact]
    public void GivenRegistered_WhenCorrectNameToEmpty_ThenFails() =>
        Given(Registered()).When(c => c.CorrectPersonalDetails("name", " ", "r", Today)).ThenFails(ErrorCodes.Required, "newValue");

    [Fact]
    public void GivenRegistered_WhenCorrectWithoutReason_ThenFails() =>
        Given(Registered()).When(c => c.CorrectPersonalDetails("name", "马蓝", "", Today)).ThenFails(ErrorCodes.Required, "reason");
}
