using CaseLedger.Domain.Shared;
using CaseLedger.Domain.Units;

namespace CaseLedger.Domain.Tests.Units;

public partial class UnitTests
{
    private static readonly DateOnly ApprovedOn = new(2023, 12, 1);

    [Fact]
    public void GivenRegistered_WhenReclassifyAsReferenceManaged_ThenReclassified() =>
        Given(Registered()).When(u => u.Reclassify(UnitKind.ReferenceManagedUnit, ApprovedOn, Today))
            .Then(new UnitReclassified(UnitId, UnitKind.ReferenceManagedUnit, ApprovedOn, Today));

    [Fact]
    public void GivenRegistered_WhenReclassifyAsPublicInstitution_ThenReclassifiedWithoutApprovalDate() =>
        Given(Registered()).When(u => u.Reclassify(UnitKind.PublicInstitution, null, Today))
            .Then(new UnitReclassified(UnitId, UnitKind.PublicInstitution, null, Today));

    [Fact]
    public void GivenRegistered_WhenReclassifyAsReferenceManagedWithoutDate_ThenFails() =>
        Given(Registered()).When(u => u.Reclassify(UnitKind.ReferenceManagedUnit, null, Today))
            .ThenFails(ErrorCodes.ApprovalDateRequired, "referenceManagedApprovedOn");

    [Fact]
    public void GivenDissolved_WhenReclassify_ThenFails() =>
        Given(Registered(), new UnitDissolved(UnitId, Today)).When(u => u.Reclassify(UnitKind.PublicInstitution, null, Today))
            .ThenFails(ErrorCodes.UnitDissolved);
}
