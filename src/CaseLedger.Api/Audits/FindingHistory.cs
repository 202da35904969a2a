using System.ComponentModel;
using CaseLedger.Api.Ledger;
using CaseLedger.Domain.Audits;
using GraphQL.Types;
using JasperFx.Events;
using Marten;

namespace CaseLedger.Api.Audits;

/// <summary>What happened to a finding in one event of its stream.</summary>
[Description("审计发现的变化 / what happened to a finding in one event of its stream.")]
public enum FindingChange
{
    [Description("发现 / raised by the audit")]
    Raised,

    [Description("重新评估 / restated by re-evaluation (another severity, rule version, evidence or explanation; reopens it when new evidence arrives)")]
    Restated,

    [Description("消除 / cleared: re-evaluation no longer finds it")]
    Cleared,

    [Description("已知悉 / acknowledged by a supervisor")]
    Acknowledged,

    [Description("认定 / confirmed with accountability actions")]
    Confirmed,

    [Description("不予认定 / dismissed with a reason")]
    Dismissed,

    [Description("整改完成 / resolved")]
    Resolved,

    [Description("重新处理 / reopened after a dismissal or resolution")]
    Reopened,
}

/// <summary>One event of a finding's stream: what, who, why, and both times.</summary>
public sealed record FindingHistoryEntry(
    FindingChange Change,
    long Version,
    FindingStatus StatusAfter,
    DateOnly EffectiveOn,
    DateTimeOffset RecordedAt,
    string? Actor,
    string? Reason,
    string? DocumentReference,
    AuditSeverity? Severity,
    string? Explanation,
    IReadOnlyList<AccountabilityAction> Actions);

internal static class FindingHistory
{
    public static async Task<IReadOnlyList<FindingHistoryEntry>> ReadAsync(IQuerySession session, Guid findingId, long upToVersion, CancellationToken ct)
    {
        var events = await session.Events.FetchStreamAsync(findingId, upToVersion, token: ct);
        var status = FindingStatus.Raised;
        var entries = new List<FindingHistoryEntry>(events.Count);
        foreach (var e in events)
        {
            if (Entry(e, status) is not { } entry)
                continue;
            entries.Add(entry);
            status = entry.StatusAfter;
        }
        return entries;
    }

    /// <summary>The event's own reason when it has one (dismissal, resolution, …), else the reason recorded with it.</summary>
    private static FindingHistoryEntry? Entry(IEvent e, FindingStatus before)
    {
        var header = e.GetHeader(EventMetadata.Reason)?.ToString();
        FindingHistoryEntry Make(FindingChange change, FindingStatus after, DateOnly on, string? reason = null,
            AuditSeverity? severity = null, string? explanation = null, IReadOnlyList<AccountabilityAction>? actions = null) =>
            new(change, e.Version, after, on, e.Timestamp, e.GetHeader(EventMetadata.Actor)?.ToString(), reason ?? header,
                e.GetHeader(EventMetadata.DocumentReference)?.ToString(), severity, explanation, actions ?? []);
        return e.Data switch
        {
            FindingRaised r => Make(FindingChange.Raised, FindingStatus.Raised, r.DateJudged(), severity: r.Severity, explanation: r.Explanation),
            FindingRestated r => Make(FindingChange.Restated, r.Reopens ? FindingStatus.Raised : before, r.JudgedOn, severity: r.Severity, explanation: r.Explanation),
            FindingCleared c => Make(FindingChange.Cleared, FindingStatus.Cleared, c.EffectiveOn, c.Reason),
            FindingAcknowledged a => Make(FindingChange.Acknowledged, FindingStatus.Acknowledged, a.EffectiveOn),
            FindingConfirmed c => Make(FindingChange.Confirmed, FindingStatus.Confirmed, c.EffectiveOn, actions: c.Actions),
            FindingDismissed d => Make(FindingChange.Dismissed, FindingStatus.Dismissed, d.EffectiveOn, d.Reason),
            FindingResolved r => Make(FindingChange.Resolved, FindingStatus.Resolved, r.EffectiveOn, r.Resolution),
            FindingReopened r => Make(FindingChange.Reopened, FindingStatus.Raised, r.EffectiveOn, r.Reason),
            _ => null,
        };
    }
}

internal sealed class FindingHistoryEntryType : ObjectGraphType<FindingHistoryEntry>
{
    public FindingHistoryEntryType()
    {
        Name = "FindingHistoryEntry";
        Description = "One change of a finding, oldest first: raised, restated, cleared, acknowledged, confirmed, dismissed, resolved or reopened — who, why and both times.";
        Field(x => x.Change, type: typeof(NonNullGraphType<EnumerationGraphType<FindingChange>>)).Description("What happened.");
        Field(x => x.Version).Description("The event's version in the finding's stream (the finding's version right after it).");
        Field(x => x.StatusAfter, type: typeof(NonNullGraphType<EnumerationGraphType<FindingStatus>>)).Description("The finding's status after this change.");
        Field(x => x.EffectiveOn, type: typeof(NonNullGraphType<DateOnlyGraphType>)).Description(
            "生效日期 (effective-time axis): for RAISED and RESTATED the effective date judged; otherwise the day of the change.");
        Field(x => x.RecordedAt, type: typeof(NonNullGraphType<DateTimeOffsetGraphType>)).Description("登记时间 (record-time axis): when the ledger recorded it, UTC.");
        Field(x => x.Actor, nullable: true).Description("经办人: the supervisor who acted, or the audit evaluator for RAISED, RESTATED and CLEARED.");
        Field(x => x.Reason, nullable: true).Description("理由: why it was cleared, dismissed, resolved or reopened (the reason given), else the reason recorded with the request.");
        Field(x => x.DocumentReference, nullable: true).Description("文号 recorded with it, if any.");
        Field(x => x.Severity, type: typeof(EnumerationGraphType<AuditSeverity>)).Description("The severity judged (RAISED, RESTATED); null otherwise.");
        Field(x => x.Explanation, nullable: true).Description("The explanation judged (RAISED, RESTATED); null otherwise.");
        Field(x => x.Actions, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<EnumerationGraphType<AccountabilityAction>>>>))
            .Description("问责措施 decided (CONFIRMED); empty otherwise.");
    }
}
