using CaseLedger.Domain.Audits.Rules;

namespace CaseLedger.Domain.Tests.Audits;

/// <summary>A rule whose text changed cites the version in force on the date judged, not today's text.</summary>
public sealed class RuleCitationVersionTests
{
    [Fact]
    public void An_inspection_before_the_2019_regulation_cites_the_2014_text_and_one_after_it_the_2019_article()
    {
        var rule = new NotInspectable();

        var before = rule.VersionOn(new DateOnly(2016, 5, 1))!;
        var after = rule.VersionOn(new DateOnly(2020, 5, 1))!;

        Assert.Contains("2014", rule.CitationOf(before).Document, StringComparison.Ordinal);
        Assert.Contains("近三年", rule.CitationOf(before).Quote, StringComparison.Ordinal);
        Assert.Equal(rule.CitationOf(before), rule.CitationOf(before.Number));
        Assert.Equal("党政领导干部选拔任用工作条例（2019）", rule.CitationOf(after).Document);
        Assert.Equal("第二十四条", rule.CitationOf(after).Clause);
    }

    [Fact]
    public void A_version_without_a_text_of_its_own_cites_the_rules_and_an_unknown_version_number_too()
    {
        var rule = new SecondmentPromotionConsent();

        Assert.All(rule.Versions, v => Assert.Equal(rule.Citation, rule.CitationOf(v)));
        Assert.Equal("第五条第三款", rule.CitationOf(99).Clause);
    }
}
