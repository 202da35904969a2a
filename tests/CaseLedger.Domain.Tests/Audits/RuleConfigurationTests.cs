using CaseLedger.Domain.Audits;

namespace CaseLedger.Domain.Tests.Audits;

public class RuleConfigurationTests
{
    /// <summary>A rule with one fixed parameter (law) and one configurable one ([U]).</summary>
    private sealed class WindowRule : AuditRule
    {
        public override string Id => "TEST-WINDOW";

        public override string TitleChinese => "测试";

        public override string TitleEnglish => "Test";

        public override Citation Citation => new("测试文件", "第一条", "……");

        public override AuditSeverity Severity => AuditSeverity.NeedsReview;

        protected override IReadOnlyList<RuleVersion> Defaults { get; } =
        [
            new(1, DateOnly.MinValue, null, [new("maxAge", 45, "law"), new("windowMonths", 6, "heuristic", "no text gives a window")], "v1"),
        ];

        public override AuditFinding? Evaluate(CaseFile file) => null;
    }

    private static readonly DateOnly Day = new(2020, 1, 1);

    [Fact]
    public void A_configured_value_replaces_the_default_of_a_configurable_parameter_only_in_the_copy()
    {
        var rule = new WindowRule();

        var configured = rule.Configured(new Dictionary<string, int> { ["windowMonths"] = 3 });

        Assert.Equal(3, configured.VersionOn(Day)!.Parameter("windowMonths"));
        Assert.Equal(45, configured.VersionOn(Day)!.Parameter("maxAge"));
        Assert.Equal(6, rule.VersionOn(Day)!.Parameter("windowMonths"));
        Assert.True(configured.Versions[0].Parameters[1].Configurable);
    }

    [Fact]
    public void A_fixed_parameter_cannot_be_configured()
    {
        var error = Assert.Throws<ArgumentException>(() => new WindowRule().Configured(new Dictionary<string, int> { ["maxAge"] = 50 }));

        Assert.Contains("maxAge", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Settings_for_an_unknown_rule_are_refused()
    {
        var settings = new Dictionary<string, IReadOnlyDictionary<string, int>> { ["NX-NO-SUCH-RULE"] = new Dictionary<string, int>() };

        Assert.Throws<ArgumentException>(() => AuditRuleSet.Configure(settings));
    }

    [Fact]
    public void Without_settings_the_set_is_the_catalogue() =>
        Assert.Equal(AuditRules.All.Select(r => r.Id), AuditRuleSet.Configure(new Dictionary<string, IReadOnlyDictionary<string, int>>()).All.Select(r => r.Id));
}
