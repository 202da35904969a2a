using CaseLedger.Domain.Cadres;
using CaseLedger.Domain.Shared;

namespace CaseLedger.Domain.Tests.Cadres;

public partial class CadreTests
{
    private static readonly DateOnly PostFrom = new(2015, 1, 1);

    [Fact]
    public void GivenRegistered_WhenRecordBaselinePost_ThenRecorded() =>
        Given(Registered()).When(c => c.RecordBaselinePost(Post, PostFrom, null, Today))
            .Then(new BaselinePostRecorded(CadreId, Post, PostFrom, null, Today));

    [Fact]
    public void GivenRegistered_WhenRecordPostBeforeBirth_ThenFails() =>
        Given(Registered()).When(c => c.RecordBaselinePost(Post, BirthDate, null, Today)).ThenFails(ErrorCodes.PostBeforeBirth, "from");

    [Fact]
    public void GivenRegistered_WhenRecordPostEndingBeforeStart_ThenFails() =>
        Given(Registered()).When(c => c.RecordBaselinePost(Post, PostFrom, PostFrom.AddDays(-1), Today)).ThenFails(ErrorCodes.EndBeforeStart, "to");

    [Fact]
    public void GivenRegistered_WhenRecordPostStartingTomorrow_ThenFails() =>
        Given(Registered()).When(c => c.RecordBaselinePost(Post, Today.AddDays(1), null, Today)).ThenFails(ErrorCodes.DateInFuture, "from");

    [Fact]
    public void GivenBirthDateCorrected_WhenRecordPostBeforeNewBirthDate_ThenFails() =>
        Given(Registered(), new PersonalDetailsCorrected(CadreId, "birthDate", "1985-06-15", "1986-01-01", "档案核实", Today))
            .When(c => c.RecordBaselinePost(Post, new DateOnly(1985, 12, 1), null, Today)).ThenFails(ErrorCodes.PostBeforeBirth);
}
