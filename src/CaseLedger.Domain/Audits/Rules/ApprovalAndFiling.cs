using CaseLedger.Domain.Cases;

namespace CaseLedger.Domain.Audits.Rules;

/// <summary>
/// TL-APPROVAL-AND-FILING: a promotion reported to the upper Party committee for approval (报请审批) carries the
/// appointment approval form, the inspection material, the personal file, the meeting minutes and discussion record,
/// and the democratic recommendation (条例 2014 Art 39); and where approval is required, nothing takes effect before
/// it is granted. The attachments are recorded as text, so each required item is looked for by its key words.
/// A 调任 reports the TR08 Art 14 list instead (its own rule), so only the second part applies to it.
/// </summary>
public sealed class ApprovalAndFiling : AuditRule
{
    /// <summary>The items of Art 39, each with the words that name it in an attachment list.</summary>
    private static readonly (string Item, string English, string[] Words)[] Required =
    [
        ("干部任免审批表", "the appointment approval form", ["任免审批表"]),
        ("干部考察材料", "the inspection material", ["考察材料", "考察报告"]),
        ("本人档案", "the personal file", ["档案"]),
        ("党委（党组）会议纪要", "the meeting minutes", ["纪要"]),
        ("讨论记录", "the discussion record", ["讨论记录"]),
        ("民主推荐情况", "the democratic recommendation", ["民主推荐"]),
    ];

    public override string Id => "TL-APPROVAL-AND-FILING";

    public override string TitleChinese => "报上级审批须附齐材料，未经批准不得任职";

    public override string TitleEnglish => "An approval request carries the required material, and nothing takes effect before approval";

    public override Citation Citation => new("党政领导干部选拔任用工作条例（2014）", "第三十九条",
        "需要报上级党委（党组）审批的拟提拔任职的干部，必须呈报党委（党组）请示并附干部任免审批表、干部考察材料、本人档案和党委（党组）会议纪要、讨论记录、民主推荐情况等材料……");

    public override AuditSeverity Severity => AuditSeverity.Violation;

    protected override IReadOnlyList<RuleVersion> Defaults { get; } =
    [
        new(1, new(2014, 1, 14), null, [], "条例 2014 起 / from 条例 2014"),
    ];

    public override AuditFinding? Evaluate(CaseFile file)
    {
        if (file.Find<ApprovalRequested>() is not { } request || VersionOn(request.Entry.EffectiveOn) is not { } version)
            return null;
        var zh = new List<string>();
        var en = new List<string>();
        var evidence = new List<long> { request.Entry.Version };

        if (file.Opened.Channel is not (CaseChannel.InboundTransfer or CaseChannel.PromotionalInboundTransfer))
        {
            var missing = Required.Where(r => !request.Data.Attachments.Any(a => r.Words.Any(a.Contains))).ToList();
            if (missing.Count > 0)
            {
                zh.Add($"{request.Entry.EffectiveOn:yyyy-MM-dd} 报请{request.Data.Authority}审批，缺{string.Join("、", missing.Select(m => m.Item))}");
                en.Add($"the request to {request.Data.Authority} of {request.Entry.EffectiveOn:yyyy-MM-dd} lacks {string.Join(", ", missing.Select(m => m.English))}");
            }
        }

        var granted = file.Find<ApprovalGranted>();
        if (file.Find<AppointmentNoticeIssued>() is { } notice && (granted is null || notice.Entry.EffectiveOn < granted.Value.Entry.EffectiveOn))
        {
            evidence.Add(notice.Entry.Version);
            if (granted is { } g)
            {
                evidence.Add(g.Entry.Version);
                zh.Add($"任职通知 {notice.Entry.EffectiveOn:yyyy-MM-dd} 下发，早于 {g.Entry.EffectiveOn:yyyy-MM-dd} 的批准");
                en.Add($"the appointment notice of {notice.Entry.EffectiveOn:yyyy-MM-dd} came before the approval of {g.Entry.EffectiveOn:yyyy-MM-dd}");
            }
            else
            {
                zh.Add($"任职通知 {notice.Entry.EffectiveOn:yyyy-MM-dd} 下发，未记录批准");
                en.Add($"the appointment notice was issued on {notice.Entry.EffectiveOn:yyyy-MM-dd} with no approval recorded");
            }
        }

        return zh.Count == 0 ? null
            : Found(file, version, request.Entry.EffectiveOn, evidence,
                $"{string.Join("；", zh)}（{Cite}）。 / {string.Join("; ", en)} ({Cite}).");
    }
}
