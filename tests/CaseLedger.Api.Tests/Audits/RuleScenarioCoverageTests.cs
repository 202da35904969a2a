using CaseLedger.Api.Tests.Testing;
using CaseLedger.Domain.Audits;

namespace CaseLedger.Api.Tests.Audits;

/// <summary>
/// Every rule in <see cref="AuditRules.All"/> has exactly one API scenario of its own (serving no other rule) marked as its proof
/// through the real mutations, and
/// README's rule table names it (the citation and domain columns are checked by the domain tests' twin of this class).
/// </summary>
public sealed class RuleScenarioCoverageTests(CaseLedgerHost host) : IClassFixture<CaseLedgerHost>
{
    private static readonly IReadOnlyList<RuleTestMap.Entry> Tests = RuleTestMap.Of(typeof(RuleScenarioCoverageTests).Assembly);

    [Fact]
    public void Every_rule_has_one_API_scenario()
    {
        var problems = AuditRules.All.Select(r => RuleTestMap.Problem(Tests, r.Id, RuleTestKind.ApiScenario)).OfType<string>()
            .Concat(Tests.Where(t => AuditRules.Find(t.RuleId) is null).Select(t => $"{t.Test} names {t.RuleId}, which is no rule"))
            .Concat(Tests.Where(t => t.Kind != RuleTestKind.ApiScenario).Select(t => $"{t.Test}: an API test is a scenario, not a domain {t.Kind} test"))
            .Concat(RuleTestMap.Overloaded(Tests))
            .ToList();
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void README_names_each_rules_API_scenario()
    {
        var expected = AuditRules.All.Select(r => (r.Id, Tests.Where(t => t.RuleId == r.Id).Select(t => t.Test).SingleOrDefault() ?? "—")).ToList();
        var listed = RuleTestMap.Readme().Select(r => (r.RuleId, r.ApiScenario)).ToList();
        Assert.True(expected.SequenceEqual(listed), "README's rule table should name these API scenarios (rules in the catalogue's order):\n"
            + string.Join("\n", expected.Select(e => $"{e.Item1}: `{e.Item2}`")));
    }

    /// <summary>README's table is the catalogue a client reads: every rule <c>auditRules</c> serves, once, with the citation it serves.</summary>
    [Fact]
    public async Task README_lists_exactly_the_rules_auditRules_serves_with_their_citations()
    {
        var served = (await host.GraphQL.QueryAsync("{ auditRules { id citation { document clause } } }"))["auditRules"]!.AsArray()
            .Select(r => (r!["id"]!.GetValue<string>(), $"{r["citation"]!["document"]!.GetValue<string>()} {r["citation"]!["clause"]!.GetValue<string>()}"))
            .Order().ToList();
        Assert.Equal(served, RuleTestMap.Readme().Select(r => (r.RuleId, r.Citation)).Order().ToList());
    }
}
