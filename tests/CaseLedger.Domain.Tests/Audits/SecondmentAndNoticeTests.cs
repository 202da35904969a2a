using CaseLedger.Domain.Audits;
using CaseLedger.Domain.Audits.Calendar;
using CaseLedger.Domain.Audits.Rules;
using CaseLedger.Domain.Cases;
using static CaseLedger.Domain.Tests.Audits.CaseFiles;

namespace CaseLedger.Domain.Tests.Audits;

public class SecondmentAndNoticeTests
{
    private static CaseFiles Promotion() =>
        Opened(CaseChannel.InternalPromotion, DeputySection(County), ChiefSection(County), new(2026, 9, 20));

    [Fact]
    public void Promoting_a_cadre_on_secondment_without_the_sending_units_consent_is_a_violation()
    {
        var finding = new SecondmentPromotionConsent().Evaluate(Promotion().OnSecondment(new(2026, 5, 15), null).Decided(new(2026, 10, 15)).File);
        Assert.Equal("NX-SECONDMENT-PROMOTION-CONSENT", finding?.RuleId);
    }

    [Fact]
    public void Consent_recorded_by_the_decision_day_or_no_secondment_then_is_compliant()
    {
        var rule = new SecondmentPromotionConsent();
        Assert.Null(rule.Evaluate(Promotion().OnSecondment(new(2026, 5, 15), null)
            .Then(new SendingUnitConsentRecorded(CaseId, Soe, "同意函", new(2026, 10, 15))).Decided(new(2026, 10, 15)).File));
        Assert.Null(rule.Evaluate(Promotion().OnSecondment(new(2025, 5, 15), new(2026, 5, 14)).Decided(new(2026, 10, 15)).File));
        Assert.NotNull(rule.Evaluate(Promotion().OnSecondment(new(2026, 5, 15), null)
            .Then(new SendingUnitConsentRecorded(CaseId, Soe, "同意函", new(2026, 10, 16))).Decided(new(2026, 10, 15)).File));
    }

    [Fact]
    public void The_official_calendar_counts_make_up_working_days_and_skips_holidays()
    {
        Assert.Equal(true, OfficialCalendar.IsWorkingDay(new(2026, 9, 20)));   // Sunday, 调休上班
        Assert.Equal(false, OfficialCalendar.IsWorkingDay(new(2026, 9, 25)));  // Friday, 中秋节
        Assert.Equal(false, OfficialCalendar.IsWorkingDay(new(2017, 1, 2)));   // Monday, 元旦补休
        Assert.Equal(true, OfficialCalendar.IsWorkingDay(new(2025, 10, 11)));  // Saturday, 调休上班
        Assert.Null(OfficialCalendar.IsWorkingDay(new(2015, 3, 2)));
        Assert.Null(OfficialCalendar.WorkingDaysBetween(new(2026, 12, 30), new(2027, 1, 4)));
    }

    [Fact]
    public void Every_covered_year_from_2016_follows_its_notice_including_the_amendments()
    {
        Assert.Equal(Enumerable.Range(2016, 11), OfficialCalendar.Years.Keys.Order());
        Assert.All(OfficialCalendar.Years.Values, year =>
            Assert.All(year.MakeUpWorkdays, day => Assert.True(day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday, $"{day} is not a weekend")));
        Assert.Equal(false, OfficialCalendar.IsWorkingDay(new(2016, 5, 2)));   // Monday, 劳动节补休
        Assert.Equal(true, OfficialCalendar.IsWorkingDay(new(2018, 12, 29)));  // Saturday, worked for 2019's 元旦 (国办发明电〔2018〕15号)
        Assert.Equal(false, OfficialCalendar.IsWorkingDay(new(2018, 12, 31))); // Monday, 元旦调休
        Assert.Equal(true, OfficialCalendar.IsWorkingDay(new(2019, 5, 5)));    // Sunday, worked after the 劳动节 change (国办发明电〔2019〕3号)
        Assert.Equal(false, OfficialCalendar.IsWorkingDay(new(2019, 5, 3)));
        Assert.Equal(false, OfficialCalendar.IsWorkingDay(new(2020, 2, 1)));   // Saturday: the extended 春节 cancelled this make-up day
        Assert.Equal(true, OfficialCalendar.IsWorkingDay(new(2020, 2, 3)));
        Assert.Equal(true, OfficialCalendar.IsWorkingDay(new(2024, 2, 18)));   // Sunday, 调休上班
        Assert.Equal(4, OfficialCalendar.WorkingDaysBetween(new(2023, 9, 27), new(2023, 10, 8)));  // 09-27, 09-28, then make-up 10-07 and 10-08
    }

    private static AuditFinding? Notice(DateOnly start, DateOnly end) =>
        new PublicNoticeFiveWorkingDays().Evaluate(Promotion().Decided(new(2026, 9, 10))
            .Then(new PublicNoticeGiven(CaseId, "永宁县", start, end, 0, 0, end)).File);

    [Fact]
    [RuleTest("TL-PUBLICITY-5WD", RuleTestKind.Violating)]
    public void Five_working_days_across_a_holiday_are_enough_and_four_are_not()
    {
        // 2026-09-21 (Mon) .. 09-28 (Mon): 21–24 worked, 25–27 中秋节, 28 worked → 5 working days.
        Assert.Null(Notice(new(2026, 9, 21), new(2026, 9, 28)));
        // 2026-09-21 .. 09-27: 8 calendar days, but only 4 working days.
        var finding = Notice(new(2026, 9, 21), new(2026, 9, 27));
        Assert.Equal(AuditSeverity.Violation, finding?.Severity);
        Assert.Contains("only 4 working days", finding!.Explanation);
        // 2026-09-20 is a Sunday make-up working day: 09-20 .. 09-24 counts 5.
        Assert.Null(Notice(new(2026, 9, 20), new(2026, 9, 24)));
    }

    [Fact]
    public void A_year_the_calendar_does_not_cover_needs_review_unless_the_notice_is_shorter_than_five_calendar_days()
    {
        var uncovered = new PublicNoticeFiveWorkingDays().Evaluate(Promotion().Decided(new(2015, 3, 1))
            .Then(new PublicNoticeGiven(CaseId, "永宁县", new(2015, 3, 2), new(2015, 3, 6), 0, 0, new(2015, 3, 6))).File);
        Assert.Equal(AuditSeverity.NeedsReview, uncovered?.Severity);
        var tooShort = new PublicNoticeFiveWorkingDays().Evaluate(Promotion().Decided(new(2015, 3, 1))
            .Then(new PublicNoticeGiven(CaseId, "永宁县", new(2015, 3, 2), new(2015, 3, 4), 0, 0, new(2015, 3, 4))).File);
        Assert.Equal(AuditSeverity.Violation, tooShort?.Severity);
    }

    [Fact]
    public void A_notice_before_the_decision_is_a_violation() =>
        Assert.Contains("before the decision", Notice(new(2026, 9, 1), new(2026, 9, 8))!.Explanation);
}
