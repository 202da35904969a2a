namespace CaseLedger.Domain.Audits;

/// <summary>
/// The rules this deployment judges by: the catalogue (<see cref="AuditRules.All"/>) with the values
/// configured for its [U] parameters. A setting that names an unknown rule or a fixed parameter is
/// refused when the set is built, so a typo cannot silently leave the default in force.
/// </summary>
public sealed class AuditRuleSet
{
    public static AuditRuleSet Default { get; } = new(AuditRules.All);

    private AuditRuleSet(IReadOnlyList<AuditRule> rules) => All = rules;

    public IReadOnlyList<AuditRule> All { get; }

    /// <param name="settings">rule id → parameter name → value.</param>
    public static AuditRuleSet Configure(IReadOnlyDictionary<string, IReadOnlyDictionary<string, int>> settings)
    {
        var unknown = settings.Keys.Where(id => AuditRules.Find(id) is null).ToList();
        if (unknown.Count > 0)
            throw new ArgumentException($"Unknown audit rule(s) in the settings: {string.Join(", ", unknown)}.");
        return new([.. AuditRules.All.Select(r => settings.TryGetValue(r.Id, out var values) ? r.Configured(values) : r)]);
    }

    public AuditRule? Find(string id) => All.FirstOrDefault(r => r.Id == id);

    /// <summary>Every finding of every rule on one case file.</summary>
    public IReadOnlyList<AuditFinding> Evaluate(CaseFile file) => [.. All.Select(r => r.Evaluate(file)).OfType<AuditFinding>()];

    /// <summary>Every finding of every cadre-record rule on one cadre's record.</summary>
    public IReadOnlyList<AuditFinding> Evaluate(CadreFile file) => [.. All.OfType<CadreRecordRule>().Select(r => r.Evaluate(file)).OfType<AuditFinding>()];
}
