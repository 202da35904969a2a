using CaseLedger.Domain.Tests.Testing;
using CaseLedger.Domain.Units;

namespace CaseLedger.Domain.Tests.Units;

public partial class UnitTests
{
    private static readonly DateOnly Today = new(2024, 3, 1);
    private static readonly Guid UnitId = Guid.Parse("00000000-0000-0000-0000-0000000000a1");
    private static readonly Guid ParentId = Guid.Parse("00000000-0000-0000-0000-0000000000a0");

    private static UnitRegistered Registered(AdministrativeLevel level = AdministrativeLevel.County) =>
        new(UnitId, "640100", "银川市某县委组织部", UnitKind.PartyGovOrgan, level, null, NingxiaArea.Plain, false, Today);

    private static UnitRegistered ParentRegistered(AdministrativeLevel level = AdministrativeLevel.City) =>
        new(ParentId, "6401", "银川市", UnitKind.PartyGovOrgan, level, null, NingxiaArea.Plain, false, Today);

    private static Unit Parent(AdministrativeLevel level = AdministrativeLevel.City, bool dissolved = false) =>
        Unit.Create(ParentRegistered(level)) with { IsDissolved = dissolved };

    private static Spec<Unit> Given(params object[] events) => Spec<Unit>.Given(events);
}
