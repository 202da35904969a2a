using CaseLedger.Domain.Cadres;
using CaseLedger.Domain.Cases;

namespace CaseLedger.Domain.Audits.Rules;

/// <summary>
/// NOT-INSPECTABLE: a cadre is not made an inspection target (不得列为考察对象) when the annual assessment is
/// 基本称职 or below — in the 条例 2014 any of the last three years, in the 条例 2019 the previous year — or while the
/// impact period of an admonishment, organisational handling or a Party or state sanction runs (2019 Art 24 (6)). Judged
/// on the day the targets are determined (else the inspection's day), from the cadre's record as of then.
/// </summary>
public sealed class NotInspectable : AuditRule
{
    public override string Id => "NOT-INSPECTABLE";

    public override string TitleChinese => "不得列为考察对象的情形";

    public override string TitleEnglish => "Who may not be made an inspection target";

    public override Citation Citation => new("党政领导干部选拔任用工作条例（2019）", "第二十四条",
        "有下列情形之一的，不得列为考察对象：……（三）上一年年度考核结果为基本称职以下等次的；……（六）受到诫勉、组织处理或者党纪政务处分等影响期未满或者期满影响使用的……");

    /// <summary>Inspections before the 2019 条例 (in force 2019-03-17) are judged by the 2014 text; its article number is not confirmed.</summary>
    private static readonly Citation Regulation2014 = new("党政领导干部选拔任用工作条例（2014）", "不得列为考察对象的情形（2014 版条款号未核实）",
        "有下列情形之一的，不得列为考察对象：……近三年年度考核结果中有被确定为基本称职以下等次的……");

    public override AuditSeverity Severity => AuditSeverity.Violation;

    protected override IReadOnlyList<RuleVersion> Defaults { get; } =
    [
        new(1, new(2014, 1, 14), new(2019, 3, 16), [new("assessmentYears", 3, "回看年度考核的年数 / years of assessments looked at")],
            "条例 2014：近三年年度考核结果中有被确定为基本称职以下等次的 / 条例 2014: any of the last three years", Regulation2014),
        new(2, new(2019, 3, 17), null, [new("assessmentYears", 1, "回看年度考核的年数 / years of assessments looked at")],
            "条例 2019 第二十四条：上一年年度考核结果 / 条例 2019 Art 24: the previous year"),
    ];

    public override AuditFinding? Evaluate(CaseFile file)
    {
        var judged = file.Find<InspectionTargetsDetermined>()?.Entry ?? file.Find<InspectionCompleted>()?.Entry;
        if (judged is not { } entry || VersionOn(entry.EffectiveOn) is not { } version)
            return null;
        var on = entry.EffectiveOn;
        var years = version.Parameter("assessmentYears");
        var zh = new List<string>();
        var en = new List<string>();
        foreach (var (year, grade) in (file.Assessments ?? new Dictionary<int, AssessmentGrade>())
                     .Where(a => a.Key >= on.Year - years && a.Key < on.Year && a.Value is AssessmentGrade.BasicallyCompetent or AssessmentGrade.Incompetent)
                     .OrderBy(a => a.Key))
        {
            zh.Add($"{year} 年度考核为{(grade == AssessmentGrade.Incompetent ? "不称职" : "基本称职")}");
            en.Add($"the {year} assessment was {(grade == AssessmentGrade.Incompetent ? "incompetent" : "basically competent")}");
        }
        foreach (var s in (file.Sanctions ?? []).Where(s => s.Covers(on)))
        {
            zh.Add($"{s.StartOn:yyyy-MM-dd} 受{s.Sanction}，影响期至 {s.EndsOn.AddDays(-1):yyyy-MM-dd}");
            en.Add($"the {s.Sanction} of {s.StartOn:yyyy-MM-dd} affects the cadre until {s.EndsOn.AddDays(-1):yyyy-MM-dd}");
        }
        if (zh.Count == 0)
            return null;
        return Found(file, version, on, [entry.Version],
            $"{on:yyyy-MM-dd} 将{file.CadreName}列为考察对象，但{string.Join("；", zh)}（{Cite}）。 / " +
            $"{file.CadreName} was made an inspection target on {on:yyyy-MM-dd}, but {string.Join("; ", en)} ({Cite}).");
    }
}
