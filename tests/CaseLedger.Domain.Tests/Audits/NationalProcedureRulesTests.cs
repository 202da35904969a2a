using CaseLedger.Domain.Audits;
using CaseLedger.Domain.Audits.Rules;
using CaseLedger.Domain.Cadres;
using CaseLedger.Domain.Cases;
using CaseLedger.Domain.Shared;
using static CaseLedger.Domain.Tests.Audits.CaseFiles;

namespace CaseLedger.Domain.Tests.Audits;

/// <summary>
/// The national procedure rules for every kind of case: collective decision, approval material, the appointment
/// notice after the public notice, objections, and avoidance in the inspection team.
/// </summary>
public class NationalProcedureRulesTests
{
    private static CaseFiles Appointment(CaseChannel channel = CaseChannel.InternalPromotion) =>
        Opened(channel, DeputySection(County), ChiefSection(County), new(2025, 3, 1));

    [Theory]
    [InlineData(DecisionBody.SecretariesMeeting, "a secretaries' meeting")]
    [InlineData(DecisionBody.CirculationApproval, "circulation")]
    [RuleTest("TL-DECISION-COLLECTIVE", RuleTestKind.Violating)]
    public void A_decision_by_a_secretaries_meeting_or_circulation_is_a_violation_in_any_kind_of_case(DecisionBody body, string named)
    {
        foreach (var channel in new[] { CaseChannel.InternalPromotion, CaseChannel.OutboundSecondment, CaseChannel.LateralTransfer })
        {
            var finding = new DecisionCollective().Evaluate(Appointment(channel).Decided(new(2025, 4, 1), body).File);
            Assert.Equal(AuditSeverity.Violation, finding?.Severity);
            Assert.Contains(named, finding!.Explanation);
        }
    }

    [Fact]
    [RuleTest("TL-DECISION-COLLECTIVE", RuleTestKind.Compliant)]
    public void A_committee_or_an_electing_congress_is_a_collective_decision()
    {
        var rule = new DecisionCollective();
        Assert.Null(rule.Evaluate(Appointment().Decided(new(2025, 4, 1), DecisionBody.PartyLeadershipGroup).File));
        Assert.Null(rule.Evaluate(Appointment(CaseChannel.Election).Decided(new(2025, 4, 1), DecisionBody.ElectionCongress).File));
        Assert.Null(rule.Evaluate(Appointment().File));
    }

    private static readonly string[] Complete = ["干部任免审批表", "干部考察材料", "本人档案", "常委会会议纪要和讨论记录", "民主推荐情况"];

    [Fact]
    [RuleTest("TL-APPROVAL-AND-FILING", RuleTestKind.Violating)]
    public void An_approval_request_missing_the_minutes_and_the_file_is_a_violation()
    {
        var finding = new ApprovalAndFiling().Evaluate(Appointment().Decided(new(2025, 4, 1))
            .Then(new ApprovalRequested(CaseId, "固原市委组织部", ["干部任免审批表", "干部考察材料", "民主推荐情况"], new(2025, 4, 10))).File);
        Assert.Equal(AuditSeverity.Violation, finding?.Severity);
        Assert.Contains("lacks the personal file, the meeting minutes, the discussion record", finding!.Explanation);
    }

    [Fact]
    [RuleTest("TL-APPROVAL-AND-FILING", RuleTestKind.Compliant)]
    public void A_complete_request_answered_before_the_notice_is_compliant_and_a_notice_before_the_approval_is_not()
    {
        var rule = new ApprovalAndFiling();
        var requested = Appointment().Decided(new(2025, 4, 1)).Then(new ApprovalRequested(CaseId, "固原市委组织部", Complete, new(2025, 4, 10)));
        Assert.Null(rule.Evaluate(requested.Then(new ApprovalGranted(CaseId, "固原市委组织部", "固组干〔2025〕3号", new(2025, 4, 20)))
            .Then(new AppointmentNoticeIssued(CaseId, new(2025, 4, 20), false, null, new(2025, 4, 20))).File));
        var early = rule.Evaluate(Appointment().Decided(new(2025, 4, 1)).Then(new ApprovalRequested(CaseId, "固原市委组织部", Complete, new(2025, 4, 10)))
            .Then(new AppointmentNoticeIssued(CaseId, new(2025, 4, 19), false, null, new(2025, 4, 19)))
            .Then(new ApprovalGranted(CaseId, "固原市委组织部", "固组干〔2025〕3号", new(2025, 4, 20))).File);
        Assert.Contains("the appointment notice of 2025-04-19 came before the approval of 2025-04-20", early?.Explanation);
    }

