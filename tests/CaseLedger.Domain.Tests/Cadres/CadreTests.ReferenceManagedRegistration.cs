using CaseLedger.Domain.Cadres;
using CaseLedger.Domain.Shared;

namespace CaseLedger.Domain.Tests.Cadres;

public partial class CadreTests
{
    private static readonly DateOnly Hired = new(2009, 7, 1);

    [Fact]
    public void GivenRegistered_WhenRecordReferenceManagedRegistration_ThenRecorded() =>
        Given(Registered()).When(c => c.RecordReferenceManagedRegistration(UnitId, Hired, HireChannel.PublicInstitutionOpenRecruitment, "宁人社登〔2011〕5号", new(2011, 3, 1), Today))
            .Then(new ReferenceManagedRegistrationRecorded(CadreId, UnitId, Hired, HireChannel.PublicInstitutionOpenRecruitment, "宁人社登〔2011〕5号", new(2011, 3, 1)));

    [Fact]
    public void GivenRegistered_WhenRegisteredBeforeHired_ThenFails() =>
        Given(Registered()).When(c => c.RecordReferenceManagedRegistration(UnitId, Hired, HireChannel.CivilServiceExam, "登记", Hired.AddDays(-1), Today))
            .ThenFails(ErrorCodes.EndBeforeStart, "registeredOn");

    [Fact]
    public void GivenRegistered_WhenRegistrationInTheFuture_ThenFails() =>
        Given(Registered()).When(c => c.RecordReferenceManagedRegistration(UnitId, Hired, HireChannel.CivilServiceExam, "登记", Today.AddDays(1), Today))
            .ThenFails(ErrorCodes.DateInFuture, "registeredOn");

    [Fact]
    public void GivenRegistered_WhenRegistrationWithoutUnitOrReference_ThenFails()
    {
        Given(Registered()).When(c => c.RecordReferenceManagedRegistration(Guid.Empty, Hired, HireChannel.Other, "登记", Today, Today)).ThenFails(ErrorCodes.Required, "unitId");
        Given(Registered()).When(c => c.RecordReferenceManagedRegistration(UnitId, Hired, HireChannel.Other, " ", Today, Today)).ThenFails(ErrorCodes.Required, "reference");
    }
}
