using CaseLedger.Domain.Cases;

namespace CaseLedger.Domain.Audits.Rules;

/// <summary>
/// NX-FILING-TIMELY: a matter the upper organisation (personnel) department must approve (审批) or have on file (备案) is
/// reported promptly after the collective decision. The text gives no number of days, so <c>filingDays</c> (default 30)
/// is configuration and a finding is for review, never a violation of a fixed deadline (domain README, "What supervisors
/// audit"). Which cases must be reported, from what the ledger holds: every 调任 (TR08 Art 9 step 7 报批或者备案, Art 14),
/// and any case that records an approval request or a filing submission (its organisation treated it as one). Judged
/// against the case's own dates, never the clock: the first report (ApprovalRequested or FilingSubmitted) dated more than
/// <c>filingDays</c> after the decision; or no report while a later step (e.g. the appointment notice) is already dated
/// past that window. A case whose recorded steps all fall inside the window is not judged yet.
/// </summary>
public sealed class FilingTimely : AuditRule
{
    public override string Id => "NX-FILING-TIMELY";

    public override string TitleChinese => "需上级组织（人事）部门审批、备案的事项要及时上报";

    public override string TitleEnglish => "Matters needing the upper authority's approval or filing are reported promptly";

    public override Citation Citation => new("宁组发〔2016〕31号", "第六条",
        "对需要上级组织（人事）部门审批、备案的事项，要及时上报审批备案。");

    public override AuditSeverity Severity => AuditSeverity.NeedsReview;

    protected override IReadOnlyList<RuleVersion> Defaults { get; } =
    [
        new(1, new(2016, 10, 8), null,
            [new("filingDays", 30, "讨论决定后报请审批或报送备案的期限（日）/ days from the decision to the approval request or filing",
                "原文只要求“及时上报”，未规定天数；30 日为默认值，可由部署设定 / The text says only 'promptly' and sets no number of days; 30 is a default the deployment may set.")],
            "宁组发〔2016〕31号印发之日起 / from the policy's print date"),
    ];

    public override AuditFinding? Evaluate(CaseFile file)
    {
        if (file.Find<CollectiveDecisionTaken>() is not { } decision || VersionOn(decision.Entry.EffectiveOn) is not { } version)
            return null;
        var decided = decision.Entry.EffectiveOn;
        var days = version.Parameter("filingDays");
        var deadline = decided.AddDays(days);
        var report = file.Current.Where(e => e.Data is ApprovalRequested or FilingSubmitted).MinBy(e => e.EffectiveOn);
        var window = $"（期限 {days} 日为可配置参数，原文只要求“及时”，请复核；{Cite}）";
        var windowEn = $"(the {days}-day window is configuration: the text says only 'promptly'; review; {Cite})";

        if (report is { } made)
        {
            if (made.EffectiveOn <= deadline)
                return null;
            var (zh, en) = made.Data is ApprovalRequested ? ("报请审批", "approval request") : ("报送备案", "filing submission");
            var late = made.EffectiveOn.DayNumber - decided.DayNumber;
            return Found(file, version, decided, [decision.Entry.Version, made.Version],
                $"{decided:yyyy-MM-dd} 讨论决定后，{made.EffectiveOn:yyyy-MM-dd} 才{zh}，相隔 {late} 日，超过 {days} 日{window}。 / " +
                $"Decided {decided:yyyy-MM-dd}; the {en} came only on {made.EffectiveOn:yyyy-MM-dd}, {late} days later, beyond {days} days {windowEn}.");
        }

        var channel = file.Opened.Channel;
        if (channel is not (CaseChannel.InboundTransfer or CaseChannel.PromotionalInboundTransfer)
            || file.Current.Where(e => ProcedureSteps.Of(e.Data) is not null && e.EffectiveOn > deadline).MinBy(e => e.EffectiveOn) is not { } later)
            return null;
        var (stepZh, stepEn) = ProcedureSteps.Name(ProcedureSteps.Of(later.Data)!.Value);
        return Found(file, version, decided, [decision.Entry.Version, later.Version],
            $"调任须报批或备案：{decided:yyyy-MM-dd} 讨论决定后，至{stepZh}（{later.EffectiveOn:yyyy-MM-dd}）仍未报请审批或报送备案，已超过 {days} 日{window}。 / " +
            $"A 调任 is approved or filed: decided {decided:yyyy-MM-dd}, and by {stepEn} on {later.EffectiveOn:yyyy-MM-dd} no approval request " +
            $"or filing had been made, more than {days} days on {windowEn}.");
    }
}