    [Fact]
    public void A_transfer_reports_its_own_list_so_only_the_order_is_judged()
    {
        var transfer = Opened(CaseChannel.InboundTransfer, null, DeputySection(County), new(2025, 3, 1)).Decided(new(2025, 4, 1))
            .Then(new ApprovalRequested(CaseId, "固原市委组织部", ["调任审批表", "考察材料", "调出单位意见"], new(2025, 4, 10)));
        Assert.Null(new ApprovalAndFiling().Evaluate(transfer.File));
        Assert.Contains("no approval recorded", new ApprovalAndFiling().Evaluate(
            transfer.Then(new AppointmentNoticeIssued(CaseId, new(2025, 4, 12), false, null, new(2025, 4, 12))).File)?.Explanation);
    }

    private static CaseFiles Noticed(CaseChannel channel, int received = 0, int resolved = 0) =>
        Appointment(channel).Decided(new(2025, 4, 1))
            .Then(new PublicNoticeGiven(CaseId, "原州区", new(2025, 4, 2), new(2025, 4, 9), received, resolved, new(2025, 4, 9)));

    [Theory]
    [InlineData(CaseChannel.InternalPromotion)]
    [InlineData(CaseChannel.LateralTransfer)]
    [InlineData(CaseChannel.InboundTransfer)]
    [InlineData(CaseChannel.CompetitiveSelection)]
    [RuleTest("TL-PUBLICITY-BEFORE-APPOINTMENT", RuleTestKind.Violating)]
    public void An_appointment_notice_on_the_last_day_of_the_public_notice_is_a_violation(CaseChannel channel)
    {
        var early = new NoticeBeforeAppointment().Evaluate(Noticed(channel).Then(new AppointmentNoticeIssued(CaseId, new(2025, 4, 9), false, null, new(2025, 4, 9))).File);
        Assert.Equal(("TL-PUBLICITY-BEFORE-APPOINTMENT", AuditSeverity.Violation), (early?.RuleId, early?.Severity));
        Assert.Contains("before the public notice (2025-04-02 to 2025-04-09) had ended", early!.Explanation);
    }

    [Theory]
    [InlineData(CaseChannel.InternalPromotion)]
    [InlineData(CaseChannel.LateralTransfer)]
    [InlineData(CaseChannel.InboundTransfer)]
    [InlineData(CaseChannel.CompetitiveSelection)]
    [RuleTest("TL-PUBLICITY-BEFORE-APPOINTMENT", RuleTestKind.Compliant)]
    public void An_appointment_notice_the_day_after_the_public_notice_ends_is_compliant(CaseChannel channel) =>
        Assert.Null(new NoticeBeforeAppointment().Evaluate(Noticed(channel).Then(new AppointmentNoticeIssued(CaseId, new(2025, 4, 10), false, null, new(2025, 4, 10))).File));

    [Fact]
    [RuleTest("TL-PUBLICITY-OBJECTIONS", RuleTestKind.Violating)]
    public void Appointing_with_an_objection_unresolved_is_a_violation()
    {
        var open = new ObjectionsOpenAtAppointment().Evaluate(Noticed(CaseChannel.InboundTransfer, received: 2, resolved: 1)
            .Then(new AppointmentNoticeIssued(CaseId, new(2025, 4, 15), false, null, new(2025, 4, 15))).File);
        Assert.Equal(("TL-PUBLICITY-OBJECTIONS", AuditSeverity.Violation), (open?.RuleId, open?.Severity));
        Assert.Contains("received 2 objection(s), 1 not concluded, yet the appointment notice was issued on 2025-04-15", open!.Explanation);
    }

    [Fact]
    [RuleTest("TL-PUBLICITY-OBJECTIONS", RuleTestKind.Compliant)]
    public void Appointing_with_every_objection_resolved_is_compliant()
    {
        var rule = new ObjectionsOpenAtAppointment();
        Assert.Null(rule.Evaluate(Noticed(CaseChannel.InboundTransfer, received: 2, resolved: 2)
            .Then(new AppointmentNoticeIssued(CaseId, new(2025, 4, 15), false, null, new(2025, 4, 15))).File));
        // Not appointed yet: nothing to judge.
        Assert.Null(rule.Evaluate(Noticed(CaseChannel.InboundTransfer, received: 2, resolved: 1).File));
    }

    private static CaseFiles Inspected(params string[] team) =>
        Appointment().Then(new InspectionCompleted(CaseId, team, "西组考〔2025〕3号", new(2025, 3, 20)));

