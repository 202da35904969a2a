using System.Reflection;

namespace CaseLedger.Testing.Rules;

/// <summary>What a test proves about an audit rule: the violating shape, the compliant shape, or both through the real API.</summary>
public enum RuleTestKind
{
    /// <summary>Domain given/when/then: the rule raises its finding on a case file that breaks it.</summary>
    Violating,

    /// <summary>Domain given/when/then: the rule stays silent on the compliant shape of the same case.</summary>
    Compliant,

    /// <summary>API: the case entered through the real GraphQL mutations; the finding raised for the violating shape and absent for the compliant one.</summary>
    ApiScenario,
}

/// <summary>
/// Marks a test as the proof of one kind for one rule; README's rule table lists exactly one test of each kind per rule and the
/// coverage tests fail when a rule in <c>AuditRules.All</c> lacks one. A domain test proves one shape of a rule (never both: the
/// violating and the compliant shape are separate given/when/then methods); an API scenario proves exactly one rule.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
public sealed class RuleTestAttribute(string ruleId, RuleTestKind kind) : Attribute
{
    public string RuleId { get; } = ruleId;

    public RuleTestKind Kind { get; } = kind;
}

/// <summary>The rule tests an assembly declares, and README's rule table, read the same way by both test projects.</summary>
public static class RuleTestMap
{
    public sealed record Entry(string RuleId, RuleTestKind Kind, string Test, bool IsTest);

    /// <summary>Every [RuleTest] in the assembly, as <c>Class.Method</c>; <see cref="Entry.IsTest"/> says whether xunit runs the method.</summary>
    public static IReadOnlyList<Entry> Of(Assembly assembly) =>
        [.. from type in assembly.GetTypes()
            from method in type.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
            from attribute in method.GetCustomAttributes<RuleTestAttribute>()
            select new Entry(attribute.RuleId, attribute.Kind, $"{type.Name}.{method.Name}",
                method.GetCustomAttributes().Any(a => a.GetType().Name is "FactAttribute" or "TheoryAttribute"))];

    /// <summary>
    /// The tests that prove too much at once: a method marked both <see cref="RuleTestKind.Violating"/> and
    /// <see cref="RuleTestKind.Compliant"/> for one rule, and an API scenario marked for more than one rule.
    /// </summary>
    public static IEnumerable<string> Overloaded(IReadOnlyList<Entry> entries) =>
        entries.GroupBy(e => (e.Test, e.RuleId)).Where(g => g.Select(e => e.Kind).Distinct().Count() > 1)
            .Select(g => $"{g.Key.Test}: marked both {string.Join(" and ", g.Select(e => e.Kind).Distinct())} for {g.Key.RuleId}; one method proves one shape")
            .Concat(entries.Where(e => e.Kind == RuleTestKind.ApiScenario).GroupBy(e => e.Test).Where(g => g.Select(e => e.RuleId).Distinct().Count() > 1)
                .Select(g => $"{g.Key}: an API scenario for {string.Join(", ", g.Select(e => e.RuleId).Distinct())}; each rule has a scenario of its own"));

    /// <summary>One row of README's "Rules, citations and tests" table.</summary>
    public sealed record Row(string RuleId, string Citation, string Violating, string Compliant, string ApiScenario);

    public const string Start = "<!-- rule-tests -->";
    public const string End = "<!-- /rule-tests -->";

    /// <summary>The rows between the rule-tests markers of README.md, found from the test's working directory up.</summary>
    public static IReadOnlyList<Row> Readme()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "CaseLedger.sln")))
            dir = dir.Parent;
        var readme = File.ReadAllText(Path.Combine(dir?.FullName ?? throw new InvalidOperationException("No CaseLedger.sln above the test directory."), "README.md"));
        var start = readme.IndexOf(Start, StringComparison.Ordinal);
        var end = readme.IndexOf(End, StringComparison.Ordinal);
        if (start < 0 || end < start)
            throw new InvalidOperationException($"README.md has no {Start} … {End} block.");
        return [.. readme[(start + Start.Length)..end].Split('\n')
            .Select(l => l.Trim())
            .Where(l => l.StartsWith("| `", StringComparison.Ordinal))
            .Select(l => l.Trim('|').Split('|').Select(c => c.Trim().Trim('`')).ToArray())
            .Select(c => new Row(c[0], c[1], c[2], c[3], c[4]))];
    }

    /// <summary>The one test of a kind for a rule, or a message naming what is wrong.</summary>
    public static string? Problem(IReadOnlyList<Entry> entries, string ruleId, RuleTestKind kind)
    {
        var tests = entries.Where(e => e.RuleId == ruleId && e.Kind == kind).ToList();
        return tests.Count switch
        {
            0 => $"{ruleId}: no [RuleTest({kind})]",
            > 1 => $"{ruleId}: {tests.Count} [RuleTest({kind})] ({string.Join(", ", tests.Select(t => t.Test))}); README lists exactly one",
            _ when !tests[0].IsTest => $"{ruleId}: {tests[0].Test} is marked [RuleTest({kind})] but is no [Fact] or [Theory]",
            _ => null,
        };
    }
}
