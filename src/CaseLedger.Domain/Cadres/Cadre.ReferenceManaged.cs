using CaseLedger.Domain.Shared;

namespace CaseLedger.Domain.Cadres;

/// <summary>参公登记: the fact NX-CANZHAO-TO-CIVIL-SERVICE needs to judge a 转任 out of a 参公 unit.</summary>
public sealed partial record Cadre
{
    public ReferenceManagedRegistrationRecorded RecordReferenceManagedRegistration(
        Guid unitId, DateOnly hiredOn, HireChannel hiredThrough, string reference, DateOnly registeredOn, DateOnly today)
    {
        EnsureInService();
        if (hiredOn <= BirthDate)
            throw new DomainException(ErrorCodes.PostBeforeBirth, "录用时间须晚于出生日期 / A hire cannot precede birth.", "hiredOn");
        Require.NotBefore(registeredOn, hiredOn, "registeredOn");
        return new ReferenceManagedRegistrationRecorded(Id, Require.Id(unitId, "unitId"), hiredOn, hiredThrough,
            Require.Text(reference, "reference"), Require.NotAfter(registeredOn, today, "registeredOn"));
    }
}
