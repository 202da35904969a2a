using CaseLedger.Domain.Cases;
using CaseLedger.Domain.Promotions;

namespace CaseLedger.Domain.Audits.Rules;

/// <summary>
/// TR08-PROCEDURE-ORDER: a 调任 (and 提拔调任) follows its own eight steps in order (公务员调任规定（试行） Art 9): the post and
/// the candidate (the ledger's 动议) → 征求调出单位意见 → 考察 → 集体讨论决定 → 公示 → 报批或者备案 → 调动、任职手续 (the
/// appointment notice). Once the decision is taken, a missing 动议, sending unit's opinion or inspection is a violation; once
/// the appointment notice is issued, so is a missing valid decision (not a 书记办公会 or 圈阅), public notice, or granted
/// approval / accepted filing; and so is any step dated before one that should precede it. Judged for decisions under the
/// 2008 text; the 2019 revision's procedure article was not retrieved (catalogue §0.3), so later 调任 are left to the
/// general rules (PROC-ORDER-LEADERSHIP-PROMOTION, TL-APPROVAL-AND-FILING) rather than judged by a text that may have changed.
/// </summary>
public sealed class TransferProcedureOrder : AuditRule
{
    /// <summary>The steps in Art 9's order; the approval stands for 报批或者备案 (a granted approval or an accepted filing).</summary>
    private static readonly ProcedureStep[] Sequence =
    [
        ProcedureStep.Motion, ProcedureStep.SendingUnitOpinion, ProcedureStep.Inspection, ProcedureStep.CollectiveDecision,
        ProcedureStep.PublicNotice, ProcedureStep.Approval, ProcedureStep.AppointmentNotice,
    ];

    private const int BeforeDecision = 3;

    private const int BeforeNotice = 6;

    public override string Id => "TR08-PROCEDURE-ORDER";

    public override string TitleChinese => "调任按确定职位、提出人选、征求调出单位意见、考察、集体讨论决定、公示、报批或备案、办理手续的程序进行";

    public override string TitleEnglish => "A 调任 follows its eight statutory steps in order";

    public override Citation Citation => new("公务员调任规定（试行）（中组发〔2008〕6号）", "第九条",
        "调任按照以下程序进行：（一）根据工作需要确定调任职位及调任条件；（二）提出调任人选；（三）征求调出单位意见；（四）组织考察；（五）集体讨论决定；（六）调任公示；（七）报批或者备案；（八）办理调动、任职和公务员登记手续。");

    public override AuditSeverity Severity => AuditSeverity.Violation;

    protected override IReadOnlyList<RuleVersion> Defaults { get; } =
    [
        new(1, new(2008, 1, 1), new(2019, 11, 25), [],
            "公务员调任规定（试行）2008 第九条（印发日期未核实，取年初）；2019 年修订本的程序条文未检索到，之后不据此判断 / " +
            "TR08 Art 9 (2008; the exact date unverified, the year's start is used); the 2019 revision's procedure article was not retrieved, so later decisions are not judged by it"),
    ];

    public override AuditFinding? Evaluate(CaseFile file)
    {
        if (file.Move is not { Route: MoveRoute.InboundTransfer } move
            || (file.Find<AppointmentNoticeIssued>()?.Entry ?? move.Decision) is not { } judged
            || VersionOn(judged.EffectiveOn) is not { } version)
            return null;
        var noticed = judged.Data is AppointmentNoticeIssued;
        var steps = file.Current.Select(e => (Entry: e, Rank: RankOf(e.Data))).Where(s => s.Rank >= 0).ToList();
        var present = steps.Select(s => s.Rank).ToHashSet();
        var missing = Enumerable.Range(0, noticed ? BeforeNotice : BeforeDecision).Where(rank => !present.Contains(rank)).ToList();
        var inverted = steps.SelectMany(a => steps.Where(b => a.Rank < b.Rank && a.Entry.EffectiveOn > b.Entry.EffectiveOn).Select(b => (a, b))).ToList();
        if (missing.Count == 0 && inverted.Count == 0)
            return null;

        var zh = new List<string>();
        var en = new List<string>();
        if (missing.Count > 0)
        {
            zh.Add($"缺少{string.Join("、", missing.Select(r => Name(r).Chinese))}");
            en.Add($"missing {string.Join(", ", missing.Select(r => Name(r).English))}");
        }
        foreach (var (a, b) in inverted)
        {
            zh.Add($"{Name(a.Rank).Chinese}（{a.Entry.EffectiveOn:yyyy-MM-dd}）晚于{Name(b.Rank).Chinese}（{b.Entry.EffectiveOn:yyyy-MM-dd}）");
            en.Add($"{Name(a.Rank).English} ({a.Entry.EffectiveOn:yyyy-MM-dd}) after {Name(b.Rank).English} ({b.Entry.EffectiveOn:yyyy-MM-dd})");
        }
        var (whenZh, whenEn) = noticed ? ("下发任职通知", "notice issued") : ("讨论决定", "decided");
        return Found(file, version, judged.EffectiveOn, inverted.SelectMany(p => new[] { p.a.Entry.Version, p.b.Entry.Version }).Append(judged.Version),
            $"调任{file.CadreName}任{move.To.Title}于 {judged.EffectiveOn:yyyy-MM-dd} {whenZh}，程序不全或顺序颠倒：{string.Join("；", zh)}（{Cite}）。 / " +
            $"调任 of {file.CadreName} to {move.To.Title}, {whenEn} {judged.EffectiveOn:yyyy-MM-dd}: {string.Join("; ", en)} ({Cite}).");
    }

    /// <summary>
    /// Where a recorded step stands in Art 9's order, or −1 for a step outside it (a refused approval, a 书记办公会's decision —
    /// no 集体讨论决定 — and the other steps).
    /// </summary>
    private static int RankOf(object data) => data switch
    {
        CollectiveDecisionTaken { Body: var body } when !Moves.IsCollectiveBody(body) => -1,
        ApprovalRefused or ApprovalRequested or FilingSubmitted => -1,
        FilingAccepted => Array.IndexOf(Sequence, ProcedureStep.Approval),
        _ => ProcedureSteps.Of(data) is { } step ? Array.IndexOf(Sequence, step) : -1,
    };

    private static (string Chinese, string English) Name(int rank) => Sequence[rank] switch
    {
        ProcedureStep.Motion => ("确定调任职位和人选（动议）", "the motion naming the post and candidate"),
        ProcedureStep.CollectiveDecision => ("集体讨论决定", "a collective decision"),
        ProcedureStep.Approval => ("报批或备案", "the approval or filing"),
        var step => ProcedureSteps.Name(step),
    };
}
