using CaseLedger.Domain.Audits;
using CaseLedger.Domain.Audits.Rules;
using CaseLedger.Domain.Cases;
using static CaseLedger.Domain.Tests.Audits.CaseFiles;

namespace CaseLedger.Domain.Tests.Audits;

/// <summary>TL-APPOINTMENT-TALK: a leadership promotion has its 任职谈话 after the decision (a review signal).</summary>
public class AppointmentTalkTests
{
    private static readonly AppointmentTalk Rule = new();

    private static CaseFiles Promoted(CaseChannel channel = CaseChannel.InternalPromotion, DateOnly? talkedOn = null)
    {
        var file = Opened(channel, DeputySection(County), ChiefSection(County), new(2026, 9, 20)).Decided(new(2026, 10, 15));
        if (talkedOn is { } on)
            file = file.Then(new AppointmentTalkHeld(CaseId, "县委组织部部长", on));
        return file.Then(new AppointmentNoticeIssued(CaseId, new(2026, 10, 28), true, 12, new(2026, 10, 27)));
    }

    [Fact]
    [RuleTest("TL-APPOINTMENT-TALK", RuleTestKind.Violating)]
    public void A_promotion_announced_without_an_appointment_talk_is_for_review()
    {
        var finding = Rule.Evaluate(Promoted().File);
        Assert.Equal(("TL-APPOINTMENT-TALK", 1, AuditSeverity.NeedsReview), (finding?.RuleId, finding?.RuleVersion, finding?.Severity));
        Assert.Contains("notice issued 2026-10-27) with no appointment talk (AppointmentTalkHeld) recorded", finding!.Explanation);
        Assert.Contains("党政领导干部选拔任用工作条例（2019） 任职谈话（条款号、原文未核实）", finding.Explanation);
    }

    [Fact]
    [RuleTest("TL-APPOINTMENT-TALK", RuleTestKind.Compliant)]
    public void A_talk_after_the_decision_is_compliant_even_after_the_notice()
    {
        Assert.Null(Rule.Evaluate(Promoted(talkedOn: new(2026, 10, 20)).File));
        Assert.Null(Rule.Evaluate(Promoted(talkedOn: new(2026, 10, 30)).File));
    }

    [Fact]
    public void A_talk_dated_before_the_decision_is_for_review()
    {
        var finding = Rule.Evaluate(Promoted(talkedOn: new(2026, 10, 10)).File);
        Assert.Contains("The appointment talk (县委组织部部长, 2026-10-10) is dated before the decision (2026-10-15)", finding?.Explanation);
    }

    [Fact]
    public void Before_the_notice_an_election_a_lateral_move_or_a_decision_before_2019_is_not_judged()
    {
        Assert.Null(Rule.Evaluate(Opened(CaseChannel.InternalPromotion, DeputySection(County), ChiefSection(County), new(2026, 9, 20)).Decided(new(2026, 10, 15)).File));
        Assert.Null(Rule.Evaluate(Promoted(CaseChannel.Election).File));
        Assert.Null(Rule.Evaluate(Opened(CaseChannel.LateralTransfer, ChiefSection(County), ChiefSection(Township), new(2026, 9, 20)).Decided(new(2026, 10, 15))
            .Then(new AppointmentNoticeIssued(CaseId, new(2026, 10, 28), false, null, new(2026, 10, 27))).File));
        Assert.Null(Rule.Evaluate(Opened(CaseChannel.InternalPromotion, DeputySection(County), ChiefSection(County), new(2018, 9, 20)).Decided(new(2018, 10, 15))
            .Then(new AppointmentNoticeIssued(CaseId, new(2018, 10, 28), false, null, new(2018, 10, 27))).File));
    }
}
