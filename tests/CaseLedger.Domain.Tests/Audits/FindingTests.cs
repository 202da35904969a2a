using CaseLedger.Domain.Audits;
using CaseLedger.Domain.Shared;
using CaseLedger.Domain.Tests.Testing;

namespace CaseLedger.Domain.Tests.Audits;

public class FindingTests
{
    private static readonly DateOnly Today = new(2026, 11, 20);
    private static readonly AuditFinding Found = new("TL-DECISION-QUORUM", 1, AuditSeverity.Violation, CaseFiles.CaseId, CaseFiles.CadreId, [2], Today, "…");
    private static readonly Guid Id = Finding.IdFor("TL-DECISION-QUORUM", CaseFiles.CaseId);
    private static readonly FindingRaised Raised = Finding.Raise(Found, Today);

    [Fact]
    public void The_id_is_the_same_for_the_same_rule_and_case_and_differs_otherwise()
    {
        Assert.Equal(Id, Finding.IdFor("TL-DECISION-QUORUM", CaseFiles.CaseId));
        Assert.NotEqual(Id, Finding.IdFor("TL-INSPECTION", CaseFiles.CaseId));
        Assert.Equal(5, Id.Version);
    }

    [Fact]
    public void An_acknowledged_finding_is_confirmed_with_each_action_once() =>
        Spec<Finding>.Given(Raised, new FindingAcknowledged(Id, Today))
            .When(f => f.Confirm([AccountabilityAction.Admonishment, AccountabilityAction.Admonishment], Today))
            .Then(new FindingConfirmed(Id, [AccountabilityAction.Admonishment], Today));

    [Fact]
    public void Confirming_needs_an_action_and_resolving_needs_a_confirmation()
    {
        Spec<Finding>.Given(Raised).When(f => f.Confirm([], Today)).ThenFails(ErrorCodes.Required, "actions");
        Spec<Finding>.Given(Raised).When(f => f.Resolve("已整改", Today)).ThenFails(ErrorCodes.FindingStatusInvalid);
        Spec<Finding>.Given(Raised, new FindingDismissed(Id, "不构成违规", Today)).When(f => f.Reopen("材料不实", Today))
            .Then(new FindingReopened(Id, "材料不实", Today));
    }

    [Fact]
    public void A_warning_found_again_as_a_violation_is_restated_by_an_event_and_goes_back_to_the_supervisors()
    {
        var warning = Finding.Raise(Found with { Severity = AuditSeverity.NeedsReview, Explanation = "期限将至" }, Today);
        var dismissed = Finding.Evolve(Finding.Evolve(null, warning), new FindingDismissed(Id, "已有安排", Today))!;

        var restated = dismissed.Restate(Found with { Explanation = "期限已过" }, Today.AddDays(1));

        Assert.Equal(new FindingRestated(Id, 1, AuditSeverity.Violation, Found.EvidenceVersions, "期限已过", true, Today.AddDays(1), Found.EffectiveOn), restated);
        var after = Finding.Evolve(dismissed, restated!)!;
        Assert.Equal((FindingStatus.Raised, AuditSeverity.Violation, "期限已过"), (after.Status, after.Current.Severity, after.Current.Explanation));
        Assert.Null(after.Restate(Found with { Explanation = "期限已过" }, Today.AddDays(2)));
    }

    [Fact]
    public void New_evidence_reopens_a_dismissed_finding_and_a_changed_explanation_alone_is_restated_without_reopening()
    {
        var dismissed = Finding.Evolve(Finding.Evolve(null, Raised), new FindingDismissed(Id, "不构成违规", Today))!;

        var moreEvidence = dismissed.Restate(Found with { EvidenceVersions = [2, 9] }, Today.AddDays(1))!;
        Assert.True(moreEvidence.Reopens);
        Assert.Equal(FindingStatus.Raised, Finding.Evolve(dismissed, moreEvidence)!.Status);

        var reworded = dismissed.Restate(Found with { Explanation = "出生日期更正后仍超龄" }, Today.AddDays(1))!;
        Assert.False(reworded.Reopens);
        var after = Finding.Evolve(dismissed, reworded)!;
        Assert.Equal((FindingStatus.Dismissed, "出生日期更正后仍超龄"), (after.Status, after.Current.Explanation));
        Assert.Null(dismissed.Restate(Found, Today.AddDays(1)));
    }

    [Fact]
    public void Clearing_and_raising_again_are_no_ops_when_nothing_changes()
    {
        var cleared = Finding.Evolve(Finding.Evolve(null, Raised), new FindingCleared(Id, "…", Today))!;
        Assert.Null(cleared.Clear(Today));
        Assert.NotNull(cleared.RaiseAgain(Found, Today));
        Assert.Null(Finding.Evolve(null, Raised)!.RaiseAgain(Found, Today));
    }
}
