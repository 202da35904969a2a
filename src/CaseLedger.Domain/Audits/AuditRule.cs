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

/// <summary>A rule parameter and its default in one version (e.g. maxAge = 45 周岁).</summary>
public sealed record RuleParameter(string Name, int Value, string Description);

/// <summary>One version of a rule and the period it is in force; a case is judged by the version in force on its effective date.</summary>
public sealed record RuleVersion(int Number, DateOnly InForceFrom, DateOnly? InForceUntil, IReadOnlyList<RuleParameter> Parameters, string Note)
{
    public bool InForceOn(DateOnly day) => day >= InForceFrom && (InForceUntil is not { } until || day <= until);

    public int Parameter(string name) => Parameters.Single(p => p.Name == name).Value;
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

    public abstract IReadOnlyList<RuleVersion> Versions { get; }

    /// <summary>The version in force on <paramref name="day"/>, or null when the rule did not exist yet.</summary>
    public RuleVersion? VersionOn(DateOnly day) => Versions.LastOrDefault(v => v.InForceOn(day));

    public abstract AuditFinding? Evaluate(CaseFile file);

    /// <summary>A finding of this rule about <paramref name="file"/>'s case.</summary>
    protected AuditFinding Found(CaseFile file, RuleVersion version, DateOnly effectiveOn, IEnumerable<long> evidence, string explanation,
        AuditSeverity? severity = null) =>
        new(Id, version.Number, severity ?? Severity, file.CaseId, file.CadreId, [.. evidence.Distinct().Order()], effectiveOn, explanation);

    /// <summary>The citation as one short label for explanations.</summary>
    protected string Cite => $"{Citation.Document} {Citation.Clause}";
}

/// <summary>
/// A rule broken (or a signal raised) in one case: which rule and version, the case and cadre, the
/// stream versions of the evidence, the effective date judged and a plain bilingual explanation.
/// </summary>
public sealed record AuditFinding(
    string RuleId,
    int RuleVersion,
    AuditSeverity Severity,
    Guid CaseId,
    Guid CadreId,
    IReadOnlyList<long> EvidenceVersions,
    DateOnly EffectiveOn,
    string Explanation);
