using CaseLedger.Domain.Cadres;
using CaseLedger.Domain.Shared;

namespace CaseLedger.Domain.Tests.Cadres;

public partial class CadreTests
{
    private static ReservePoolEntered Entered() => new(CadreId, PostLevel.Departmental, "宁组考〔2024〕3号", Today);

    [Fact]
    public void GivenRegistered_WhenEnterReservePool_ThenEntered() =>
        Given(Registered()).When(c => c.EnterReservePool(PostLevel.Departmental, "宁组考〔2024〕3号", null, Today, Today)).Then(Entered());

    [Fact]
    public void GivenRegistered_WhenEnterWithoutInspection_ThenRecordedForTheAuditToFlag() =>
        Given(Registered()).When(c => c.EnterReservePool(PostLevel.Departmental, " ", null, Today, Today))
            .Then(new ReservePoolEntered(CadreId, PostLevel.Departmental, null, Today));

    [Fact]
    public void GivenRegistered_WhenEnterWithAnInspectionDate_ThenItIsKeptAndMayNotBeInTheFuture()
    {
        Given(Registered()).When(c => c.EnterReservePool(PostLevel.Departmental, "宁组考〔2024〕3号", Today.AddDays(-20), Today, Today))
            .Then(new ReservePoolEntered(CadreId, PostLevel.Departmental, "宁组考〔2024〕3号", Today, Today.AddDays(-20)));
        Given(Registered()).When(c => c.EnterReservePool(PostLevel.Departmental, "宁组考〔2024〕3号", Today.AddDays(1), Today, Today))
            .ThenFails(ErrorCodes.DateInFuture, "inspectedOn");
    }

    [Fact]
    public void GivenInPool_WhenEnterAgain_ThenFails() =>
        Given(Registered(), Entered()).When(c => c.EnterReservePool(PostLevel.Provincial, "x", null, Today, Today))
            .ThenFails(ErrorCodes.AlreadyInReservePool);

    [Fact]
    public void GivenInPool_WhenLeave_ThenLeft() =>
        Given(Registered(), Entered()).When(c => c.LeaveReservePool("已提拔", Today, Today)).Then(new ReservePoolLeft(CadreId, "已提拔", Today));

    [Fact]
    public void GivenRegistered_WhenLeavePool_ThenFails() =>
        Given(Registered()).When(c => c.LeaveReservePool("r", Today, Today)).ThenFails(ErrorCodes.NotInReservePool);

    [Fact]
    public void GivenLeftPool_WhenEnterAgain_ThenEntered() =>
        Given(Registered(), Entered(), new ReservePoolLeft(CadreId, "r", Today))
            .When(c => c.EnterReservePool(PostLevel.Departmental, "宁组考〔2024〕3号", null, Today, Today)).Then(Entered());

    [Fact]
    public void GivenInPool_WhenLeaveWithoutReason_ThenFails() =>
        Given(Registered(), Entered()).When(c => c.LeaveReservePool(" ", Today, Today)).ThenFails(ErrorCodes.Required, "reason");
}
