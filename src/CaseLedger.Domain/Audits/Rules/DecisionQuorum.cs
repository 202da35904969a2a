using CaseLedger.Domain.Cases;

namespace CaseLedger.Domain.Audits.Rules;

/// <summary>
/// TL-DECISION-QUORUM: at least 2/3 of the members present, and more than half of all members
/// entitled to attend (应到会成员, not only those present) in favour. Elections are out of scope.
/// </summary>
public sealed class DecisionQuorum : AuditRule
{
    public override string Id => "TL-DECISION-QUORUM";

    public override string TitleChinese => "讨论决定干部任免须三分之二以上成员到会、应到会成员过半数同意";

    public override string TitleEnglish => "Appointment decisions: ≥ 2/3 of members present, more than half of all members in favour";

    public override Citation Citation => new("党政领导干部选拔任用工作条例", "讨论决定（现行条文，条款号未核实）",
        "党委（党组）讨论决定干部任免事项，必须有三分之二以上成员到会……以党委（党组）应到会成员超过半数同意形成决定。");

    public override AuditSeverity Severity => AuditSeverity.Violation;

    protected override IReadOnlyList<RuleVersion> Defaults { get; } =
    [
        new(1, new(2014, 1, 14), null,
            [new("attendanceNumerator", 2, "到会比例分子 / attendance share numerator"), new("attendanceDenominator", 3, "到会比例分母 / attendance share denominator")],
            "条例 2014 起（2019 版沿用）/ from 条例 2014, kept in the 2019 edition"),
    ];

    public override AuditFinding? Evaluate(CaseFile file)
    {
        if (file.Find<CollectiveDecisionTaken>() is not { } decision || decision.Data.Body == DecisionBody.ElectionCongress
            || VersionOn(decision.Entry.EffectiveOn) is not { } version)
            return null;
        var d = decision.Data;
        var on = decision.Entry.EffectiveOn;
        var problems = new List<(string Zh, string En)>();
        if (d.Attendees * version.Parameter("attendanceDenominator") < d.MembersEntitled * version.Parameter("attendanceNumerator"))
            problems.Add(($"应到 {d.MembersEntitled} 人、实到 {d.Attendees} 人，不足三分之二",
                $"{d.Attendees} of {d.MembersEntitled} members present, below 2/3"));
        if (d.VotesFor * 2 <= d.MembersEntitled)
            problems.Add(($"同意 {d.VotesFor} 票，未超过应到会成员 {d.MembersEntitled} 人的半数",
                $"{d.VotesFor} in favour, not more than half of the {d.MembersEntitled} members entitled"));
        if (problems.Count == 0)
            return null;
        return Found(file, version, on, [decision.Entry.Version],
            $"{on:yyyy-MM-dd} 讨论决定：{string.Join("；", problems.Select(p => p.Zh))}（{Cite}）。 / " +
            $"Decision of {on:yyyy-MM-dd}: {string.Join("; ", problems.Select(p => p.En))} ({Cite}).");
    }
}
