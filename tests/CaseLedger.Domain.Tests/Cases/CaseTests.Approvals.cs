using CaseLedger.Domain.Cases;
using CaseLedger.Domain.Shared;

namespace CaseLedger.Domain.Tests.Cases;

public partial class CaseTests
{
    [Fact]
    public void GivenNotice_WhenRequestApproval_ThenRequested() =>
        Given([.. Decided(), PublicNotice()]).When(c => c.RequestApproval("市委组织部", ["干部任免审批表", "考察材料"], Day(39)))
            .Then(ApprovalRequested());

    [Fact]
    public void GivenOpened_WhenRequestApprovalWithoutAttachments_ThenRecordedForTheAudit() =>
        Given(Opened()).When(c => c.RequestApproval("市委组织部", [], Day(39))).Then(new ApprovalRequested(CaseId, "市委组织部", [], Day(39)));

    [Fact]
    public void GivenOpened_WhenRequestApprovalWithoutAuthority_ThenFails() =>
        Given(Opened()).When(c => c.RequestApproval("", [], Day(39))).ThenFails(ErrorCodes.Required, "authority");

    [Fact]
    public void GivenRequested_WhenRequestAgain_ThenFails() =>
        Given(Opened(), ApprovalRequested()).When(c => c.RequestApproval("市委组织部", [], Day(40))).ThenFails(ErrorCodes.StepAlreadyRecorded);

    [Fact]
    public void GivenRequested_WhenGrant_ThenGrantedAsRoutine() =>
        Given(Opened(), ApprovalRequested()).When(c => c.GrantApproval("市委组织部", "银组干〔2024〕5号", Day(42)))
            .Then(new ApprovalGranted(CaseId, "市委组织部", "银组干〔2024〕5号", Day(42), ApprovalPurpose.Routine));

    [Fact]
    public void GivenRequested_WhenGrantAnAgeException_ThenItsPurposeIsRecorded() =>
        Given(Opened(), ApprovalRequested()).When(c => c.GrantApproval("市委组织部", "银组干〔2024〕5号", Day(42), ApprovalPurpose.AgeException))
            .Then(new ApprovalGranted(CaseId, "市委组织部", "银组干〔2024〕5号", Day(42), ApprovalPurpose.AgeException));

    [Fact]
    public void GivenNoRequest_WhenGrant_ThenFailsNamingTheRequest() =>
        Assert.Contains("ApprovalRequested", Given(Opened()).When(c => c.GrantApproval("市委组织部", "5号", Day(42)))
            .ThenFails(ErrorCodes.StepMissing).Message, StringComparison.Ordinal);

    [Fact]
    public void GivenRequested_WhenGrantDatedBeforeRequest_ThenFails() =>
        Given(Opened(), ApprovalRequested()).When(c => c.GrantApproval("市委组织部", "5号", Day(38)))
            .ThenFails(ErrorCodes.StepOutOfOrder, "effectiveOn");

    [Fact]
    public void GivenRequested_WhenGrantWithoutReference_ThenFails() =>
        Given(Opened(), ApprovalRequested()).When(c => c.GrantApproval("市委组织部", " ", Day(42))).ThenFails(ErrorCodes.Required, "reference");

    [Fact]
    public void GivenGranted_WhenGrantOrRefuseAgain_ThenFails()
    {
        object[] granted = [Opened(), ApprovalRequested(), new ApprovalGranted(CaseId, "市委组织部", "5号", Day(42))];
        Given(granted).When(c => c.GrantApproval("市委组织部", "6号", Day(43))).ThenFails(ErrorCodes.StepAlreadyRecorded);
        Given(granted).When(c => c.RefuseApproval("市委组织部", "r", Day(43))).ThenFails(ErrorCodes.StepAlreadyRecorded);
    }

    [Fact]
    public void GivenRequested_WhenRefuse_ThenRefusedAndTheCaseIsRejected()
    {
        var refused = new ApprovalRefused(CaseId, "市委组织部", "任职年限不足", Day(42));
        Given(Opened(), ApprovalRequested()).When(c => c.RefuseApproval("市委组织部", "任职年限不足", Day(42))).Then(refused);
        Assert.Equal(CaseStatus.Rejected, Fold(Opened(), ApprovalRequested(), refused).Status);
        Given(Opened(), ApprovalRequested(), refused).When(c => c.TakeCollectiveDecision(DecisionBody.StandingCommittee, 11, 9, 8, 1, 0, true, Day(43)))
            .ThenFails(ErrorCodes.CaseClosed);
    }

    [Fact]
    public void GivenNoRequest_WhenRefuse_ThenFails() =>
        Given(Opened()).When(c => c.RefuseApproval("市委组织部", "r", Day(42))).ThenFails(ErrorCodes.StepMissing);

    [Fact]
    public void GivenRequested_WhenRefuseWithoutReason_ThenFails() =>
        Given(Opened(), ApprovalRequested()).When(c => c.RefuseApproval("市委组织部", "", Day(42))).ThenFails(ErrorCodes.Required, "reason");

    [Theory]
    [MemberData(nameof(EndedCases))]
    public void GivenEndedCase_WhenRequestApproval_ThenFails(string how) =>
        Given(Ended(how)).When(c => c.RequestApproval("市委组织部", [], Day(39))).ThenFails(ErrorCodes.CaseClosed);
}
