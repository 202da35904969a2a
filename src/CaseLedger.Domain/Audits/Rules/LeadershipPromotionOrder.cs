using CaseLedger.Domain.Cases;
using CaseLedger.Domain.Promotions;

namespace CaseLedger.Domain.Audits.Rules;

/// <summary>
/// PROC-ORDER-LEADERSHIP-PROMOTION: a promotion to a leadership post follows 动议 → 民主推荐 → 考察 →
/// 讨论决定 → 公示 → 任职 (GWYF18 Art 46, 48), whatever route the promotion takes (the one model of promotion:
/// appointment, 调任, 转任, exchange, retention at the host, …), each channel with its own steps: 公开选拔、竞争上岗 select
/// by an examination (考试测评) instead of a democratic recommendation, so the examination is required of them in its
/// place; 聘任 and 考录 select by their own recruitment and need neither; a decision by a 书记办公会 or 圈阅 is no 讨论决定. Once the decision is taken, a missing 动议, 民主推荐 or 考察 is a
/// violation; once the appointment notice is issued, so is a missing 公示; and so is any step dated before
/// one that should precede it. Consent, a transfer qualification, the sending unit's opinion (TR08-PROCEDURE-ORDER), the
/// eligibility review (PROC-ELIGIBILITY-REVIEW), the appointment talk (TL-APPOINTMENT-TALK), approval and filing are judged by
/// their own rules, not by this order.
/// </summary>
public sealed class LeadershipPromotionOrder : AuditRule
{
    private static readonly ProcedureStep[] BeforeDecision = [ProcedureStep.Motion, ProcedureStep.MeetingRecommendation, ProcedureStep.Inspection];

    private static readonly ProcedureStep[] BeforeNotice = [.. BeforeDecision, ProcedureStep.CollectiveDecision, ProcedureStep.PublicNotice];

    public override string Id => "PROC-ORDER-LEADERSHIP-PROMOTION";

    public override string TitleChinese => "晋升领导职务按动议、民主推荐、考察、讨论决定、任职程序办理";

    public override string TitleEnglish => "Promotion to a leadership post follows the statutory step order";

    public override Citation Citation => Law2018;

    private static readonly Citation Law2018 = new("中华人民共和国公务员法（2018）", "第四十六条、第四十八条",
        "公务员晋升领导职务，按照下列程序办理：（一）动议；（二）民主推荐；（三）确定考察对象，组织考察；（四）按照管理权限讨论决定；（五）履行任职手续。");

    /// <summary>Before the 2018 law took effect (2019-06-01) the order came from the 2014 条例 alone.</summary>
    private static readonly Citation Regulation2014 = new("党政领导干部选拔任用工作条例（2014）", "第二章至第七章（动议、民主推荐、考察、讨论决定、任职）",
        "选拔任用党政领导干部，应当经过动议、民主推荐、考察、讨论决定、任职等程序（条例 2014 各章依次规定，规则目录转述）。");

    public override AuditSeverity Severity => AuditSeverity.Violation;

    protected override IReadOnlyList<RuleVersion> Defaults { get; } =
    [
        new(1, new(2014, 1, 14), new(2019, 5, 31), [], "条例 2014 / the 2014 regulation", Regulation2014),
        new(2, new(2019, 6, 1), null, [], "公务员法（2018 修订）2019-06-01 施行，第四十六条 / Civil Servant Law 2018 Art 46, in force 2019-06-01"),
    ];

