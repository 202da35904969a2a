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

    /// <summary>When: an appointment decided with <paramref name="entitled"/> members, <paramref name="attendees"/> present, <paramref name="votesFor"/> in favour.</summary>
    private static AuditFinding? Quorum(int entitled, int attendees, int votesFor) =>
        new DecisionQuorum().Evaluate(Appointment().Decided(new(2026, 6, 28), entitled: entitled, attendees: attendees, votesFor: votesFor).File);

    [Theory]
    [InlineData(11, 7, 7)]  // 21 < 22: below 2/3 present
    [InlineData(11, 10, 5)] // 5 of 11 entitled is not more than half, though a majority of those present
    [InlineData(10, 10, 5)] // exactly half is not more than half
    [RuleTest("TL-DECISION-QUORUM", RuleTestKind.Violating)]
    public void A_decision_below_two_thirds_present_or_without_more_than_half_of_all_members_in_favour_is_a_violation(int entitled, int attendees, int votesFor)
    {
        var finding = Quorum(entitled, attendees, votesFor);
        Assert.Equal(("TL-DECISION-QUORUM", 1, AuditSeverity.Violation), (finding?.RuleId, finding?.RuleVersion, finding?.Severity));
        Assert.NotEmpty(finding!.EvidenceVersions);
    }

    [Theory]
    [InlineData(11, 8, 8)]  // 24 ≥ 22
    [InlineData(9, 6, 6)]   // exactly 2/3 present
    [InlineData(11, 10, 6)] // 6 > 5.5
    [RuleTest("TL-DECISION-QUORUM", RuleTestKind.Compliant)]
    public void Two_thirds_present_and_more_than_half_of_all_members_in_favour_is_a_quorum(int entitled, int attendees, int votesFor) =>
        Assert.Null(Quorum(entitled, attendees, votesFor));

    [Fact]
    public void Elections_are_not_judged_by_the_quorum_rule() =>
        Assert.Null(new DecisionQuorum().Evaluate(Appointment().Decided(new(2026, 6, 28), DecisionBody.ElectionCongress, 11, 5, 5).File));

    /// <summary>When: the inspection of an appointment is completed by <paramref name="team"/>.</summary>
    private static AuditFinding? Inspected(string[] team) =>
        new InspectionTeam().Evaluate(Appointment().Then(new InspectionCompleted(CaseId, team, "原组考〔2017〕4号", new(2026, 6, 25))).File);

    [Theory]
    [InlineData("王强")]
    [InlineData("王强", " 王强 ")] // one person named twice is still one inspector
    [RuleTest("TL-INSPECTION", RuleTestKind.Violating)]
    public void An_inspection_by_fewer_than_two_people_is_a_violation(params string[] team)
    {
        var finding = Inspected(team);
        Assert.Equal(("TL-INSPECTION", AuditSeverity.Violation), (finding?.RuleId, finding?.Severity));
        Assert.NotEmpty(finding!.EvidenceVersions);
    }

    [Fact]
    [RuleTest("TL-INSPECTION", RuleTestKind.Compliant)]
    public void An_inspection_by_a_team_of_two_is_compliant() =>
        Assert.Null(Inspected(["王强", "李华"]));
}
