using System.ComponentModel;

namespace CaseLedger.Domain.Audits;

/// <summary>What a finding means: the text's modal word decides it (domain README, "What supervisors audit").</summary>
[Description("审计结论等级 / severity: a violation of a binding text (必须/不得/应当, 原则上 without exception approval), or a signal for review.")]
public enum AuditSeverity
{
    [Description("违规 / violation of a binding rule")]
    Violation,

    [Description("需复核 / needs review: a signal, or a fact the audit cannot settle (e.g. a year the holiday calendar does not cover)")]
    NeedsReview,
}

/// <summary>Where a rule comes from: document, clause, and the words it rests on.</summary>
public sealed record Citation(string Document, string Clause, string Quote);

/// <summary>
/// A rule parameter and its default in one version (e.g. maxAge = 45 周岁). A parameter with a
/// <c>ConfigurationNote</c> is not settled law (catalogue label [U]): the note says why, and the
/// deployment may set its value (CaseLedger:Audits:Parameters:{rule id}:{name}).
/// </summary>
public sealed record RuleParameter(string Name, int Value, string Description, string? ConfigurationNote = null)
{
    public bool Configurable => ConfigurationNote is not null;
}

/// <summary>
/// One version of a rule and the period it is in force; a case is judged by the version in force on its effective date.
/// <c>Citation</c> is the text in force for this version when it differs from the rule's own (e.g. the 2014 条例 for
/// decisions before the 2018 law took effect): a finding cites the version it was judged by.
/// </summary>
public sealed record RuleVersion(int Number, DateOnly InForceFrom, DateOnly? InForceUntil, IReadOnlyList<RuleParameter> Parameters, string Note,
    Citation? Citation = null)
{
    public bool InForceOn(DateOnly day) => day >= InForceFrom && (InForceUntil is not { } until || day <= until);

    public int Parameter(string name) => Parameters.Single(p => p.Name == name).Value;

    /// <summary>This version with configured values for its configurable parameters.</summary>
    internal RuleVersion With(IReadOnlyDictionary<string, int> values) => values.Count == 0 ? this
        : this with { Parameters = [.. Parameters.Select(p => p.Configurable && values.TryGetValue(p.Name, out var v) ? p with { Value = v } : p)] };
}

/// <summary>
/// One audit rule from the catalogue (shared/domain/rules-catalogue.md): pure, it reads a case file and
/// returns at most one finding per case (several problems of one rule in one case share one finding).
/// </summary>
public abstract class AuditRule
{
    public abstract string Id { get; }

    public abstract string TitleChinese { get; }

    public abstract string TitleEnglish { get; }

    public abstract Citation Citation { get; }

    public abstract AuditSeverity Severity { get; }

    /// <summary>The versions as written in the rule, with the defaults of its parameters.</summary>
    protected abstract IReadOnlyList<RuleVersion> Defaults { get; }

    /// <summary>The versions as this deployment judges by: defaults, with configured values for [U] parameters.</summary>
    public IReadOnlyList<RuleVersion> Versions => configured ??= [.. Defaults.Select(v => v.With(settings))];

    private IReadOnlyDictionary<string, int> settings = new Dictionary<string, int>();
    private IReadOnlyList<RuleVersion>? configured;

    /// <summary>The version in force on <paramref name="day"/>, or null when the rule did not exist yet.</summary>
    public RuleVersion? VersionOn(DateOnly day) => Versions.LastOrDefault(v => v.InForceOn(day));

    /// <summary>A copy of this rule judging with <paramref name="values"/> for its configurable parameters.</summary>
    public AuditRule Configured(IReadOnlyDictionary<string, int> values)
    {
        var fixedOnes = values.Keys.Where(name => !Defaults.SelectMany(v => v.Parameters).Any(p => p.Name == name && p.Configurable)).ToList();
        if (fixedOnes.Count > 0)
            throw new ArgumentException($"{Id}: {string.Join(", ", fixedOnes)} is not a configurable parameter of this rule; only [U] parameters can be set.");
        var copy = (AuditRule)MemberwiseClone();
        copy.settings = values;
        copy.configured = null;
        return copy;
    }

    public abstract AuditFinding? Evaluate(CaseFile file);

    /// <summary>The text a finding judged by <paramref name="version"/> cites: the version's own, else the rule's.</summary>
    public Citation CitationOf(RuleVersion version) => version.Citation ?? Citation;

    /// <summary>The text a finding judged by version <paramref name="number"/> cites (the rule's own for an unknown number).</summary>
    public Citation CitationOf(int number) => Versions.FirstOrDefault(v => v.Number == number) is { } version ? CitationOf(version) : Citation;

    /// <summary>A finding of this rule about <paramref name="file"/>'s case.</summary>
    protected AuditFinding Found(CaseFile file, RuleVersion version, DateOnly effectiveOn, IEnumerable<long> evidence, string explanation,
        AuditSeverity? severity = null) =>
        new(Id, version.Number, severity ?? Severity, file.CaseId, file.CadreId, [.. evidence.Distinct().Order()], effectiveOn, CitedBy(version, explanation));

    /// <summary>The citation as one short label for explanations (the rule's; <see cref="Found"/> puts the version's in its place).</summary>
    protected string Cite => Label(Citation);

    /// <summary>Explanations are written with the rule's <see cref="Cite"/>; a version citing another text is cited instead.</summary>
    private protected string CitedBy(RuleVersion version, string explanation) =>
        version.Citation is { } own ? explanation.Replace(Cite, Label(own), StringComparison.Ordinal) : explanation;

    private static string Label(Citation citation) => $"{citation.Document} {citation.Clause}";
}

/// <summary>
/// A rule broken (or a signal raised) in one case, or in a cadre's own record (<c>CaseId</c> null, see
/// <see cref="CadreRecordRule"/>): which rule and version, the case and cadre, the stream versions of the
/// evidence (in the case's stream, or else the cadre's), the effective date judged and a plain bilingual explanation.
/// </summary>
public sealed record AuditFinding(
    string RuleId,
    int RuleVersion,
    AuditSeverity Severity,
    Guid? CaseId,
    Guid CadreId,
    IReadOnlyList<long> EvidenceVersions,
    DateOnly EffectiveOn,
    string Explanation)
{
    /// <summary>What the finding is about: the case, or the cadre for a finding about the cadre's own record.</summary>
    public Guid SubjectId => CaseId ?? CadreId;
}

/// <summary>
/// A rule about a cadre's own record (e.g. the reserve pool), not about a case: it judges the cadre's
/// stream (<see cref="CadreFile"/>) and its finding has no case. It finds nothing in a case file.
/// </summary>
public abstract class CadreRecordRule : AuditRule
{
    public sealed override AuditFinding? Evaluate(CaseFile file) => null;

    public abstract AuditFinding? Evaluate(CadreFile file);

    /// <summary>A finding of this rule about <paramref name="file"/>'s cadre; evidence are versions of the cadre stream.</summary>
    protected AuditFinding Found(CadreFile file, RuleVersion version, DateOnly effectiveOn, IEnumerable<long> evidence, string explanation) =>
        new(Id, version.Number, Severity, null, file.CadreId, [.. evidence.Distinct().Order()], effectiveOn, CitedBy(version, explanation));
}
