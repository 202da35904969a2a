using CaseLedger.Domain.Audits;
using CaseLedger.Domain.Audits.Rules;
using CaseLedger.Domain.Cases;
using static CaseLedger.Domain.Tests.Audits.CaseFiles;

namespace CaseLedger.Domain.Tests.Audits;

public class SurprisePromotionTests
{
    private static readonly SurprisePromotion Rule = new();

    private static CaseFiles Promotion(DateOnly decidedOn) =>
        Opened(CaseChannel.InternalPromotion, DeputySection(County), ChiefSection(County), new(2026, 3, 1)).Decided(decidedOn);

    private static CaseFiles Rotation(Guid from, Guid to, DateOnly decidedOn) =>
        new CaseFiles().Then(new CaseOpened(CaseId, "JL-2026-000001", CaseKind.Exchange, CaseChannel.Rotation, CadreId,
            DeputySection(from), DeputySection(to), new(2026, 3, 1), ExchangeReason.WorkNeeds)).Decided(decidedOn);

    /// <summary>Given: the unit's announcements, as the ledger knows them when the case is judged.</summary>
    private static CaseFile With(CaseFiles files, Guid unit, params UnitAnnouncement[] announcements)
    {
        var file = files.File;
        var units = new Dictionary<Guid, UnitFacts>(file.Units) { [unit] = file.Units[unit] with { Announcements = announcements } };
        return file with { Units = units };
    }

    private static UnitAnnouncement Departure(DateOnly known, DateOnly? leaves) =>
        new(UnitAnnouncementKind.LeaderDeparture, "区委书记 张明", known, leaves);

    [Fact]
    [RuleTest("SURPRISE-PROMO-TRANSFER-OR-RESTRUCTURE", RuleTestKind.Violating)]
    public void A_promotion_decided_after_the_leaders_departure_is_known_is_flagged_for_review()
    {
        var finding = Rule.Evaluate(With(Promotion(new(2026, 5, 10)), County, Departure(new(2026, 5, 1), new(2026, 6, 30))));
        Assert.Equal(AuditSeverity.NeedsReview, finding?.Severity);
        Assert.Contains("原州区主要领导区委书记 张明离任", finding!.Explanation);
        Assert.Contains("window 2026-03-30 to 2026-06-30", finding.Explanation);
        Assert.Equal([1L, 2L], finding.EvidenceVersions);
    }

    [Theory]
    [InlineData("2026-03-30", true)]  // lookBackMonths (3) before the departure: the window opens
    [InlineData("2026-03-29", false)]
    [InlineData("2026-06-30", true)]  // the day the leader leaves
    [InlineData("2026-07-01", false)] // the successor's time
    [RuleTest("SURPRISE-PROMO-TRANSFER-OR-RESTRUCTURE", RuleTestKind.Compliant)]
    public void The_window_runs_from_three_months_before_the_departure_to_the_departure(string decidedOn, bool flagged) =>
        Assert.Equal(flagged, Rule.Evaluate(With(Promotion(DateOnly.Parse(decidedOn, System.Globalization.CultureInfo.InvariantCulture)), County, Departure(new(2026, 5, 1), new(2026, 6, 30)))) is not null);

    [Fact]
    public void Without_a_departure_day_the_window_is_open_ended_months_after_the_announcement_and_configurable()
    {
        var announced = Departure(new(2026, 5, 1), null);
        Assert.NotNull(Rule.Evaluate(With(Promotion(new(2026, 11, 1)), County, announced)));
        Assert.Null(Rule.Evaluate(With(Promotion(new(2026, 11, 2)), County, announced)));
        Assert.Null(Rule.Evaluate(With(Promotion(new(2026, 4, 30)), County, announced)));
        Assert.Null(Rule.Configured(new Dictionary<string, int> { ["openEndedMonths"] = 3 }).Evaluate(With(Promotion(new(2026, 8, 2)), County, announced)));
    }

    [Fact]
    public void An_exchange_out_of_a_unit_being_restructured_is_flagged_and_a_lateral_appointment_is_not()
    {
        var restructuring = new UnitAnnouncement(UnitAnnouncementKind.Restructuring, "与区科协合并", new(2026, 4, 1), new(2026, 9, 1));
        var finding = Rule.Evaluate(With(Rotation(County, Township, new(2026, 5, 10)), County, restructuring));
        Assert.Contains("the restructuring of 原州区, '与区科协合并'", finding?.Explanation ?? "");
        Assert.Contains("review for a surprise exchange", finding!.Explanation);

        var lateral = Opened(CaseChannel.CompetitiveSelection, DeputySection(County), DeputySection(County), new(2026, 3, 1)).Decided(new(2026, 5, 10));
        Assert.Null(Rule.Evaluate(With(lateral, County, restructuring)));
    }

    [Fact]
    public void A_promotion_is_judged_at_the_unit_it_promotes_into_only() =>
        Assert.Null(Rule.Evaluate(With(
            Opened(CaseChannel.InternalPromotion, DeputySection(County), ChiefSection(Township), new(2026, 3, 1)).Decided(new(2026, 5, 10)),
            County, Departure(new(2026, 5, 1), new(2026, 6, 30)))));

    [Fact]
    public void A_corrected_decision_date_outside_the_window_removes_the_signal()
    {
        var files = Promotion(new(2026, 5, 10))
            .Then(new CaseStepCorrected(CaseId, 2, ProcedureStep.CollectiveDecision, "会议日期录入错误", new(2026, 7, 20)))
            .Decided(new(2026, 7, 10));
        Assert.Null(Rule.Evaluate(With(files, County, Departure(new(2026, 5, 1), new(2026, 6, 30)))));
    }
}
