using System.Collections.Immutable;
using CaseLedger.Api.Ledger;
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

    /// <summary>The hash of the stream's last event (null on rows projected before it was kept): the next event's link in the chain.</summary>
    public string? Head { get; init; }

    /// <summary>
    /// The finding's decision state at the stream's head, from this row instead of a fold of its stream (inline, so always at the
    /// head; a writer in between makes the append at <see cref="Version"/> fail): re-evaluating a case restates its findings at
    /// every step, and folding each finding's growing stream made every step slower than the last. Null for a row without a head.
    /// </summary>
    internal LoadedStream<Finding>? AsStream() => Head is null
        ? null
        : new LoadedStream<Finding>(Id, new Finding(Id, RuleId, CaseId, Status,
            new AuditFinding(RuleId, RuleVersion, Severity, CaseId, CadreId, EvidenceVersions, EffectiveOn, Explanation)), Version, Head);
}

public sealed class FindingDetailsProjection : SingleStreamProjection<FindingDetails, Guid>
{
    public static FindingDetails Create(IEvent<FindingRaised> e) => Raised(e, null);

    public static FindingDetails Apply(IEvent<FindingRaised> e, FindingDetails current) => Raised(e, current);

    /// <summary>The new judgement is shown; the earlier explanation stays in its FindingRaised event.</summary>
    public static FindingDetails Apply(IEvent<FindingRestated> e, FindingDetails current) =>
        (e.Data.Reopens ? Moved(current, e, FindingStatus.Raised, "重新评估：等级变化或新证据 / re-evaluation: another severity or new evidence")
            : At(current, e)) with
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
            Head = HashOf(e),
        };
    }

    private static FindingDetails Moved<T>(FindingDetails current, IEvent<T> e, FindingStatus status, string? reason)
        where T : notnull =>
        At(current, e) with { Status = status, StatusReason = reason, StatusChangedOn = DateOnly.FromDateTime(e.Timestamp.UtcDateTime) };

    /// <summary>The row as of <paramref name="e"/>: its version and its hash, the stream's head.</summary>
    private static FindingDetails At(FindingDetails current, IEvent e) => current with { Version = e.Version, Head = HashOf(e) };

    private static string HashOf(IEvent e) => e.GetHeader(EventHash.Header)?.ToString() ?? EventHash.Genesis;
}
