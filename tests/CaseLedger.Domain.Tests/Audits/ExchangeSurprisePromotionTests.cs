using CaseLedger.Domain.Audits;
using CaseLedger.Domain.Audits.Rules;
using CaseLedger.Domain.Cases;
using CaseLedger.Domain.Shared;
using static CaseLedger.Domain.Tests.Audits.CaseFiles;

namespace CaseLedger.Domain.Tests.Audits;

/// <summary>NX-EXCHANGE-COLLECTIVE-DECISION part (b): 不得借干部交流突击提拔干部.</summary>
public class ExchangeSurprisePromotionTests
{
    private static readonly ExchangeCollectiveDecision Rule = new();

    private static readonly UnitAnnouncement LeaderLeaving =
        new(UnitAnnouncementKind.LeaderDeparture, "区委书记 张明", new(2026, 5, 1), new(2026, 6, 30));

    /// <summary>Given: a 转任 from a 副科 to a 正科 post in 原州区, decided on <paramref name="decidedOn"/> by <paramref name="body"/>.</summary>
    private static CaseFile PromotingExchange(DateOnly decidedOn, DecisionBody body = DecisionBody.StandingCommittee, Post? to = null)
    {
        var file = new CaseFiles().Then(new CaseOpened(CaseId, "JL-2026-000001", CaseKind.Exchange, CaseChannel.LateralTransfer, CadreId,
            DeputySection(County), to ?? ChiefSection(County), new(2026, 3, 1), ExchangeReason.WorkNeeds)).Decided(decidedOn, body).File;
        return file with { Units = new Dictionary<Guid, UnitFacts>(file.Units) { [County] = file.Units[County] with { Announcements = [LeaderLeaving] } } };
    }

    [Fact]
    public void An_exchange_that_promotes_inside_the_leaders_departure_window_is_a_signal_for_review()
    {
        var finding = Rule.Evaluate(PromotingExchange(new(2026, 5, 10)));

        Assert.Equal(AuditSeverity.NeedsReview, finding?.Severity);
        Assert.Contains("surprise promotion through an exchange", finding!.Explanation);
    }

    [Fact]
    public void Outside_the_window_or_without_a_promotion_nothing_is_found() =>
        Assert.All(new[] { PromotingExchange(new(2026, 7, 1)), PromotingExchange(new(2026, 5, 10), to: DeputySection(County) with { Title = "区委统战部副部长" }) },
            file => Assert.Null(Rule.Evaluate(file)));

    [Fact]
    public void With_a_secretaries_meeting_as_well_it_is_one_violation_naming_both_parts()
    {
        var finding = Rule.Evaluate(PromotingExchange(new(2026, 5, 10), DecisionBody.SecretariesMeeting));

        Assert.Equal(AuditSeverity.Violation, finding?.Severity);
        Assert.Contains("书记办公会", finding!.Explanation);
        Assert.Contains("surprise promotion through an exchange", finding.Explanation);
    }
}
