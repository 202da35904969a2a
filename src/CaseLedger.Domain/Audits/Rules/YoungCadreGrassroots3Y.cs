using CaseLedger.Domain.Cases;
using CaseLedger.Domain.Promotions;
using CaseLedger.Domain.Shared;

namespace CaseLedger.Domain.Audits.Rules;

/// <summary>
/// NX-YOUNG-CADRE-GRASSROOTS-3Y: a young cadre promoted by this case, with no leadership post in a
/// grassroots unit (基层: county and below) before, is posted to grassroots front-line work (a post or a
/// secondment in a grassroots unit) within 3 years of taking up the post. A deadline rule: judged on
/// <see cref="CaseFile.AsOf"/>, it warns (needs review) from the deadline − warningMonths and finds a
/// violation once the deadline has passed with no such posting. A cadre who left service by the deadline owes none.
/// </summary>
public sealed class YoungCadreGrassroots3Y : AuditRule, IDeadlineRule
{
    private const string YoungNote = "政策未界定“年轻干部”的年龄 / the policy does not define 年轻干部: set the age limit by deployment";

    public override string Id => "NX-YOUNG-CADRE-GRASSROOTS-3Y";

    public override string TitleChinese => "新提拔的年轻干部没有基层领导工作经历的，任职后3年内安排到基层一线任职锻炼";

    public override string TitleEnglish => "A newly promoted young cadre without grassroots leadership experience is posted to grassroots front-line work within 3 years";

    public override Citation Citation => new("宁组发〔2016〕31号", "第五条第二款",
        "对新提拔的年轻干部中没有基层领导工作经历的，要在任职后3年内，安排到基层一线任职锻炼。");

    public override AuditSeverity Severity => AuditSeverity.Violation;

    protected override IReadOnlyList<RuleVersion> Defaults { get; } =
    [
        new(1, new(2016, 10, 8), null,
        [
            new("years", 3, "任职后安排到基层的期限（年）/ years after taking up the post"),
            new("warningMonths", 6, "期限届满前提示复核的月数 / months before the deadline a warning is raised",
                "政策未规定提前提示 / the policy sets no warning: an operational choice"),
            new("youngMaxAgeSection", 35, "乡科级年轻干部年龄上限（周岁）/ age limit of a young cadre promoted to a section-level post", YoungNote),
            new("youngMaxAgeCounty", 40, "县处级年轻干部年龄上限（周岁）/ age limit of a young cadre promoted to a county-level post", YoungNote),
            new("youngMaxAgeDepartmental", 45, "厅局级年轻干部年龄上限（周岁）/ age limit of a young cadre promoted to a department-level post", YoungNote),
        ], "宁组发〔2016〕31号印发之日起 / from the policy's print date"),
    ];

    public override AuditFinding? Evaluate(CaseFile file)
    {
        if (file.AsOf is not { } today || Promoted(file) is not (var index, var promoted) || VersionOn(promoted.From) is not { } version
            || YoungMaxAge(version, PostLadder.Of(promoted.Post).Band) is not { } maxAge)
            return null;
        var takenUp = promoted.From;
        var age = file.AgeOn(takenUp);
        if (age > maxAge || CareerMeasures.IsGrassroots(file, promoted.Post.UnitId, promoted.From)
            || file.Career.Take(index).Any(s => PostLadder.Of(s.Post).IsLeadership && s.From < takenUp && CareerMeasures.IsGrassroots(file, s.Post.UnitId, s.From)))
            return null;

        var deadline = takenUp.AddYears(version.Parameter("years"));
        var posting = GrassrootsPostings(file, index, takenUp).OrderBy(p => p.From).Cast<(DateOnly From, string Unit)?>().FirstOrDefault();
        if (posting is { } onTime && onTime.From <= deadline)
            return null;
        // The obligation runs while the cadre serves: one who left service by the deadline owes no posting.
        if (file.LeftServiceOn is { } left && left <= deadline)
            return null;
        var overdue = today > deadline;
        if (!overdue && today < deadline.AddMonths(-version.Parameter("warningMonths")))
            return null;

        var unit = file.UnitOn(promoted.Post.UnitId, promoted.From)?.Name ?? "";
        var (stateZh, stateEn) = posting is { } late
            ? ($"至 {late.From:yyyy-MM-dd} 才安排到{late.Unit}", $"posted to {late.Unit} only on {late.From:yyyy-MM-dd}")
            : ("未见到基层任职或挂职记录", "no grassroots post or secondment recorded");
        var (headZh, headEn) = overdue
            ? ($"期限 {deadline:yyyy-MM-dd} 已过，{stateZh}", $"the deadline {deadline:yyyy-MM-dd} has passed: {stateEn}")
            : ($"期限 {deadline:yyyy-MM-dd} 将至（截至 {today:yyyy-MM-dd}），{stateZh}", $"the deadline {deadline:yyyy-MM-dd} is near (as of {today:yyyy-MM-dd}): {stateEn}");
        return Found(file, version, takenUp, Evidence(file),
            $"{file.CadreName}（{file.BirthDate:yyyy-MM-dd} 出生）于 {takenUp:yyyy-MM-dd} 提拔任{unit}{promoted.Post.Title}，时年 {age} 周岁（年轻干部上限 {maxAge} 周岁），" +
            $"此前无基层领导工作经历；应在任职后 {version.Parameter("years")} 年内安排到基层一线任职锻炼，{headZh}（{Cite}）。 / " +
            $"{file.CadreName} (born {file.BirthDate:yyyy-MM-dd}) was promoted to {promoted.Post.Title} of {unit} on {takenUp:yyyy-MM-dd}, aged {age} " +
            $"(young-cadre limit {maxAge}), with no grassroots leadership experience; a grassroots front-line posting is due within " +
            $"{version.Parameter("years")} years, and {headEn} ({Cite}).",
            overdue ? AuditSeverity.Violation : AuditSeverity.NeedsReview);
    }

