using CaseLedger.Domain.Cases;
using CaseLedger.Domain.Promotions;
using CaseLedger.Domain.Shared;
using CaseLedger.Domain.Units;

namespace CaseLedger.Domain.Audits.Rules;

/// <summary>
/// TR08-AGE-*: the national age caps of 调任 by the level of the post (公务员调任规定（试行） Art 6(5)), judged on the
/// candidate's completed years on the decision date, the post and its unit as they were that day. "原则上": only an
/// approval recorded as an age exception (TR08-AGE-EXCEPTION-APPROVAL, Art 6 last paragraph; 审批事项 AGE_EXCEPTION)
/// granted by the appointment notice lets a candidate over the cap through; the routine approval every local 调任 needs does not.
/// The caps are those of the 2008 text; the 2019 revision's age clauses were not retrieved (catalogue §2.1), so a 调任
/// decided after it took effect (2019-11-26) is not judged by these rules rather than judged by a text that may have changed.
/// </summary>
public abstract class TransferAgeCap : AuditRule
{
    /// <summary>The 2008 text's own date is unverified (catalogue §0.3): its year's start, as the other TR08 rules take it.</summary>
    private static readonly DateOnly Tr08From = new(2008, 1, 1);

    private static readonly DateOnly Tr19From = new(2019, 11, 26);

    protected abstract int Cap { get; }

    /// <summary>The posts the cap covers, in Chinese for explanations.</summary>
    protected abstract string PostsChinese { get; }

    protected abstract string PostsEnglish { get; }

    /// <summary>Whether the cap covers <paramref name="rung"/> in <paramref name="unit"/> (as it was on the decision date).</summary>
    protected abstract bool Covers(Rung rung, UnitFacts unit);

    public override AuditSeverity Severity => AuditSeverity.Violation;

    protected override IReadOnlyList<RuleVersion> Defaults =>
    [
        new(1, Tr08From, Tr19From.AddDays(-1), [new("maxAge", Cap, "年龄上限（周岁）/ age cap in completed years")],
            "公务员调任规定（试行）2008 第六条第（五）项（印发日期未核实，取年初）；2019 年修订本的年龄条款未检索到，之后不据此判断 / " +
            "TR08 Art 6(5) (2008; the exact date unverified, the year's start is used); the 2019 revision's age clauses were not retrieved, so later decisions are not judged by it"),
    ];

    public override Citation Citation => new("公务员调任规定（试行）（中组发〔2008〕6号）", "第六条第（五）项",
        "调任厅局级职务的，原则上不超过55周岁；调任县（市）领导班子成员职务的，原则上不超过50周岁，调任其他处级职务的，原则上不超过45周岁；调任科级领导职务的，原则上不超过40周岁。");

    public override AuditFinding? Evaluate(CaseFile file)
    {
        if (file.Move is not { Route: MoveRoute.InboundTransfer, DecidedOn: { } on, Decision: { } decision } move
            || file.UnitOn(move.To.UnitId, on) is not { } unit || !Covers(move.ToRung, unit)
            || VersionOn(on) is not { } version)
            return null;
        var cap = version.Parameter("maxAge");
        var age = file.AgeOn(on);
        if (age <= cap || Approvals.AgeExceptionApproved(file))
            return null;
        var routine = file.Find<ApprovalGranted>() is { } granted
            ? ($"所见审批（{granted.Data.Reference}）为常规审批，不是年龄破格审批", $"the approval recorded ({granted.Data.Reference}) is routine, not an age exception")
            : ("未见年龄破格审批", "no age-exception approval recorded");
        return Found(file, version, on, [move.Recorded.Version, decision.Version],
            $"{on:yyyy-MM-dd} 决定调任{file.CadreName}任{unit.Name}{move.To.Title}（{PostsChinese}）；其 {file.BirthDate:yyyy-MM-dd} 出生，时年 {age} 周岁，" +
            $"超过原则上 {cap} 周岁的上限，{routine.Item1}（{Cite}）。 / " +
            $"调任 of {file.CadreName} to {move.To.Title} in {unit.Name} ({PostsEnglish}) decided {on:yyyy-MM-dd}: candidate was {age} (born {file.BirthDate:yyyy-MM-dd}), " +
            $"over the cap of {cap}; {routine.Item2} ({Cite}).");
    }
}

