using CaseLedger.Domain.Cases;

namespace CaseLedger.Domain.Audits.Rules;

/// <summary>
/// NX-PROMO-TRANSFER-APPROVAL: a 提拔调任, or a 调任 that breaks a condition (here: the age caps of
/// NX-AGE-TRANSFER-GRASSROOTS-45 and NX-AGE-RETRANSFER-55), is approved (报批) before the 调任 formalities — the appointment notice.
/// </summary>
public sealed class PromotionTransferApproval : AuditRule
{
    private static readonly AgeTransferGrassroots45 AgeCap = new();

    private static readonly AgeRetransfer55 RetransferAgeCap = new();

    public override string Id => "NX-PROMO-TRANSFER-APPROVAL";

    public override string TitleChinese => "提拔调任及突破调任资格条件的须报批后办理调任手续";

    public override string TitleEnglish => "A promotion transfer, or a transfer breaking a condition, is approved before the transfer formalities";

    public override Citation Citation => new("宁组发〔2016〕31号", "第四条第三款",
        "涉及提拔调任及其他突破《自治区公务员调任实施办法（试行）》资格条件的，必须按照干部管理和调任审批权限，经严格审核、履行报批手续后，办理调任手续。");

    public override AuditSeverity Severity => AuditSeverity.Violation;

    protected override IReadOnlyList<RuleVersion> Defaults { get; } =
    [
        new(1, new(2016, 10, 8), null, [], "宁组发〔2016〕31号印发之日起 / from the policy's print date"),
    ];

    public override AuditFinding? Evaluate(CaseFile file)
    {
        var opened = file.Opened;
        if (opened.Channel is not (CaseChannel.InboundTransfer or CaseChannel.PromotionalInboundTransfer)
            || file.Find<AppointmentNoticeIssued>() is not { } notice || VersionOn(notice.Entry.EffectiveOn) is not { } version)
            return null;
        var (zh, en) = file.Promotion is not null ? ("提拔调任", "promotion transfer (提拔调任)")
            : AgeCap.OverCap(file) is not null ? ("突破调任年龄条件", "transfer over the age cap")
            : RetransferAgeCap.OverCap(file) is not null ? ("突破重新调任年龄条件", "transfer back over the age cap") : (null, null);
        if (zh is null)
            return null;
        // Over an age cap only an age-exception approval is the 报批 the clause asks for; a promotion transfer takes any approval.
        var overCap = file.Promotion is null;
        var approval = file.Find<ApprovalGranted>();
        if (approval is { } granted && granted.Entry.EffectiveOn <= notice.Entry.EffectiveOn
            && (!overCap || granted.Data.Purpose == ApprovalPurpose.AgeException))
            return null;
        var on = notice.Entry.EffectiveOn;
        var evidence = approval is { } late ? new[] { notice.Entry.Version, late.Entry.Version } : [notice.Entry.Version];
        var (stateZh, stateEn) = approval is { } r && r.Entry.EffectiveOn <= notice.Entry.EffectiveOn
            ? ($"{r.Entry.EffectiveOn:yyyy-MM-dd} 的批准为常规审批，未记录年龄破格审批", $"the approval of {r.Entry.EffectiveOn:yyyy-MM-dd} is routine, not an age exception")
            : approval is { } a ? ($"批准于 {a.Entry.EffectiveOn:yyyy-MM-dd}，晚于任职通知", $"approved only on {a.Entry.EffectiveOn:yyyy-MM-dd}, after the notice")
            : ("未见报批同意记录", "no approval recorded");
        return Found(file, version, on, evidence,
            $"{zh}于 {on:yyyy-MM-dd} 下发任职通知，{stateZh}（{Cite}）。 / The {en} was completed by the appointment notice of {on:yyyy-MM-dd}; {stateEn} ({Cite}).");
    }
}
