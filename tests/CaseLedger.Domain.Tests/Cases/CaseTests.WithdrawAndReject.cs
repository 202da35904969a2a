using CaseLedger.Domain.Cases;
using CaseLedger.Domain.Shared;

namespace CaseLedger.Domain.Tests.Cases;

public partial class CaseTests
{
    [Fact]
    public void GivenOpen_WhenWithdraw_ThenWithdrawn()
    {
        Given(Opened(), Motion()).When(c => c.Withdraw("人选调整", Day(3))).Then(new CaseWithdrawn(CaseId, "人选调整", Day(3)));
        Assert.Equal(CaseStatus.Withdrawn, Fold(Opened(), new CaseWithdrawn(CaseId, "人选调整", Day(3))).Status);
    }

    [Fact]
    public void GivenOpen_WhenReject_ThenRejected()
    {
        Given(Opened(), Motion()).When(c => c.Reject("不符合任职条件", Day(3))).Then(new CaseRejected(CaseId, "不符合任职条件", Day(3)));
        Assert.Equal(CaseStatus.Rejected, Fold(Opened(), new CaseRejected(CaseId, "r", Day(3))).Status);
    }

    [Fact]
    public void GivenEffective_WhenWithdrawOrReject_ThenFails()
    {
        Given([.. Decided(), AppointmentNotice()]).When(c => c.Withdraw("r", Day(50))).ThenFails(ErrorCodes.CaseAlreadyEffective);
        Given(Seconded()).When(c => c.Reject("r", Day(50))).ThenFails(ErrorCodes.CaseAlreadyEffective);
    }

    [Theory]
    [MemberData(nameof(EndedCases))]
    public void GivenEndedCase_WhenWithdrawOrReject_ThenFails(string how)
    {
        Given(Ended(how)).When(c => c.Withdraw("r", Day(50))).ThenFails(ErrorCodes.CaseClosed);
        Given(Ended(how)).When(c => c.Reject("r", Day(50))).ThenFails(ErrorCodes.CaseClosed);
    }

    [Fact]
    public void GivenOpen_WhenWithdrawOrRejectWithoutReason_ThenFails()
    {
        Given(Opened()).When(c => c.Withdraw(" ", Day(3))).ThenFails(ErrorCodes.Required, "reason");
        Given(Opened()).When(c => c.Reject("", Day(3))).ThenFails(ErrorCodes.Required, "reason");
    }
}
