using CaseLedger.Domain.Shared;

namespace CaseLedger.Domain.Audits;

/// <summary>
/// The Finding stream's decision state. Its id is derived from (rule id, subject id: the case, or the
/// cadre for a finding about the cadre's own record), so evaluating the same subject twice finds the
/// same stream: raising a finding that stands is a no-op.
/// </summary>
public sealed record Finding(Guid Id, string RuleId, Guid? CaseId, FindingStatus Status, AuditFinding Current) : IAggregate<Finding>
{
    public static string StreamName => "finding";

    /// <summary>A name-based UUID (RFC 9562 v5, SHA-1) over "rule id|subject id" (case id, or cadre id) in a CaseLedger namespace.</summary>
    public static Guid IdFor(string ruleId, Guid subjectId) => NameBasedId.Create(Namespace, $"{ruleId}|{subjectId:D}");

    private static readonly Guid Namespace = Guid.Parse("5f0c6a52-8d53-4f55-9a0e-6c2b1d1a7e31");

    public bool Active => Status is not FindingStatus.Cleared;

    /// <summary>Evaluation found it: a new stream, or raised again after it was cleared; null when it already stands.</summary>
    public static FindingRaised Raise(AuditFinding f, DateOnly today) =>
        new(IdFor(f.RuleId, f.SubjectId), f.RuleId, f.RuleVersion, f.Severity, f.CaseId, f.CadreId, f.EvidenceVersions, f.Explanation, today, f.EffectiveOn);

    public FindingRaised? RaiseAgain(AuditFinding f, DateOnly today) => Status == FindingStatus.Cleared ? Raise(f, today) : null;

    /// <summary>Evaluation finds it judged otherwise (severity, evidence, rule version, date or explanation); null when nothing changed.</summary>
    public FindingRestated? Restate(AuditFinding f, DateOnly today)
    {
        var now = Current;
        if (!Active || (f.Severity == now.Severity && f.EvidenceVersions.SequenceEqual(now.EvidenceVersions) && f.RuleVersion == now.RuleVersion
            && f.EffectiveOn == now.EffectiveOn && f.Explanation == now.Explanation))
            return null;
        var reopens = f.Severity != now.Severity || f.EvidenceVersions.Except(now.EvidenceVersions).Any();
        return new FindingRestated(Id, f.RuleVersion, f.Severity, f.EvidenceVersions, f.Explanation, reopens, today, f.EffectiveOn);
    }

    /// <summary>Evaluation no longer finds it; null when it is already cleared.</summary>
    public FindingCleared? Clear(DateOnly today) =>
        Active ? new FindingCleared(Id, "重新评估未再发现 / re-evaluation no longer finds it", today) : null;

    public FindingAcknowledged Acknowledge(DateOnly today)
    {
        Ensure(FindingStatus.Raised);
        return new FindingAcknowledged(Id, today);
    }

    public FindingConfirmed Confirm(IReadOnlyList<AccountabilityAction> actions, DateOnly today)
    {
        Ensure(FindingStatus.Raised, FindingStatus.Acknowledged);
        if (actions.Count == 0)
            throw new DomainException(ErrorCodes.Required, "请至少选择一项问责措施 / Choose at least one accountability action.", "actions");
        return new FindingConfirmed(Id, [.. actions.Distinct()], today);
    }

    public FindingDismissed Dismiss(string reason, DateOnly today)
    {
        Ensure(FindingStatus.Raised, FindingStatus.Acknowledged);
        return new FindingDismissed(Id, Require.Text(reason, "reason", 500), today);
    }

    public FindingResolved Resolve(string resolution, DateOnly today)
    {
        Ensure(FindingStatus.Confirmed);
        return new FindingResolved(Id, Require.Text(resolution, "resolution", 500), today);
    }

    public FindingReopened Reopen(string reason, DateOnly today)
    {
        Ensure(FindingStatus.Dismissed, FindingStatus.Resolved);
        return new FindingReopened(Id, Require.Text(reason, "reason", 500), today);
    }

    private void Ensure(params FindingStatus[] allowed)
    {
        if (!allowed.Contains(Status))
            throw new DomainException(ErrorCodes.FindingStatusInvalid,
                $"审计发现当前状态为 {Status}，不能执行此操作 / The finding is {Status}; this action needs {string.Join(" or ", allowed)}.",
                "findingId");
    }

    public static Finding? Evolve(Finding? state, object @event) => @event switch
    {
        FindingRaised e => new Finding(e.FindingId, e.RuleId, e.CaseId, FindingStatus.Raised,
            new AuditFinding(e.RuleId, e.RuleVersion, e.Severity, e.CaseId, e.CadreId, e.EvidenceVersions, e.DateJudged(), e.Explanation)),
        FindingRestated e => state! with
        {
            Status = e.Reopens ? FindingStatus.Raised : state.Status,
            Current = state.Current with { RuleVersion = e.RuleVersion, Severity = e.Severity, EvidenceVersions = e.EvidenceVersions, Explanation = e.Explanation, EffectiveOn = e.JudgedOn },
        },
        FindingCleared => state! with { Status = FindingStatus.Cleared },
        FindingAcknowledged => state! with { Status = FindingStatus.Acknowledged },
        FindingConfirmed => state! with { Status = FindingStatus.Confirmed },
        FindingDismissed => state! with { Status = FindingStatus.Dismissed },
        FindingResolved => state! with { Status = FindingStatus.Resolved },
        FindingReopened => state! with { Status = FindingStatus.Raised },
        _ => state,
    };
}
