using CaseLedger.Domain.Cases;

namespace CaseLedger.Domain.Audits.Rules;

/// <summary>
/// NX-PROMO-TRANSFER-ELIGIBILITY: a 提拔调任 (the channel, or a 调任 whose post ranks above the one held) is
/// allowed only to a cadre who obtained the qualification for that post in a competitive selection
/// (公开选拔、公推比选、竞争上岗…) or a leadership-team re-election (换届). The evidence is the transfer case's
/// own qualification step (<see cref="TransferQualificationRecorded"/>: route, document, date), recorded no
/// later than the collective decision. Why not the cadre's other cases: a selection or election case in this
/// ledger is itself the move into the post, so one that took effect would leave nothing to transfer, and the
/// selections a transfer draws on (a 公开选拔 with many candidates, a 换届) are run outside the cadre's cases;
/// the supervisor checks the document the organisation department relied on, so the case names it.
/// </summary>
public sealed class PromotionTransferEligibility : AuditRule
{
    public override string Id => "NX-PROMO-TRANSFER-ELIGIBILITY";

    public override string TitleChinese => "提拔调任须在竞争性选拔或领导班子换届中取得拟调任职务任职资格";

    public override string TitleEnglish => "A promotion transfer needs the post's qualification from a competitive selection or a re-election";

    public override Citation Citation => new("宁组发〔2016〕31号", "第四条第三款",
        "对因工作特殊需要，调任人员在公开选拔、公推比选、竞争上岗等竞争性选拔以及领导班子换届中，取得拟调任职务任职资格的，可以提拔调任。");

    public override AuditSeverity Severity => AuditSeverity.Violation;

    protected override IReadOnlyList<RuleVersion> Defaults { get; } =
    [
        new(1, new(2016, 10, 8), null, [], "宁组发〔2016〕31号印发之日起 / from the policy's print date"),
    ];

    public override AuditFinding? Evaluate(CaseFile file)
    {
        var opened = file.Opened;
        if (opened.Channel is not (CaseChannel.InboundTransfer or CaseChannel.PromotionalInboundTransfer)
            || opened.ToPost is not { } post
            || file.Promotion is null
            || file.Find<CollectiveDecisionTaken>() is not { } decision
            || VersionOn(decision.Entry.EffectiveOn) is not { } version)
            return null;

        var decidedOn = decision.Entry.EffectiveOn;
        var qualification = file.Find<TransferQualificationRecorded>();
        if (qualification is { } q && q.Entry.EffectiveOn <= decidedOn)
            return null;
        var unit = file.UnitOn(post.UnitId, decidedOn)?.Name ?? "";
        var (stateZh, stateEn) = qualification is { } late
            ? ($"任职资格（{late.Data.Reference}）于 {late.Entry.EffectiveOn:yyyy-MM-dd} 才取得，晚于决定",
                $"the qualification ({late.Data.Reference}) dates only from {late.Entry.EffectiveOn:yyyy-MM-dd}, after the decision")
            : ("未见其在竞争性选拔或领导班子换届中取得该职务任职资格的记录", "no qualification from a competitive selection or re-election is recorded");
        var evidence = qualification is { } l ? new[] { decision.Entry.Version, l.Entry.Version } : [decision.Entry.Version];
        return Found(file, version, decidedOn, evidence,
            $"提拔调任{file.CadreName}为{unit}{post.Title}于 {decidedOn:yyyy-MM-dd} 集体讨论决定，{stateZh}（{Cite}）。 / " +
            $"Promotion transfer of {file.CadreName} to {post.Title} in {unit} decided {decidedOn:yyyy-MM-dd}; {stateEn} ({Cite}).");
    }
}
