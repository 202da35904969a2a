using CaseLedger.Domain.Cases;

namespace CaseLedger.Domain.Audits.Rules;

/// <summary>
/// AVOID-SELECTION-WORK: a member of the inspection team who is the candidate's relative must step aside (本人必须回避).
/// The inspection step records its team by name (often "unit name"), and the cadre's declared relatives are compared
/// with it: a member whose recorded name, or its last word, is a declared relative's name is a violation.
/// </summary>
public sealed class AvoidSelectionWork : AuditRule
{
    public override string Id => "AVOID-SELECTION-WORK";

    public override string TitleChinese => "干部考察组成员涉及其亲属的，本人必须回避";

    public override string TitleEnglish => "An inspection team member who is the candidate's relative must step aside";

    public override Citation Citation => new("党政领导干部选拔任用工作条例", "第五十三条（版本未核实）",
        "党委（党组）及其组织（人事）部门讨论干部任免，涉及与会人员本人及其亲属的，本人必须回避。干部考察组成员在干部考察工作中涉及其亲属的，本人必须回避。");

    public override AuditSeverity Severity => AuditSeverity.Violation;

    protected override IReadOnlyList<RuleVersion> Defaults { get; } =
    [
        new(1, new(2014, 1, 14), null, [], "条例 2014 起；条文编号所属版本未核实 / from 条例 2014; which edition numbers it Art 53 is unconfirmed"),
    ];

    public override AuditFinding? Evaluate(CaseFile file)
    {
        if (file.Kin is not { Count: > 0 } kin || file.Find<InspectionCompleted>() is not { } inspection
            || VersionOn(inspection.Entry.EffectiveOn) is not { } version)
            return null;
        var hits = inspection.Data.TeamMembers
            .SelectMany(member => kin.Where(k => Names(member, k.RelativeName)).Select(k => (Member: member, Kin: k)))
            .ToList();
        if (hits.Count == 0)
            return null;
        var on = inspection.Entry.EffectiveOn;
        return Found(file, version, on, [inspection.Entry.Version],
            $"{on:yyyy-MM-dd} 考察{file.CadreName}，考察组成员{string.Join("、", hits.Select(h => $"{h.Member}（申报亲属：{Zh(h.Kin.Relation)}）"))}未回避（{Cite}）。 / " +
            $"The inspection of {file.CadreName} on {on:yyyy-MM-dd} had on its team {string.Join(", ", hits.Select(h => $"{h.Member} (declared relative: {h.Kin.Relation})"))}, " +
            $"who did not step aside ({Cite}).");
    }

    /// <summary>"西吉县委组织部 田军" names 田军; a bare name must match whole.</summary>
    private static bool Names(string member, string relative)
    {
        var name = member.Trim();
        return name == relative.Trim() || name.Split([' ', '\u3000'], StringSplitOptions.RemoveEmptyEntries).LastOrDefault() == relative.Trim();
    }

    private static string Zh(Cadres.KinRelation relation) => relation switch
    {
        Cadres.KinRelation.Spouse => "夫妻",
        Cadres.KinRelation.LinealKin => "直系血亲",
        Cadres.KinRelation.CollateralKinWithinThreeGenerations => "三代以内旁系血亲",
        _ => "近姻亲",
    };
}
