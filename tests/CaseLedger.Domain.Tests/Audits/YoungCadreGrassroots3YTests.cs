using CaseLedger.Domain.Audits;
using CaseLedger.Domain.Audits.Rules;
using CaseLedger.Domain.Cases;
using CaseLedger.Domain.Shared;
using static CaseLedger.Domain.Tests.Audits.CaseFiles;

namespace CaseLedger.Domain.Tests.Audits;

public class YoungCadreGrassroots3YTests
{
    private static readonly YoungCadreGrassroots3Y Rule = new();
    private static readonly DateOnly TakenUp = new(2022, 3, 1);
    private static readonly Post Clerk = new(Region, "综合处副处长", PostLevel.Township, PostGrade.Deputy, true);
    private static readonly Post Head = new(Region, "综合处处长", PostLevel.Township, PostGrade.Chief, true);

    /// <summary>Given: promoted from deputy to chief of a regional section on 2022-03-01 (deadline 2025-03-01), aged 31.</summary>
    private static CaseFiles Promoted(DateOnly born) =>
        Opened(CaseChannel.InternalPromotion, Clerk, Head, new(2022, 1, 10)).BornOn(born)
            .Decided(new(2022, 2, 15))
            .Then(new AppointmentNoticeIssued(CaseId, TakenUp, false, null, new(2022, 2, 20)))
            .Held(Clerk, new(2016, 7, 1))
            .Held(Head, TakenUp, byThisCase: true);

    private static readonly DateOnly Young = new(1990, 5, 1);

    [Fact]
    [RuleTest("NX-YOUNG-CADRE-GRASSROOTS-3Y", RuleTestKind.Violating)]
    public void Past_the_deadline_with_no_grassroots_posting_is_a_violation()
    {
        var finding = Rule.Evaluate(Promoted(Young).JudgedOn(new(2025, 3, 2)).File);

        Assert.NotNull(finding);
        Assert.Equal(("NX-YOUNG-CADRE-GRASSROOTS-3Y", 1, AuditSeverity.Violation), (finding.RuleId, finding.RuleVersion, finding.Severity));
        Assert.Equal([3L], finding.EvidenceVersions);
        Assert.Contains("aged 31 (young-cadre limit 35)", finding.Explanation);
        Assert.Contains("the deadline 2025-03-01 has passed: no grassroots post or secondment recorded", finding.Explanation);
        Assert.Contains("自治区发展改革委综合处处长", finding.Explanation);
    }

    [Fact]
    public void A_warning_from_six_months_before_the_deadline_through_the_deadline_day_then_a_violation()
    {
        Assert.Null(Rule.Evaluate(Promoted(Young).JudgedOn(new(2024, 8, 31)).File));
        Assert.Equal(AuditSeverity.NeedsReview, Rule.Evaluate(Promoted(Young).JudgedOn(new(2024, 9, 1)).File)?.Severity);
        Assert.Equal(AuditSeverity.NeedsReview, Rule.Evaluate(Promoted(Young).JudgedOn(new(2025, 3, 1)).File)?.Severity);
        Assert.Equal(AuditSeverity.Violation, Rule.Evaluate(Promoted(Young).JudgedOn(new(2025, 3, 2)).File)?.Severity);
    }

    [Fact]
    public void A_grassroots_secondment_by_the_deadline_complies_and_one_a_day_late_does_not()
    {
        Assert.Null(Rule.Evaluate(Promoted(Young).SecondedTo(Township, new(2025, 3, 1)).JudgedOn(new(2026, 11, 20)).File));

        var late = Rule.Evaluate(Promoted(Young).SecondedTo(Township, new(2025, 3, 2)).JudgedOn(new(2026, 11, 20)).File);
        Assert.Equal(AuditSeverity.Violation, late?.Severity);
        Assert.Contains("posted to 将台堡镇 only on 2025-03-02", late!.Explanation);
    }

    [Fact]
    [RuleTest("NX-YOUNG-CADRE-GRASSROOTS-3Y", RuleTestKind.Compliant)]
    public void A_later_post_in_a_county_unit_complies()
    {
        var file = Promoted(Young).Held(ChiefSection(County), new(2024, 6, 1)).JudgedOn(new(2026, 11, 20)).File;
        Assert.Null(Rule.Evaluate(file));
    }

    [Fact]
    public void Exactly_at_the_young_age_limit_is_concerned_and_one_year_over_is_not()
    {
        Assert.NotNull(Rule.Evaluate(Promoted(new(1987, 3, 1)).JudgedOn(new(2026, 1, 1)).File)); // 35 on the day taken up
        Assert.Null(Rule.Evaluate(Promoted(new(1986, 3, 1)).JudgedOn(new(2026, 1, 1)).File));    // 36
    }

    [Fact]
    public void Earlier_grassroots_leadership_experience_or_a_grassroots_promotion_is_out_of_scope()
    {
        var experienced = Opened(CaseChannel.InternalPromotion, Clerk, Head, new(2022, 1, 10)).BornOn(Young)
            .Held(DeputySection(Township), new(2014, 1, 1)).Held(Clerk, new(2016, 7, 1)).Held(Head, TakenUp, byThisCase: true);
        Assert.Null(Rule.Evaluate(experienced.JudgedOn(new(2026, 1, 1)).File));

        var atCounty = Opened(CaseChannel.InternalPromotion, DeputySection(County), ChiefSection(County), new(2022, 1, 10)).BornOn(Young)
            .Held(DeputySection(County), new(2016, 7, 1)).Held(ChiefSection(County), TakenUp, byThisCase: true);
        Assert.Null(Rule.Evaluate(atCounty.JudgedOn(new(2026, 1, 1)).File));
    }

    [Fact]
    public void A_lateral_move_or_a_file_without_a_judging_day_is_not_judged()
    {
        var lateral = Opened(CaseChannel.LateralTransfer, Head, Head, new(2022, 1, 10)).BornOn(Young)
            .Held(Head, new(2016, 7, 1)).Held(Head with { Title = "法规处处长" }, TakenUp, byThisCase: true);
        Assert.Null(Rule.Evaluate(lateral.JudgedOn(new(2026, 1, 1)).File));
        Assert.Null(Rule.Evaluate(Promoted(Young).File));
    }

    [Theory]
    [InlineData("2022-02-28", true)]  // deadline 2025-02-28: a violation from 2025-03-01
    [InlineData("2022-09-01", true)]  // deadline 2025-09-01: a warning from 2025-03-01
    [InlineData("2022-06-01", false)] // in the middle of its warning months: nothing turns
    [InlineData("2023-01-01", false)]
    public void The_scheduled_pass_looks_at_the_days_taken_up_whose_judgement_turns(string takenUp, bool looked)
    {
        var day = DateOnly.Parse(takenUp, System.Globalization.CultureInfo.InvariantCulture);
        var ranges = Rule.TakingUpDaysTurningBetween(new(2025, 2, 28), new(2025, 3, 1));
        Assert.Equal(looked, ranges.Any(r => r.From <= day && day <= r.To));
    }
}
