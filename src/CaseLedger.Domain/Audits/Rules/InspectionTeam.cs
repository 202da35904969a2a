using CaseLedger.Domain.Cases;

namespace CaseLedger.Domain.Audits.Rules;

/// <summary>TL-INSPECTION: the inspection team has at least two members.</summary>
public sealed class InspectionTeam : AuditRule
{
    public override string Id => "TL-INSPECTION";

    public override string TitleChinese => "考察组成员不少于两人";

    public override string TitleEnglish => "The inspection team has at least two members";

    public override Citation Citation => new("党政领导干部选拔任用工作条例", "2014 版第三十三条",
        "考察组由两名以上成员组成（规则目录据 2014 版第三十三条转述，非原文）/ team of two or more (catalogue paraphrase, not verbatim)");

    public override AuditSeverity Severity => AuditSeverity.Violation;

    protected override IReadOnlyList<RuleVersion> Defaults { get; } =
    [
        new(1, new(2014, 1, 14), null, [new("minTeam", 2, "考察组最少人数 / minimum team size")], "条例 2014 起 / from 条例 2014"),
    ];

    public override AuditFinding? Evaluate(CaseFile file)
    {
        if (file.Find<InspectionCompleted>() is not { } inspection || VersionOn(inspection.Entry.EffectiveOn) is not { } version)
            return null;
        var team = inspection.Data.TeamMembers.Where(m => !string.IsNullOrWhiteSpace(m)).Select(m => m.Trim()).Distinct().Count();
        var min = version.Parameter("minTeam");
        if (team >= min)
            return null;
        var on = inspection.Entry.EffectiveOn;
        return Found(file, version, on, [inspection.Entry.Version],
            $"{on:yyyy-MM-dd} 考察（{inspection.Data.ReportReference}）考察组仅 {team} 人，少于 {min} 人（{Cite}）。 / " +
            $"The inspection of {on:yyyy-MM-dd} ({inspection.Data.ReportReference}) had a team of {team}, fewer than {min} ({Cite}).");
    }
}