    /// <summary>
    /// The judgement of a case whose post was taken up on day p changes on p + years − warningMonths (warning)
    /// and on p + years + 1 day (violation): the taking-up days whose turn falls after <paramref name="lastJudged"/>
    /// and on or before <paramref name="today"/>, with a few days' margin for month ends and leap days.
    /// </summary>
    public IReadOnlyList<DateRange> TakingUpDaysTurningBetween(DateOnly? lastJudged, DateOnly today)
    {
        const int Margin = 3;
        var ranges = new List<DateRange>();
        foreach (var version in Versions)
        {
            var years = version.Parameter("years");
            var months = version.Parameter("warningMonths");
            var after = lastJudged ?? DateOnly.MinValue.AddYears(years + 1);
            ranges.Add(new(after.AddYears(-years).AddDays(-1 - Margin), today.AddYears(-years).AddDays(Margin)));
            ranges.Add(new(after.AddYears(-years).AddMonths(months).AddDays(-Margin), today.AddYears(-years).AddMonths(months).AddDays(Margin)));
        }
        return ranges;
    }

    /// <summary>The post this case took the cadre to, when the case is a 提拔 (the one model of promotion), and its place in the career.</summary>
    private static (int Index, CareerSpell Spell)? Promoted(CaseFile file)
    {
        if (file.Promotion is not { IsLeadershipPromotion: true })
            return null;
        for (var i = 0; i < file.Career.Count; i++)
        {
            if (file.Career[i].CaseId == file.CaseId)
                return (i, file.Career[i]);
        }
        return null;
    }

    private static int? YoungMaxAge(RuleVersion version, PostLevel? band) => band switch
    {
        PostLevel.Township => version.Parameter("youngMaxAgeSection"),
        PostLevel.County => version.Parameter("youngMaxAgeCounty"),
        PostLevel.Departmental => version.Parameter("youngMaxAgeDepartmental"),
        _ => null,
    };

    private static IEnumerable<(DateOnly From, string Unit)> GrassrootsPostings(CaseFile file, int promotedIndex, DateOnly takenUp) =>
        file.Career.Skip(promotedIndex + 1).Where(s => CareerMeasures.IsGrassroots(file, s.Post.UnitId, s.From)).Select(s => (s.From, file.UnitOn(s.Post.UnitId, s.From)!.Name))
            .Concat(file.Secondments.Where(s => s.From >= takenUp && CareerMeasures.IsGrassroots(file, s.HostUnitId, s.From)).Select(s => (s.From, file.UnitOn(s.HostUnitId, s.From)!.Name)));

    /// <summary>The step that made the promotion take effect: the appointment notice, or the retention at the host unit.</summary>
    private static IEnumerable<long> Evidence(CaseFile file) =>
        new[] { file.Find<AppointmentNoticeIssued>()?.Entry.Version, file.Find<SecondmentRetainedAtHost>()?.Entry.Version }.OfType<long>();
}
