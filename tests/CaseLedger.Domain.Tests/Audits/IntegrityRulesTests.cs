using CaseLedger.Domain.Audits;
using CaseLedger.Domain.Audits.Rules;
using CaseLedger.Domain.Cadres;
using CaseLedger.Domain.Cases;
using static CaseLedger.Domain.Tests.Audits.CaseFiles;

namespace CaseLedger.Domain.Tests.Audits;

/// <summary>NOT-INSPECTABLE and the sanction periods: who may not be inspected or promoted, as of the day judged.</summary>
public class IntegrityRulesTests
{
    private static CaseFiles Targeted(DateOnly on) =>
        Opened(CaseChannel.InternalPromotion, DeputySection(County), ChiefSection(County), on.AddDays(-20))
            .Then(new InspectionTargetsDetermined(CaseId, ["杨建国", "马强"], on));

    [Fact]
    [RuleTest("NOT-INSPECTABLE", RuleTestKind.Violating)]
    public void A_basically_competent_previous_year_bars_the_target_under_the_2019_text()
    {
        var finding = new NotInspectable().Evaluate(Targeted(new(2025, 6, 1)).Assessed(2024, AssessmentGrade.BasicallyCompetent).File);
        Assert.Equal(AuditSeverity.Violation, finding?.Severity);
        Assert.Equal(2, finding!.RuleVersion);
        Assert.Contains("the 2024 assessment was basically competent", finding.Explanation);
        // Two years back counts only under the 2014 text (近三年).
        Assert.Null(new NotInspectable().Evaluate(Targeted(new(2025, 6, 1)).Assessed(2023, AssessmentGrade.BasicallyCompetent).File));
        Assert.Equal(1, new NotInspectable().Evaluate(Targeted(new(2018, 6, 1)).Assessed(2015, AssessmentGrade.Incompetent).File)?.RuleVersion);
        Assert.Null(new NotInspectable().Evaluate(Targeted(new(2018, 6, 1)).Assessed(2014, AssessmentGrade.Incompetent).File));
    }

    [Fact]
    [RuleTest("NOT-INSPECTABLE", RuleTestKind.Compliant)]
    public void A_competent_record_and_an_expired_sanction_are_compliant()
    {
        var rule = new NotInspectable();
        Assert.Null(rule.Evaluate(Targeted(new(2025, 6, 1)).Assessed(2024, AssessmentGrade.Competent).Assessed(2023, AssessmentGrade.Excellent).File));
        // 政务警告: 6 months from 2024-12-01, so 2025-05-31 is its last day.
        Assert.Null(rule.Evaluate(Targeted(new(2025, 6, 1)).Sanctioned(SanctionKind.StateSupervisory, "警告", new(2024, 12, 1)).File));
        Assert.NotNull(rule.Evaluate(Targeted(new(2025, 5, 31)).Sanctioned(SanctionKind.StateSupervisory, "警告", new(2024, 12, 1)).File));
    }

    [Fact]
    public void An_admonishment_within_its_recorded_period_bars_the_target()
    {
        var finding = new NotInspectable().Evaluate(Targeted(new(2025, 6, 1)).Sanctioned(SanctionKind.Admonishment, "诫勉", new(2025, 1, 10), 6).File);
        Assert.Contains("the 诫勉 of 2025-01-10 affects the cadre until 2025-07-09", finding?.Explanation);
        Assert.Null(new NotInspectable().Evaluate(Targeted(new(2025, 7, 10)).Sanctioned(SanctionKind.Admonishment, "诫勉", new(2025, 1, 10), 6).File));
    }

