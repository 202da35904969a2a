using System.Collections.Immutable;
using CaseLedger.Domain.Audits;
using JasperFx.Events;
using Marten.Events.Aggregation;

namespace CaseLedger.Api.Audits;

/// <summary>
/// A finding as a supervisor sees it (inline projection: read-your-writes): the rule and version,
/// the case (null for a finding about the cadre's own record) and cadre, the evidence, where it stands in
/// the workflow and what was decided.
/// </summary>
public sealed record FindingDetails(
    Guid Id,
    string RuleId,
    int RuleVersion,
    AuditSeverity Severity,
    Guid? CaseId,
    Guid CadreId,
    ImmutableList<long> EvidenceVersions,
    string Explanation,
    DateOnly EffectiveOn,
    FindingStatus Status,
    DateOnly RaisedOn,
    long Version)
{
    /// <summary>问责措施 decided when the finding was confirmed.</summary>
    public ImmutableList<AccountabilityAction> Actions { get; init; } = [];

    /// <summary>Why it was cleared, dismissed, resolved or reopened.</summary>
    public string? StatusReason { get; init; }

    public DateOnly StatusChangedOn { get; init; }
}

public sealed class FindingDetailsProjection : SingleStreamProjection<FindingDetails, Guid>
{
    public static FindingDetails Create(IEvent<FindingRaised> e) => Raised(e, null);

    public static FindingDetails Apply(IEvent<FindingRaised> e, FindingDetails current) => Raised(e, current);

    /// <summary>The new judgement is shown; the earlier explanation stays in its FindingRaised event.</summary>
    public static FindingDetails Apply(IEvent<FindingRestated> e, FindingDetails current) =>
        (e.Data.Reopens ? Moved(current, e, FindingStatus.Raised, "重新评估：等级变化或新证据 / re-evaluation: another severity or new evidence")
            : current with { Version = e.Version }) with
        {
            RuleVersion = e.Data.RuleVersion,
            Severity = e.Data.Severity,
            EvidenceVersions = [.. e.Data.EvidenceVersions],
            Explanation = e.Data.Explanation,
            EffectiveOn = e.Data.JudgedOn,
        };

    public static FindingDetails Apply(IEvent<FindingCleared> e, FindingDetails current) => Moved(current, e, FindingStatus.Cleared, e.Data.Reason);

    public static FindingDetails Apply(IEvent<FindingAcknowledged> e, FindingDetails current) => Moved(current, e, FindingStatus.Acknowledged, null);

    public static FindingDetails Apply(IEvent<FindingConfirmed> e, FindingDetails current) =>
        Moved(current, e, FindingStatus.Confirmed, null) with { Actions = [.. e.Data.Actions] };

    public static FindingDetails Apply(IEvent<FindingDismissed> e, FindingDetails current) => Moved(current, e, FindingStatus.Dismissed, e.Data.Reason);

    public static FindingDetails Apply(IEvent<FindingResolved> e, FindingDetails current) => Moved(current, e, FindingStatus.Resolved, e.Data.Resolution);

    public static FindingDetails Apply(IEvent<FindingReopened> e, FindingDetails current) => Moved(current, e, FindingStatus.Raised, e.Data.Reason);

    private static FindingDetails Raised(IEvent<FindingRaised> e, FindingDetails? current)
    {
        var d = e.Data;
        return new FindingDetails(d.FindingId, d.RuleId, d.RuleVersion, d.Severity, d.CaseId, d.CadreId, [.. d.EvidenceVersions], d.Explanation,
            d.DateJudged(), FindingStatus.Raised, current?.RaisedOn ?? DateOnly.FromDateTime(e.Timestamp.UtcDateTime), e.Version)
        {
            StatusChangedOn = DateOnly.FromDateTime(e.Timestamp.UtcDateTime),
        };
    }

    private static FindingDetails Moved<T>(FindingDetails current, IEvent<T> e, FindingStatus status, string? reason)
        where T : notnull =>
        current with { Status = status, StatusReason = reason, Version = e.Version, StatusChangedOn = DateOnly.FromDateTime(e.Timestamp.UtcDateTime) };
}
