using CaseLedger.Domain.Cases;
using CaseLedger.Domain.Promotions;

namespace CaseLedger.Domain.Audits.Rules;

/// <summary>
/// PROC-ELIGIBILITY-REVIEW: the candidate of a 调任 must meet "拟任职位所要求的资格条件" (GWYF18 Art 70 [P]; before 2019-06-01,
/// TR08 Art 6 [S]) and a promotion the post's qualifications (GWYF18 Art 45 [P], catalogue §2.5), so a case that goes on to
/// its decision or appointment after a 资格审查 recorded as not passed is a violation (a review corrected to passed counts
/// as passed). The review as a step of its own, and its place before the examination and the inspection, come from the
/// competitive-selection procedure of 条例 2019 ch. 6 and the order of TR08 Art 9 (qualifications are fixed before the
/// candidate is inspected), neither quoted in the catalogue: so a decided 调任 or 公开选拔/竞争上岗 with no review
/// recorded, or a review dated after the examination, the inspection or the decision, is only *needs review*. Conservative
/// reading where the catalogue is silent: only those two channels must record a review (遴选, 转任 and internal promotion
/// are judged only when they record one), and nothing is judged before the collective decision.
/// </summary>
public sealed class EligibilityReview : AuditRule
{
    public override string Id => "PROC-ELIGIBILITY-REVIEW";

    public override string TitleChinese => "调任、竞争性选拔须经资格审查，资格审查未通过者不得任用";

    public override string TitleEnglish => "A 调任 or competitive selection reviews the candidate's eligibility first, and an ineligible candidate is not appointed";

    public override Citation Citation => new("中华人民共和国公务员法（2018）", "第七十条、第四十五条",
        "调任人选应当具备本法第十三条规定的条件和拟任职位所要求的资格条件……（第四十五条：晋升领导职务应当具备拟任职务所要求的条件和资格，见规则目录 §2.5 转述；" +
        "资格审查作为程序步骤及其先于考试、考察的顺序，出自条例 2019 第六章竞争性选拔，条款号与原文未核实）");

    public override AuditSeverity Severity => AuditSeverity.Violation;

    protected override IReadOnlyList<RuleVersion> Defaults { get; } =
    [
        new(1, new(2008, 1, 1), new(2019, 5, 31), [],
            "公务员调任规定（试行）2008 第六条（印发日期未核实，取年初）至 2018 年公务员法施行前 / TR08 Art 6 (2008; the exact date unverified, the year's start is used) until the 2018 law took effect",
            new("公务员调任规定（试行）（中组发〔2008〕6号）", "第六条",
                "（三）具备公务员法及其配套法规规定的晋升至拟任职务累计所需的最低工作年限……（调任人选的资格条件；资格审查作为程序步骤，条款号与原文未核实）")),
        new(2, new(2019, 6, 1), null, [], "2018 年公务员法施行起 / from the 2018 Civil Servant Law (in force 2019-06-01)"),
    ];

    public override AuditFinding? Evaluate(CaseFile file)
    {
        if (file.Move is not { Decision: { } decision } move)
            return null;
        var judged = file.Find<AppointmentNoticeIssued>()?.Entry ?? decision;
        if (VersionOn(judged.EffectiveOn) is not { } version)
            return null;
        var review = file.Find<EligibilityReviewed>();
        var required = move.Route is MoveRoute.InboundTransfer or MoveRoute.CompetitiveSelection;
        if (review is not { } r)
        {
            if (!required)
                return null;
            return Found(file, version, judged.EffectiveOn, [judged.Version],
                $"{Channel(move)}{file.CadreName}任{move.To.Title}于 {judged.EffectiveOn:yyyy-MM-dd} {When(judged).Zh}，未记录资格审查（{Cite}）。 / " +
                $"{ChannelEn(move)} of {file.CadreName} to {move.To.Title}, {When(judged).En} {judged.EffectiveOn:yyyy-MM-dd}: no eligibility review (EligibilityReviewed) is recorded ({Cite}).",
                AuditSeverity.NeedsReview);
        }

        // Went ahead after the review found the cadre ineligible (a decision taken before it may still be stopped).
        if (!r.Data.Passed && judged.EffectiveOn >= r.Entry.EffectiveOn)
            return Found(file, version, judged.EffectiveOn, [r.Entry.Version, judged.Version],
                $"资格审查（{r.Data.ReviewedBy}，{r.Entry.EffectiveOn:yyyy-MM-dd}，审查{string.Join("、", r.Data.Checked)}）结论为不符合资格条件，" +
                $"{file.CadreName}仍于 {judged.EffectiveOn:yyyy-MM-dd} {When(judged).Zh}任{move.To.Title}（{Cite}）。 / " +
                $"The eligibility review ({r.Data.ReviewedBy}, {r.Entry.EffectiveOn:yyyy-MM-dd}, checking {string.Join(", ", r.Data.Checked)}) found {file.CadreName} " +
                $"ineligible, yet the move to {move.To.Title} was {When(judged).En} {judged.EffectiveOn:yyyy-MM-dd} ({Cite}).");

        // The review comes before the steps that rely on it: the examination, the inspection, the decision.
        var later = new (CaseFileEvent? Entry, string Zh, string En)[]
            {
                (file.Find<ExaminationHeld>()?.Entry, "考试测评", "the examination"),
                (file.Find<InspectionCompleted>()?.Entry, "考察", "the inspection"),
                (decision, "讨论决定", "the decision"),
            }
            .Where(s => s.Entry is { } e && e.EffectiveOn < r.Entry.EffectiveOn).ToList();
        if (later.Count == 0)
            return null;
        return Found(file, version, judged.EffectiveOn, later.Select(s => s.Entry!.Version).Append(r.Entry.Version),
            $"资格审查（{r.Entry.EffectiveOn:yyyy-MM-dd}）晚于{string.Join("、", later.Select(s => $"{s.Zh}（{s.Entry!.EffectiveOn:yyyy-MM-dd}）"))}，应在其前进行（{Cite}）。 / " +
            $"The eligibility review ({r.Entry.EffectiveOn:yyyy-MM-dd}) is dated after {string.Join(", ", later.Select(s => $"{s.En} ({s.Entry!.EffectiveOn:yyyy-MM-dd})"))}, " +
            $"which it should precede ({Cite}).",
            AuditSeverity.NeedsReview);
    }

    private static (string Zh, string En) When(CaseFileEvent judged) =>
        judged.Data is AppointmentNoticeIssued ? ("下发任职通知", "notice issued") : ("讨论决定", "decided");

    private static string Channel(Move move) => move.Route == MoveRoute.InboundTransfer ? "调任" : move.Route == MoveRoute.CompetitiveSelection ? "竞争性选拔" : "任用";

    private static string ChannelEn(Move move) => move.Route == MoveRoute.InboundTransfer ? "调任" : move.Route == MoveRoute.CompetitiveSelection ? "Competitive selection" : "Move";
}
