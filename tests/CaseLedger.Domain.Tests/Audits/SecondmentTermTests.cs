using CaseLedger.Domain.Audits;
using CaseLedger.Domain.Audits.Rules;
using CaseLedger.Domain.Cases;
using static CaseLedger.Domain.Tests.Audits.CaseFiles;

namespace CaseLedger.Domain.Tests.Audits;

/// <summary>GUAZHI-DURATION and FIRST-SECRETARY-TERM: review signals on the length of a secondment.</summary>
public class SecondmentTermTests
{
    private static CaseFiles Secondment(CaseChannel channel, DateOnly start, DateOnly plannedEnd) =>
        Opened(channel, null, null, start.AddDays(-30))
            .Then(new SecondmentStarted(CaseId, County, Township, null, plannedEnd, start));

    [Fact]
    [RuleTest("GUAZHI-DURATION", RuleTestKind.Violating)]
    public void A_secondment_planned_beyond_two_years_needs_review()
    {
        var finding = new SecondmentDuration().Evaluate(Secondment(CaseChannel.OutboundSecondment, new(2024, 3, 1), new(2026, 3, 2)).File);
        Assert.Equal(AuditSeverity.NeedsReview, finding?.Severity);
        Assert.Contains("longer than the usual 2 years", finding!.Explanation);
    }

    [Fact]
    [RuleTest("GUAZHI-DURATION", RuleTestKind.Compliant)]
    public void Exactly_two_years_is_compliant_and_an_extension_past_it_needs_review()
    {
        var rule = new SecondmentDuration();
        var twoYears = Secondment(CaseChannel.OutboundSecondment, new(2024, 3, 1), new(2026, 3, 1));
        Assert.Null(rule.Evaluate(twoYears.File));
        var extended = twoYears.Then(new SecondmentExtended(CaseId, new(2026, 9, 1), new(2026, 2, 1)));
        Assert.Contains("planned after extension", rule.Evaluate(extended.File)?.Explanation);
        // Returned early after the extension: the actual return counts.
        Assert.Null(rule.Evaluate(extended.Then(new SecondmentEnded(CaseId, new(2026, 2, 28))).File));
    }

    [Fact]
    [RuleTest("FIRST-SECRETARY-TERM", RuleTestKind.Violating)]
    public void A_first_secretary_term_planned_a_day_beyond_three_years_needs_review()
    {
        var finding = new FirstSecretaryTerm().Evaluate(Secondment(CaseChannel.VillageFirstSecretary, new(2024, 3, 1), new(2027, 3, 2)).File);
        Assert.Equal(("FIRST-SECRETARY-TERM", AuditSeverity.NeedsReview), (finding?.RuleId, finding?.Severity));
        Assert.Contains("longer than 3 years", finding!.Explanation);
    }

    [Fact]
    [RuleTest("FIRST-SECRETARY-TERM", RuleTestKind.Compliant)]
    public void A_first_secretary_term_of_exactly_three_years_is_compliant_though_longer_than_a_secondment()
    {
        var threeYears = Secondment(CaseChannel.VillageFirstSecretary, new(2024, 3, 1), new(2027, 3, 1));
        Assert.Null(new FirstSecretaryTerm().Evaluate(threeYears.File));
        Assert.Null(new SecondmentDuration().Evaluate(threeYears.File)); // judged by the term, not the secondment length
    }

    [Fact]
    public void A_first_secretary_called_back_within_a_year_needs_review_and_one_retained_does_not()
    {
        var rule = new FirstSecretaryTerm();
        var start = Secondment(CaseChannel.VillageFirstSecretary, new(2024, 3, 1), new(2026, 3, 1));
        var early = rule.Evaluate(start.Then(new SecondmentEnded(CaseId, new(2025, 2, 28))).File);
        Assert.Equal(AuditSeverity.NeedsReview, early?.Severity);
        Assert.Contains("shorter than 1 year", early!.Explanation);
        Assert.Null(rule.Evaluate(Secondment(CaseChannel.VillageFirstSecretary, new(2024, 3, 1), new(2026, 3, 1))
            .Then(new SecondmentEnded(CaseId, new(2025, 3, 1))).File));
    }

    [Fact]
    public void The_maximum_is_configuration()
    {
        var rule = new SecondmentDuration().Configured(new Dictionary<string, int> { ["maxYears"] = 3 });
        Assert.Null(rule.Evaluate(Secondment(CaseChannel.OutboundSecondment, new(2024, 3, 1), new(2026, 9, 1)).File));
    }
}
