using System.ComponentModel;
using CaseLedger.Domain.Shared;

namespace CaseLedger.Domain.Audits;

/// <summary>问责措施 (accountability action) recorded when a finding is confirmed.</summary>
[Description("问责措施 / accountability action taken when a finding is confirmed.")]
public enum AccountabilityAction
{
    [Description("通报批评 / circulated criticism")]
    CirculatedCriticism,

    [Description("诫勉 / admonishment")]
    Admonishment,

    [Description("组织处理 / organisational measures (adjustment, removal, demotion)")]
    OrganisationalMeasures,

    [Description("移送纪检监察机关给予纪律处分 / referral for disciplinary sanction")]
    DisciplinaryReferral,
}

/// <summary>Where a finding stands in the supervisors' workflow.</summary>
[Description("审计发现状态 / where a finding stands in the supervisors' workflow.")]
public enum FindingStatus
{
    [Description("待处理 / raised by the audit, not yet looked at")]
    Raised,

    [Description("已知悉 / acknowledged by a supervisor")]
    Acknowledged,

    [Description("已认定 / confirmed, with accountability actions")]
    Confirmed,

    [Description("不予认定 / dismissed with a reason")]
    Dismissed,

    [Description("已整改 / resolved")]
    Resolved,

    [Description("已消除 / cleared: re-evaluation no longer finds it (e.g. after a correction)")]
    Cleared,
}

/// <summary>
/// The audit found a rule broken in a case, or in a cadre's own record (no case), or found it again after it
/// had been cleared, on <c>EffectiveOn</c>; <c>JudgedOn</c> is the effective date the rule judged (it trails
/// because it was added after v1 was stored; a v1 event without it is read as judged on the day raised).
/// </summary>
public sealed record FindingRaised(
    Guid FindingId, string RuleId, int RuleVersion, AuditSeverity Severity, Guid? CaseId, Guid CadreId,
    IReadOnlyList<long> EvidenceVersions, string Explanation, DateOnly EffectiveOn, DateOnly? JudgedOn = null) : IFindingEvent
{
    public DateOnly DateJudged() => JudgedOn ?? EffectiveOn;
}

/// <summary>
/// Re-evaluation finds it still, but judges it otherwise: another severity (a deadline passed: the warning
/// became a violation), new evidence (a later event of the case shows it too), or a changed explanation (a
/// corrected birth date). The new judgement, with its explanation and the effective date it judged
/// (<c>JudgedOn</c>); the earlier one stays in the stream as it was. <c>Reopens</c>: another severity or new
/// evidence sends it back to the supervisors (status Raised), whatever they had decided.
/// </summary>
public sealed record FindingRestated(
    Guid FindingId, int RuleVersion, AuditSeverity Severity, IReadOnlyList<long> EvidenceVersions, string Explanation, bool Reopens,
    DateOnly EffectiveOn, DateOnly JudgedOn) : IFindingEvent;

/// <summary>Re-evaluation no longer finds it: cleared by an event, never deleted.</summary>
public sealed record FindingCleared(Guid FindingId, string Reason, DateOnly EffectiveOn) : IFindingEvent;

/// <summary>A supervisor has seen it.</summary>
public sealed record FindingAcknowledged(Guid FindingId, DateOnly EffectiveOn) : IFindingEvent;

/// <summary>Confirmed as a breach, with the accountability actions decided.</summary>
public sealed record FindingConfirmed(Guid FindingId, IReadOnlyList<AccountabilityAction> Actions, DateOnly EffectiveOn) : IFindingEvent;

/// <summary>Not a breach, and why.</summary>
public sealed record FindingDismissed(Guid FindingId, string Reason, DateOnly EffectiveOn) : IFindingEvent;

/// <summary>整改完成.</summary>
public sealed record FindingResolved(Guid FindingId, string Resolution, DateOnly EffectiveOn) : IFindingEvent;

/// <summary>Reopened after a dismissal or resolution.</summary>
public sealed record FindingReopened(Guid FindingId, string Reason, DateOnly EffectiveOn) : IFindingEvent;