    [Fact]
    [RuleTest("AVOID-SELECTION-WORK", RuleTestKind.Violating)]
    public void An_inspection_team_member_who_is_a_declared_relative_is_a_violation()
    {
        var finding = new AvoidSelectionWork().Evaluate(Inspected("西吉县委组织部 田军", "西吉县委组织部 马兰").WithKin("马兰", KinRelation.Spouse).File);
        Assert.Equal(AuditSeverity.Violation, finding?.Severity);
        Assert.Contains("西吉县委组织部 马兰 (declared relative: Spouse)", finding!.Explanation);
        Assert.NotNull(new AvoidSelectionWork().Evaluate(Inspected("马兰", "田军").WithKin("马兰", KinRelation.LinealKin).File));
    }

    [Fact]
    [RuleTest("AVOID-SELECTION-WORK", RuleTestKind.Compliant)]
    public void A_team_without_relatives_or_with_a_name_that_only_contains_one_is_compliant()
    {
        var rule = new AvoidSelectionWork();
        Assert.Null(rule.Evaluate(Inspected("西吉县委组织部 田军", "西吉县委组织部 马兰花").WithKin("马兰", KinRelation.Spouse).File));
        Assert.Null(rule.Evaluate(Inspected("西吉县委组织部 田军", "西吉县委组织部 马兰").File));
    }

    private static Post DeputyCounty(Guid unit) => new(unit, "副县长", PostLevel.County, PostGrade.Deputy, true);

    [Fact]
    [RuleTest("ZR20-SCOPE", RuleTestKind.Violating)]
    public void A_transfer_that_raises_the_level_is_a_hidden_promotion()
    {
        var hidden = new LateralTransferScope().Evaluate(Opened(CaseChannel.LateralTransfer, ChiefSection(Township), DeputyCounty(County), new(2025, 3, 1)).Decided(new(2025, 4, 1)).File);
        Assert.Equal(("ZR20-SCOPE", AuditSeverity.Violation), (hidden?.RuleId, hidden?.Severity));
        Assert.Contains("raises the post's level but was handled as a lateral transfer", hidden!.Explanation);
    }

    [Fact]
    [RuleTest("ZR20-SCOPE", RuleTestKind.Compliant)]
    public void A_transfer_at_the_same_level_or_before_the_2020_regulation_is_compliant()
    {
        var rule = new LateralTransferScope();
        Assert.Null(rule.Evaluate(Opened(CaseChannel.LateralTransfer, DeputySection(Township), DeputySection(County), new(2025, 3, 1)).Decided(new(2025, 4, 1)).File));
        // Before the 2020 regulation the rule is not in force.
        Assert.Null(rule.Evaluate(Opened(CaseChannel.LateralTransfer, ChiefSection(Township), DeputyCounty(County), new(2019, 3, 1)).Decided(new(2019, 4, 1)).File));
    }

    /// <summary>Given: a lateral transfer decided on 2025-04-01 after an earlier move by case on <paramref name="earlierMove"/>.</summary>
    private static CaseFiles TransferAfterMove(DateOnly earlierMove) =>
        Opened(CaseChannel.LateralTransfer, DeputySection(Township), DeputySection(County), new(2025, 3, 1))
            .Held(DeputySection(Region), new(2020, 1, 1)).HeldByCase(DeputySection(Township), earlierMove, Guid.NewGuid()).Decided(new(2025, 4, 1));

    [Fact]
    [RuleTest("ZR20-FREQUENT-TRANSFER", RuleTestKind.Violating)]
    public void A_second_move_within_twelve_months_needs_review()
    {
        var frequent = new FrequentTransfers().Evaluate(TransferAfterMove(new(2024, 4, 2)).File);
        Assert.Equal(("ZR20-FREQUENT-TRANSFER", AuditSeverity.NeedsReview), (frequent?.RuleId, frequent?.Severity));
        Assert.Contains("after 1 move(s) by case in the previous 12 months", frequent!.Explanation);
    }

    [Fact]
    [RuleTest("ZR20-FREQUENT-TRANSFER", RuleTestKind.Compliant)]
    public void A_move_a_year_before_or_fewer_moves_than_configured_needs_no_review()
    {
        Assert.Null(new FrequentTransfers().Evaluate(TransferAfterMove(new(2024, 4, 1)).File));
        Assert.Null(new FrequentTransfers().Configured(new Dictionary<string, int> { ["maxMoves"] = 3 }).Evaluate(TransferAfterMove(new(2024, 4, 2)).File));
    }
}