    [Theory]
    [InlineData(SanctionKind.StateSupervisory, "警告", 6)]
    [InlineData(SanctionKind.StateSupervisory, "记过", 12)]
    [InlineData(SanctionKind.StateSupervisory, "记大过", 18)]
    [InlineData(SanctionKind.StateSupervisory, "降级", 24)]
    [InlineData(SanctionKind.StateSupervisory, "撤职", 24)]
    [InlineData(SanctionKind.PartyDiscipline, "党内警告", 12)]
    [InlineData(SanctionKind.PartyDiscipline, "党内严重警告", 18)]
    [InlineData(SanctionKind.PartyDiscipline, "撤销党内职务", 24)]
    public void Each_kind_of_sanction_has_the_period_its_text_fixes_whatever_was_recorded(SanctionKind kind, string sanction, int months) =>
        Assert.Equal(months, new SanctionFact(kind, sanction, new(2025, 1, 1), 3).EffectMonths);

    [Fact]
    public void A_measure_no_text_fixes_keeps_its_recorded_period() =>
        Assert.Equal(9, new SanctionFact(SanctionKind.OrganisationalHandling, "调离岗位", new(2025, 1, 1), 9).EffectMonths);
}

/// <summary>SANCTION-BLOCKS-PROMOTION: each sanction blocks a promotion for its own period.</summary>
public class SanctionBlocksPromotionTests
{
    private static CaseFiles Promotion(DateOnly decidedOn, bool rank = false) =>
        (rank
            ? Opened(CaseChannel.InternalPromotion, new(County, "四级主任科员", Shared.PostLevel.Township, Shared.PostGrade.Deputy, false),
                new(County, "一级主任科员", Shared.PostLevel.Township, Shared.PostGrade.Chief, false), decidedOn.AddDays(-30))
            : Opened(CaseChannel.InternalPromotion, DeputySection(County), ChiefSection(County), decidedOn.AddDays(-30)))
        .Decided(decidedOn);

    [Fact]
    [RuleTest("SANCTION-BLOCKS-PROMOTION", RuleTestKind.Violating)]
    public void A_promotion_on_the_last_day_of_a_demerits_twelve_months_is_a_violation()
    {
        var inside = new SanctionBlocksPromotion().Evaluate(Promotion(new(2025, 12, 31)).Sanctioned(SanctionKind.StateSupervisory, "记过", new(2025, 1, 1)).File);
        Assert.Equal(("SANCTION-BLOCKS-PROMOTION", AuditSeverity.Violation), (inside?.RuleId, inside?.Severity));
        Assert.Contains("the 记过 of 2025-01-01 (12 months, to 2025-12-31)", inside!.Explanation);
    }

    [Fact]
    [RuleTest("SANCTION-BLOCKS-PROMOTION", RuleTestKind.Compliant)]
    public void A_promotion_the_day_after_a_demerits_twelve_months_end_is_compliant() =>
        Assert.Null(new SanctionBlocksPromotion().Evaluate(Promotion(new(2026, 1, 1)).Sanctioned(SanctionKind.StateSupervisory, "记过", new(2025, 1, 1)).File));

    [Fact]
    public void A_party_warning_blocks_for_a_year_though_a_state_warning_blocks_for_six_months()
    {
        var rule = new SanctionBlocksPromotion();
        Assert.NotNull(rule.Evaluate(Promotion(new(2025, 10, 1)).Sanctioned(SanctionKind.PartyDiscipline, "党内警告", new(2025, 1, 1), 6).File));
        Assert.Null(rule.Evaluate(Promotion(new(2025, 10, 1)).Sanctioned(SanctionKind.StateSupervisory, "警告", new(2025, 1, 1)).File));
    }

    [Fact]
    public void A_rank_promotion_is_blocked_too_and_an_admonishment_is_not_this_rules_matter()
    {
        var rule = new SanctionBlocksPromotion();
        Assert.NotNull(rule.Evaluate(Promotion(new(2025, 6, 1), rank: true).Sanctioned(SanctionKind.StateSupervisory, "记大过", new(2025, 1, 1)).File));
        Assert.Null(rule.Evaluate(Promotion(new(2025, 3, 1)).Sanctioned(SanctionKind.Admonishment, "诫勉", new(2025, 1, 1), 6).File));
    }
}