    public override AuditFinding? Evaluate(CaseFile file)
    {
        if (file.Promotion is not { IsLeadershipPromotion: true } promotion)
            return null;
        var retained = promotion.Route == MoveRoute.RetentionAtHost;
        if ((retained ? promotion.Move.Recorded : file.Find<AppointmentNoticeIssued>()?.Entry ?? file.Find<CollectiveDecisionTaken>()?.Entry) is not { } judged
            || VersionOn(judged.EffectiveOn) is not { } version)
            return null;
        var post = promotion.To;
        var noticed = judged.Data is AppointmentNoticeIssued or SecondmentRetainedAtHost;
        // 公开选拔、竞争上岗 (and 聘任, 考录) select by examination, not by a democratic recommendation; a retention
        // has no public notice of its own in the ledger's steps, but it is decided collectively like any promotion.
        var mandatory = (noticed ? retained ? [.. BeforeDecision, ProcedureStep.CollectiveDecision] : BeforeNotice : BeforeDecision)
            .Select(m => m == ProcedureStep.MeetingRecommendation ? InsteadOfRecommendation(promotion.Route, file.Opened.Channel) : m)
            .OfType<ProcedureStep>().ToArray();

        var steps = file.Current.Select(e => (Entry: e, Step: ProcedureSteps.Of(e.Data)))
            .Where(s => s.Step is { } step && step is not (ProcedureStep.SendingUnitConsent or ProcedureStep.TransferQualification or ProcedureStep.SendingUnitOpinion
                or ProcedureStep.EligibilityReview or ProcedureStep.AppointmentTalk or ProcedureStep.ApprovalRequest or ProcedureStep.Approval or ProcedureStep.FilingSubmission or ProcedureStep.Filing))
            .Select(s => (s.Entry, Rank: Rank(s.Step!.Value), Step: s.Step!.Value)).ToList();
        // A decision by a 书记办公会 or 圈阅 is no 讨论决定 (TL-DECISION-COLLECTIVE): the step counts as missing.
        var present = steps.Where(s => s.Entry.Data is not CollectiveDecisionTaken { Body: var body } || Moves.IsCollectiveBody(body))
            .Select(s => Rank(s.Step)).ToHashSet();
        var missing = mandatory.Where(m => !present.Contains(Rank(m))).ToList();
        var inverted = steps.SelectMany(a => steps.Where(b => a.Rank < b.Rank && a.Entry.EffectiveOn > b.Entry.EffectiveOn).Select(b => (a, b))).ToList();
        if (missing.Count == 0 && inverted.Count == 0)
            return null;

        var zh = new List<string>();
        var en = new List<string>();
        if (missing.Count > 0)
        {
            zh.Add($"缺少{string.Join("、", missing.Select(m => Name(m).Chinese))}");
            en.Add($"missing {string.Join(", ", missing.Select(m => Name(m).English))}");
        }
        foreach (var (a, b) in inverted)
        {
            zh.Add($"{ProcedureSteps.Name(a.Step).Chinese}（{a.Entry.EffectiveOn:yyyy-MM-dd}）晚于{ProcedureSteps.Name(b.Step).Chinese}（{b.Entry.EffectiveOn:yyyy-MM-dd}）");
            en.Add($"{ProcedureSteps.Name(a.Step).English} ({a.Entry.EffectiveOn:yyyy-MM-dd}) after {ProcedureSteps.Name(b.Step).English} ({b.Entry.EffectiveOn:yyyy-MM-dd})");
        }
        var evidence = inverted.SelectMany(p => new[] { p.a.Entry.Version, p.b.Entry.Version }).Append(judged.Version);
        var (whenZh, whenEn) = noticed ? ("下发任职通知", "notice issued") : ("讨论决定", "decided");
        return Found(file, version, judged.EffectiveOn, evidence,
            $"提拔任{post.Title}于 {judged.EffectiveOn:yyyy-MM-dd} {whenZh}，程序不全或顺序颠倒：{string.Join("；", zh)}（{Cite}）。 / " +
            $"Promotion to {post.Title}, {whenEn} {judged.EffectiveOn:yyyy-MM-dd}: {string.Join("; ", en)} ({Cite}).");
    }

    /// <summary>
    /// What a channel requires where the canonical order has the democratic recommendation: the examination for 公开选拔、竞争上岗,
    /// nothing for 聘任 and 考录 (they recruit by their own procedure), the recommendation for every other channel.
    /// </summary>
    private static ProcedureStep? InsteadOfRecommendation(MoveRoute route, CaseChannel channel) => route switch
    {
        MoveRoute.CompetitiveSelection => ProcedureStep.Examination,
        MoveRoute.ContractAppointment => null,
        _ when channel == CaseChannel.ExamRecruitment => null,
        _ => ProcedureStep.MeetingRecommendation,
    };

    private static (string Chinese, string English) Name(ProcedureStep step) =>
        step == ProcedureStep.MeetingRecommendation ? ("民主推荐", "the democratic recommendation") : ProcedureSteps.Name(step);

    /// <summary>Canonical rank; the two kinds of recommendation share one rank (either order is allowed).</summary>
    private static int Rank(ProcedureStep step) => step == ProcedureStep.InterviewRecommendation ? (int)ProcedureStep.MeetingRecommendation : (int)step;
}
