using CaseLedger.Domain.Audits;
using CaseLedger.Domain.Audits.Rules;
using CaseLedger.Domain.Cases;
using static CaseLedger.Domain.Tests.Audits.CaseFiles;

namespace CaseLedger.Domain.Tests.Audits;

public class DecisionRulesTests
{
    private static CaseFiles Rotation() => Opened(CaseChannel.Rotation, DeputySection(County), DeputySection(County), new(2026, 6, 20));

    private static CaseFiles Appointment() =>
        Opened(CaseChannel.InternalPromotion, DeputySection(County), ChiefSection(County), new(2026, 6, 20));

    [Theory]
    [InlineData(DecisionBody.SecretariesMeeting, "书记办公会")]
    [InlineData(DecisionBody.CirculationApproval, "圈阅")]
    [RuleTest("NX-EXCHANGE-COLLECTIVE-DECISION", RuleTestKind.Violating)]
    public void An_exchange_decided_by_a_secretaries_meeting_or_circulation_is_not_collective(DecisionBody body, string named)
    {
        var finding = new ExchangeCollectiveDecision().Evaluate(Rotation().Decided(new(2026, 6, 28), body, 5, 5, 5).File);
        Assert.Equal("NX-EXCHANGE-COLLECTIVE-DECISION", finding?.RuleId);
        Assert.Contains(named, finding!.Explanation);
    }

    [Fact]
    [RuleTest("NX-EXCHANGE-COLLECTIVE-DECISION", RuleTestKind.Compliant)]
    public void An_exchange_decided_by_the_standing_committee_with_quorum_is_collective() =>
        Assert.Null(new ExchangeCollectiveDecision().Evaluate(Rotation().Decided(new(2026, 6, 28)).File));

    [Fact]
    public void An_exchange_decided_below_quorum_or_never_decided_before_taking_effect_is_not_collective()
    {
        Assert.NotNull(new ExchangeCollectiveDecision().Evaluate(Rotation().Decided(new(2026, 6, 28), attendees: 6, votesFor: 6).File));
        Assert.NotNull(new ExchangeCollectiveDecision().Evaluate(Rotation()
            .Then(new AppointmentNoticeIssued(CaseId, new(2026, 7, 10), false, null, new(2026, 7, 10))).File));
    }

    [Fact]
    public void The_exchange_rule_ignores_appointments() =>
        Assert.Null(new ExchangeCollectiveDecision().Evaluate(Appointment().Decided(new(2026, 6, 28), DecisionBody.SecretariesMeeting).File));

    [Theory]
    [InlineData(11, 8, 8, false)] // 24 ≥ 22
    [InlineData(11, 7, 7, true)]  // 21 < 22: below 2/3
    [InlineData(9, 6, 6, false)]  // exactly 2/3
    [InlineData(11, 10, 6, false)] // 6 > 5.5
    [InlineData(11, 10, 5, true)]  // 5 of 11 entitled is not more than half, though a majority of those present
    [InlineData(10, 10, 5, true)]  // exactly half is not more than half
    [RuleTest("TL-DECISION-QUORUM", RuleTestKind.Violating)]
    [RuleTest("TL-DECISION-QUORUM", RuleTestKind.Compliant)]
    public void Quorum_is_two_thirds_present_and_more_than_half_of_all_members_in_favour(int entitled, int attendees, int votesFor, bool violated)
    {
        var finding = new DecisionQuorum().Evaluate(Appointment().Decided(new(2026, 6, 28), entitled: entitled, attendees: attendees, votesFor: votesFor).File);
        Assert.Equal(violated, finding is not null);
        if (finding is not null)
            Assert.Equal(("TL-DECISION-QUORUM", 1, AuditSeverity.Violation), (finding.RuleId, finding.RuleVersion, finding.Severity));
    }

    [Fact]
    public void Elections_are_not_judged_by_the_quorum_rule() =>
        Assert.Null(new DecisionQuorum().Evaluate(Appointment().Decided(new(2026, 6, 28), DecisionBody.ElectionCongress, 11, 5, 5).File));

    [Theory]
    [InlineData(new[] { "王强" }, true)]
    [InlineData(new[] { "王强", " 王强 " }, true)]
    [InlineData(new[] { "王强", "李华" }, false)]
    [RuleTest("TL-INSPECTION", RuleTestKind.Violating)]
    [RuleTest("TL-INSPECTION", RuleTestKind.Compliant)]
    public void The_inspection_team_has_at_least_two_members(string[] team, bool violated)
    {
        var file = Appointment().Then(new InspectionCompleted(CaseId, team, "原组考〔2017〕4号", new(2026, 6, 25))).File;
        Assert.Equal(violated, new InspectionTeam().Evaluate(file) is not null);
    }
}
