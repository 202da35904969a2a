using CaseLedger.Domain.Audits;

namespace CaseLedger.Domain.Tests.Audits;

/// <summary>
/// Every rule in <see cref="AuditRules.All"/> has exactly one test marked as its violating shape and one as its compliant shape
/// here, two different methods, and README's rule table lists each rule once, with its citation and those two tests (the API scenario column is
/// checked by the API tests' twin of this class).
/// </summary>
public class RuleTestCoverageTests
{
    private static readonly IReadOnlyList<RuleTestMap.Entry> Tests = RuleTestMap.Of(typeof(RuleTestCoverageTests).Assembly);

    [Fact]
    public void Every_rule_has_one_violating_and_one_compliant_domain_test()
    {
        var problems = AuditRules.All
            .SelectMany(r => new[] { RuleTestMap.Problem(Tests, r.Id, RuleTestKind.Violating), RuleTestMap.Problem(Tests, r.Id, RuleTestKind.Compliant) })
            .OfType<string>()
            .Concat(Tests.Where(t => AuditRules.Find(t.RuleId) is null).Select(t => $"{t.Test} names {t.RuleId}, which is no rule"))
            .Concat(Tests.Where(t => t.Kind == RuleTestKind.ApiScenario).Select(t => $"{t.Test}: a domain test cannot be an API scenario"))
            .Concat(RuleTestMap.Overloaded(Tests))
            .ToList();
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void README_lists_every_rule_with_its_citation_and_its_violating_and_compliant_tests()
    {
        var readme = RuleTestMap.Readme();
        string One(string id, RuleTestKind kind) => Tests.Where(t => t.RuleId == id && t.Kind == kind).Select(t => t.Test).SingleOrDefault() ?? "—";
        var expected = AuditRules.All.Select(r => (r.Id, Citation: $"{r.Citation.Document} {r.Citation.Clause}",
            Violating: One(r.Id, RuleTestKind.Violating), Compliant: One(r.Id, RuleTestKind.Compliant))).ToList();
        var listed = readme.Select(r => (r.RuleId, r.Citation, r.Violating, r.Compliant)).ToList();
        var api = readme.ToDictionary(r => r.RuleId, r => r.ApiScenario);
        Assert.True(readme.All(r => r.Violating != r.Compliant), "README's rule table names one test for both shapes of a rule: "
            + string.Join(", ", readme.Where(r => r.Violating == r.Compliant).Select(r => r.RuleId)));
        Assert.True(expected.SequenceEqual(listed), "README's rule table should read (rules in the catalogue's order):\n" + string.Join("\n",
            expected.Select(e => $"| `{e.Id}` | {e.Citation} | `{e.Violating}` | `{e.Compliant}` | `{api.GetValueOrDefault(e.Id, "—")}` |")));
    }
}
