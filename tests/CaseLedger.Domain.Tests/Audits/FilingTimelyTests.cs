using CaseLedger.Domain.Audits;
using CaseLedger.Domain.Audits.Rules;
using CaseLedger.Domain.Cases;
using static CaseLedger.Domain.Tests.Audits.CaseFiles;

namespace CaseLedger.Domain.Tests.Audits;

public class FilingTimelyTests
{
    private static readonly FilingTimely Rule = new();
    private static readonly DateOnly DecidedOn = new(2017, 3, 10);

    private static CaseFiles Decided(CaseChannel channel = CaseChannel.InboundTransfer) =>
        Opened(channel, null, DeputySection(County), new(2017, 2, 10)).BornOn(new(1980, 1, 1)).Decided(DecidedOn);

    private static CaseFiles Noticed(CaseFiles f, DateOnly on) => f.Then(new AppointmentNoticeIssued(CaseId, on, false, null, on));

    [Fact]
    [RuleTest("NX-FILING-TIMELY", RuleTestKind.Compliant)]
    public void An_approval_requested_thirty_days_after_the_decision_is_timely() =>
        Assert.Null(Rule.Evaluate(Decided().Then(new ApprovalRequested(CaseId, "固原市委组织部", ["调任审批表"], new(2017, 4, 9))).File));

    [Fact]
    [RuleTest("NX-FILING-TIMELY", RuleTestKind.Violating)]
    public void An_approval_requested_thirty_one_days_after_the_decision_is_for_review()
    {
        var finding = Rule.Evaluate(Decided().Then(new ApprovalRequested(CaseId, "固原市委组织部", ["调任审批表"], new(2017, 4, 10))).File);

        Assert.Equal(("NX-FILING-TIMELY", AuditSeverity.NeedsReview), (finding?.RuleId, finding?.Severity));
        Assert.Contains("the approval request came only on 2017-04-10, 31 days later, beyond 30 days", finding!.Explanation);
        Assert.Contains("可配置参数", finding.Explanation);
        Assert.Equal([2, 3], finding.EvidenceVersions);
        Assert.Equal(DecidedOn, finding.EffectiveOn);
    }

    [Fact]
    public void A_late_filing_on_any_case_that_records_one_is_for_review() =>
        Assert.Contains("filing submission", Rule.Evaluate(Decided(CaseChannel.InternalPromotion)
            .Then(new FilingSubmitted(CaseId, "自治区党委组织部", ["备案表"], new(2017, 5, 2))).File)?.Explanation ?? "");

    [Fact]
    public void A_transfer_noticed_past_the_window_with_no_report_is_for_review_and_one_still_inside_it_is_not_judged()
    {
        Assert.Null(Rule.Evaluate(Noticed(Decided(), new(2017, 4, 9)).File));

        var finding = Rule.Evaluate(Noticed(Decided(), new(2017, 4, 10)).File);

        Assert.Contains("by the appointment notice (AppointmentNoticeIssued) on 2017-04-10 no approval request or filing had been made", finding?.Explanation ?? "");
        Assert.Equal([2, 3], finding!.EvidenceVersions);
    }

    [Fact]
    public void A_case_that_needs_no_report_is_not_judged() =>
        Assert.Null(Rule.Evaluate(Noticed(Decided(CaseChannel.Rotation), new(2017, 6, 1)).File));

    [Fact]
    public void The_window_is_configuration()
    {
        var rule = Rule.Configured(new Dictionary<string, int> { ["filingDays"] = 15 });

        Assert.True(Rule.Versions[0].Parameters.Single().Configurable);
        Assert.Contains("the 15-day window is configuration", rule.Evaluate(Noticed(Decided(), new(2017, 3, 26)).File)?.Explanation ?? "");
        Assert.Null(Rule.Evaluate(Noticed(Decided(), new(2017, 3, 26)).File));
    }

    [Fact]
    public void Correcting_a_mistyped_request_date_removes_the_cause()
    {
        var late = Decided().Then(new ApprovalRequested(CaseId, "固原市委组织部", ["调任审批表"], new(2017, 5, 13)));
        Assert.NotNull(Rule.Evaluate(late.File));

        var corrected = late.Then(new CaseStepCorrected(CaseId, 3, ProcedureStep.ApprovalRequest, "报请日期录入错误", new(2017, 5, 20)))
            .Then(new ApprovalRequested(CaseId, "固原市委组织部", ["调任审批表"], new(2017, 3, 13)));

        Assert.Null(Rule.Evaluate(corrected.File));
    }
}
