using CaseLedger.Domain.Audits.Calendar;
using CaseLedger.Domain.Cases;

namespace CaseLedger.Domain.Audits.Rules;

/// <summary>
/// TL-PUBLICITY-5WD: the pre-appointment public notice lasts at least five working days (official
/// calendar with 调休) and runs after the decision. Fewer than five calendar days is a violation in any
/// calendar; a notice whose known working days already reach five is compliant even when it spans a year the
/// calendar does not cover; otherwise such a year makes the finding "needs review", never a guess.
/// </summary>
public sealed class PublicNoticeFiveWorkingDays : AuditRule
{
    public override string Id => "TL-PUBLICITY-5WD";

    public override string TitleChinese => "任前公示期不少于五个工作日";

    public override string TitleEnglish => "The pre-appointment public notice lasts at least five working days";

    public override Citation Citation => new("党政领导干部选拔任用工作条例", "2014 版第四十一条",
        "在党委（党组）讨论决定后、下发任职通知前，应当在一定范围内进行公示……公示期不少于五个工作日。");

    public override AuditSeverity Severity => AuditSeverity.Violation;

    protected override IReadOnlyList<RuleVersion> Defaults { get; } =
    [
        new(1, new(2014, 1, 14), null, [new("minWorkingDays", 5, "公示最少工作日 / minimum working days")], "条例 2014 起 / from 条例 2014"),
    ];

    public override AuditFinding? Evaluate(CaseFile file)
    {
        if (file.Find<PublicNoticeGiven>() is not { } notice || VersionOn(notice.Data.StartOn) is not { } version)
            return null;
        var n = notice.Data;
        var min = version.Parameter("minWorkingDays");
        var evidence = new List<long> { notice.Entry.Version };
        if (file.Find<CollectiveDecisionTaken>() is { } decision && n.StartOn < decision.Entry.EffectiveOn)
        {
            evidence.Add(decision.Entry.Version);
            return Found(file, version, n.StartOn, evidence,
                $"公示于 {n.StartOn:yyyy-MM-dd} 开始，早于 {decision.Entry.EffectiveOn:yyyy-MM-dd} 的讨论决定（{Cite}）。 / " +
                $"The public notice started {n.StartOn:yyyy-MM-dd}, before the decision of {decision.Entry.EffectiveOn:yyyy-MM-dd} ({Cite}).");
        }

        var calendarDays = n.EndOn.DayNumber - n.StartOn.DayNumber + 1;
        var count = OfficialCalendar.Count(n.StartOn, n.EndOn);
        if (count.Reaches(min))
            return null;
        int? workingDays = count.Exact ? count.Known : null;
        if (workingDays is null && calendarDays >= min)
            return Found(file, version, n.StartOn, evidence,
                $"公示 {n.StartOn:yyyy-MM-dd} 至 {n.EndOn:yyyy-MM-dd}：官方节假日安排未收录该年度，无法计算工作日，请人工复核（{Cite}）。 / " +
                $"Public notice {n.StartOn:yyyy-MM-dd} to {n.EndOn:yyyy-MM-dd}: the official holiday calendar does not cover that year, " +
                $"so working days cannot be counted; review by hand ({Cite}).", AuditSeverity.NeedsReview);
        var counted = workingDays ?? calendarDays;
        var (zh, en) = workingDays is null ? ($"仅 {calendarDays} 个自然日", $"only {calendarDays} calendar days") : ($"仅 {counted} 个工作日", $"only {counted} working days");
        return Found(file, version, n.StartOn, evidence,
            $"公示 {n.StartOn:yyyy-MM-dd} 至 {n.EndOn:yyyy-MM-dd}，{zh}，少于 {min} 个工作日（{Cite}）。 / " +
            $"Public notice {n.StartOn:yyyy-MM-dd} to {n.EndOn:yyyy-MM-dd}: {en}, fewer than {min} working days ({Cite}).");
    }
}