/// <summary>TR08-AGE-TING-55: 调任厅局级职务 (a 厅局级 leadership post or the ranks that correspond to it), at most 55.</summary>
public sealed class TransferAgeCapDepartmental : TransferAgeCap
{
    public override string Id => "TR08-AGE-TING-55";

    public override string TitleChinese => "调任厅局级职务的，原则上不超过55周岁";

    public override string TitleEnglish => "调任 into a department-bureau post: at most 55 years old, in principle";

    protected override int Cap => 55;

    protected override string PostsChinese => "厅局级职务";

    protected override string PostsEnglish => "a department-bureau post";

    protected override bool Covers(Rung rung, UnitFacts unit) => rung.Band == PostLevel.Departmental;
}

/// <summary>
/// TR08-AGE-COUNTYTEAM-50: 调任县（市）领导班子成员职务 — a 县处级 leadership post of a county-level unit itself (县委、县政府
/// 领导班子: the ledger places the county's own posts, 副县长 or 县委常委, in the county's unit), at most 50.
/// </summary>
public sealed class TransferAgeCapCountyTeam : TransferAgeCap
{
    public override string Id => "TR08-AGE-COUNTYTEAM-50";

    public override string TitleChinese => "调任县（市）领导班子成员职务的，原则上不超过50周岁";

    public override string TitleEnglish => "调任 into a county leadership team: at most 50 years old, in principle";

    protected override int Cap => 50;

    protected override string PostsChinese => "县（市）领导班子成员职务";

    protected override string PostsEnglish => "a member of a county leadership team";

    protected override bool Covers(Rung rung, UnitFacts unit) => IsCountyTeam(rung, unit);

    internal static bool IsCountyTeam(Rung rung, UnitFacts unit) =>
        rung.IsLeadership && rung.Band == PostLevel.County && unit.Level == AdministrativeLevel.County;
}

/// <summary>TR08-AGE-CHU-45: 调任其他处级职务 (县处级 posts and ranks outside a county's leadership team), at most 45.</summary>
public sealed class TransferAgeCapDivision : TransferAgeCap
{
    public override string Id => "TR08-AGE-CHU-45";

    public override string TitleChinese => "调任其他处级职务的，原则上不超过45周岁";

    public override string TitleEnglish => "调任 into another county-division post: at most 45 years old, in principle";

    protected override int Cap => 45;

    protected override string PostsChinese => "处级职务";

    protected override string PostsEnglish => "a county-division post";

    protected override bool Covers(Rung rung, UnitFacts unit) => rung.Band == PostLevel.County && !TransferAgeCapCountyTeam.IsCountyTeam(rung, unit);
}

/// <summary>
/// TR08-AGE-KE-40: 调任科级领导职务, at most 40. A 科级 leadership post in a county or township unit is judged by
/// NX-AGE-TRANSFER-GRASSROOTS-45 instead (its first version is this same national cap of 40; from 2016-10-08 the Ningxia
/// policy, the provincial adjustment Art 6 allows, raised it to 45 — catalogue §8), so one 调任 is never found twice.
/// </summary>
public sealed class TransferAgeCapSection : TransferAgeCap
{
    public override string Id => "TR08-AGE-KE-40";

    public override string TitleChinese => "调任科级领导职务的，原则上不超过40周岁";

    public override string TitleEnglish => "调任 into a section-level leadership post: at most 40 years old, in principle";

    protected override int Cap => 40;

    protected override string PostsChinese => "科级领导职务";

    protected override string PostsEnglish => "a section-level leadership post";

    protected override bool Covers(Rung rung, UnitFacts unit) =>
        rung.IsSectionLeadership && unit.Level is not (AdministrativeLevel.County or AdministrativeLevel.Township);
}
