using CaseLedger.Domain.Cases;
using CaseLedger.Domain.Promotions;

namespace CaseLedger.Domain.Audits.Rules;

/// <summary>
/// TL-PROBATION-1Y (条例 2014 Art 42; TY01 Arts 3, 7; TR08-PROBATION-1Y, TR08 Art 16): a trial appointment (试用任职) to a
/// leadership post, or of a 调任 appointee to any post, runs one year, counted from the trial-appointment notice, and ends
/// in an assessment before the formal appointment.
/// Judged once the appointment notice sets a probation:
/// <list type="bullet">
/// <item>a probation set shorter than a year: the notice's months, or a planned end before the notice's anniversary;</item>
/// <item>a formal appointment before the notice's anniversary (TY01 Art 3 counts from the notice, not from a later start);</item>
/// <item>a formal appointment with no passed assessment on record by then (the write side refuses one, so only an
/// imported or corrected history can show it);</item>
/// <item>when the case records a filing (备案), a submission later than one month before the notice (TY01 Art 3).</item>
/// </list>
/// Not judged, because the ledger cannot tell: whether a notice without probation should have set one (Art 42 lists
/// 工作部门副职 and 内设机构 posts, which a post's level and grade do not separate from posts a people's congress appoints);
/// whether a post needed filing when none is recorded (干部管理权限 are not in the ledger); an assessment overdue after
/// the year (that needs an evaluation date). Out of scope: elected posts (the Election channel or an ElectionCongress
/// decision), 聘任制 contract appointments (the contract sets the probation, PR-TERM), non-leadership posts other than a
/// 调任's, secondments.
/// </summary>
public sealed class ProbationOneYear : AuditRule
{
    public override string Id => "TL-PROBATION-1Y";

    public override string TitleChinese => "任职试用期为一年，自发出试用任职通知时计算，期满考核合格后正式任职";

    public override string TitleEnglish => "A trial appointment's probation is one year from the notice and ends in an assessment before formal appointment";

    public override Citation Citation => new("党政领导干部任职试用期暂行规定（2001）；党政领导干部选拔任用工作条例（2014）；公务员调任规定（试行）",
        "第三条、第七条；2014 版第四十二条；第十六条",
        "领导干部任职试用期为一年，从任免机关发出试用任职通知时计算。按干部管理权限，需要办理备案手续的，应在发出试用任职通知前一个月办理备案手续。" +
        "……试用期满后，经考核胜任现职的，正式任职。调任人员除由国家权力机关依法任命职务的以外，一般实行任职试用期制，试用期为一年。");

    public override AuditSeverity Severity => AuditSeverity.Violation;

    protected override IReadOnlyList<RuleVersion> Defaults { get; } =
    [
        new(1, new(2001, 2, 6), null,
            [new("probationMonths", 12, "试用期（月）/ probation in months"), new("filingLeadMonths", 1, "备案须早于试用任职通知的月数 / months a filing precedes the notice")],
            "试用期暂行规定 2001 起，条例 2014 第四十二条、调任规定（试行）2008 第十六条沿用 / from the 2001 provisions, kept by 条例 2014 Art 42 and the 2008 transfer provisions Art 16"),
    ];

    public override AuditFinding? Evaluate(CaseFile file)
    {
        var opened = file.Opened;
        var transfer = opened.Channel is CaseChannel.InboundTransfer or CaseChannel.PromotionalInboundTransfer;
        if (opened.Channel is CaseChannel.Election or CaseChannel.ContractAppointment || opened.ToPost is not { } post || !(PostLadder.Of(post).IsLeadership || transfer)
            || file.Find<CollectiveDecisionTaken>() is { Data.Body: DecisionBody.ElectionCongress }
            || file.Find<AppointmentNoticeIssued>() is not { Data.OnProbation: true } notice
            || VersionOn(notice.Entry.EffectiveOn) is not { } version)
            return null;
        var issued = notice.Entry.EffectiveOn;
        var months = version.Parameter("probationMonths");
        var yearEnds = issued.AddMonths(months);
        var problems = new List<(string Chinese, string English, long Version)>();

        if (notice.Data.ProbationMonths is { } set && set < months)
            problems.Add(($"试用期定为 {set} 个月，少于 {months} 个月", $"the probation was set at {set} months, less than {months}", notice.Entry.Version));
        if (file.Find<ProbationStarted>() is { } started && started.Data.PlannedEndOn < yearEnds)
            problems.Add(($"试用期计划于 {started.Data.PlannedEndOn:yyyy-MM-dd} 结束，早于通知满 {months} 个月之日 {yearEnds:yyyy-MM-dd}",
                $"the probation was planned to end {started.Data.PlannedEndOn:yyyy-MM-dd}, before {yearEnds:yyyy-MM-dd}, {months} months from the notice",
                started.Entry.Version));
        if (file.Find<FormallyAppointed>() is { } formal)
        {
            var on = formal.Entry.EffectiveOn;
            if (on < yearEnds)
                problems.Add(($"于 {on:yyyy-MM-dd} 正式任职，试用期未满（应不早于 {yearEnds:yyyy-MM-dd}）",
                    $"formally appointed on {on:yyyy-MM-dd}, before the probation ended on {yearEnds:yyyy-MM-dd}", formal.Entry.Version));
            if (file.Find<ProbationAssessed>() is not { Data.Passed: true } assessed || assessed.Entry.EffectiveOn > on)
                problems.Add(($"于 {on:yyyy-MM-dd} 正式任职前无试用期满考核合格记录", $"formally appointed on {on:yyyy-MM-dd} with no passed probation assessment on record",
                    formal.Entry.Version));
        }
        var fileBy = issued.AddMonths(-version.Parameter("filingLeadMonths"));
        if (file.Find<FilingSubmitted>() is { } filing && filing.Entry.EffectiveOn > fileBy)
            problems.Add(($"备案于 {filing.Entry.EffectiveOn:yyyy-MM-dd} 报送，晚于任职通知前一个月（应不晚于 {fileBy:yyyy-MM-dd}）",
                $"the filing was submitted on {filing.Entry.EffectiveOn:yyyy-MM-dd}, not a month before the notice (by {fileBy:yyyy-MM-dd})", filing.Entry.Version));
        if (problems.Count == 0)
            return null;

        return Found(file, version, issued, problems.Select(p => p.Version).Append(notice.Entry.Version),
            $"{file.CadreName} 试用任职{post.Title}（任职通知 {issued:yyyy-MM-dd}）：{string.Join("；", problems.Select(p => p.Chinese))}（{Cite}）。 / " +
            $"{file.CadreName}'s trial appointment as {post.Title} (notice of {issued:yyyy-MM-dd}): {string.Join("; ", problems.Select(p => p.English))} ({Cite}).");
    }
}
