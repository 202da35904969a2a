using CaseLedger.Domain.Shared;

namespace CaseLedger.Domain.Tests.Cadres;

public partial class CadreTests
{
    [Fact]
    public void GivenRegistered_WhenLeaveService_ThenLeft() =>
        Given(Registered()).When(c => c.LeaveService("退休", Today, Today)).Then(LeftService());

    [Fact]
    public void GivenRegistered_WhenLeaveWithoutReason_ThenFails() =>
        Given(Registered()).When(c => c.LeaveService("", Today, Today)).ThenFails(ErrorCodes.Required, "reason");

    [Fact]
    public void GivenRegistered_WhenLeaveTomorrow_ThenFails() =>
        Given(Registered()).When(c => c.LeaveService("退休", Today.AddDays(1), Today)).ThenFails(ErrorCodes.DateInFuture, "effectiveOn");
}
