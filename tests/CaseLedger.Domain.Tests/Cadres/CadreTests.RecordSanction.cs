using CaseLedger.Domain.Cadres;
using CaseLedger.Domain.Shared;

namespace CaseLedger.Domain.Tests.Cadres;

public partial class CadreTests
{
    [Fact]
    public void GivenRegistered_WhenRecordSanction_ThenRecorded() =>
        Given(Registered()).When(c => c.RecordSanction(SanctionKind.StateSupervisory, "记过", Today, 12, Today))
            .Then(new SanctionRecorded(CadreId, SanctionKind.StateSupervisory, "记过", 12, Today));

    [Fact]
    public void GivenRegistered_WhenRecordAdmonishmentWithoutPeriod_ThenRecorded() =>
        Given(Registered()).When(c => c.RecordSanction(SanctionKind.Admonishment, "诫勉", Today, 0, Today))
            .Then(new SanctionRecorded(CadreId, SanctionKind.Admonishment, "诫勉", 0, Today));

    [Fact]
    public void GivenRegistered_WhenRecordNegativePeriod_ThenFails() =>
        Given(Registered()).When(c => c.RecordSanction(SanctionKind.PartyDiscipline, "警告", Today, -1, Today))
            .ThenFails(ErrorCodes.NegativeNumber, "periodMonths");

    [Fact]
    public void GivenRegistered_WhenRecordWithoutSanctionName_ThenFails() =>
        Given(Registered()).When(c => c.RecordSanction(SanctionKind.PartyDiscipline, " ", Today, 6, Today))
            .ThenFails(ErrorCodes.Required, "sanction");

    [Fact]
    public void GivenRegistered_WhenRecordStartingTomorrow_ThenFails() =>
        Given(Registered()).When(c => c.RecordSanction(SanctionKind.PartyDiscipline, "警告", Today.AddDays(1), 6, Today))
            .ThenFails(ErrorCodes.DateInFuture, "startOn");
}
