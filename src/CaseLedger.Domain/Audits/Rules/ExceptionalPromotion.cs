using CaseLedger.Domain.Cases;
using CaseLedger.Domain.Promotions;

namespace CaseLedger.Domain.Audits.Rules;

/// <summary>
/// BREAK-NO-SKIP-TWO: "不得越两级提拔" — a promotion that skips two or more 层次 is a violation; one that skips one
/// (越级) is reported before the inspection and goes ahead only once approved (TL14 Art 35): without an approval recorded
/// for that purpose (审批事项 EXCEPTIONAL_PROMOTION; a routine approval does not count) granted by the inspection's day (else
/// the decision's), it is a violation too. The skip is the promotion model's.
/// </summary>
public sealed class NoSkipTwoLevels : AuditRule
{
    public override string Id => "BREAK-NO-SKIP-TWO";

    public override string TitleChinese => "不得越两级提拔，越级提拔须考察前报经批复同意";

    public override string TitleEnglish => "No promotion skipping two levels; a one-level skip needs approval before the inspection";

    public override Citation Citation => new("党政领导干部选拔任用工作条例（2014）", "第九条、第三十五条",
        "不得越两级提拔。……越级提拔或者不经过民主推荐列为破格提拔人选的，应当在考察前报告，经批复同意后方可进行。");

    public override AuditSeverity Severity => AuditSeverity.Violation;

    protected override IReadOnlyList<RuleVersion> Defaults { get; } =
    [
        new(1, new(2014, 1, 14), new(2019, 3, 16), [new("maxLevelsSkipped", 1, "可越过的层次数上限（须批复）/ most 层次 a promotion may skip, with approval")],
            "条例 2014 第九条、第三十五条 / 条例 2014 Arts 9, 35"),
        new(2, new(2019, 3, 17), null, [new("maxLevelsSkipped", 1, "可越过的层次数上限（须批复）/ most 层次 a promotion may skip, with approval")],
            "条例 2019 保留同一规定（条文编号未核实）/ 条例 2019 keeps it (article number unconfirmed)"),
    ];

    public override AuditFinding? Evaluate(CaseFile file)
    {
        if (file.Promotion is not { IsLeadershipPromotion: true, SkipsLevels: true, DecidedOn: { } on, Decision: { } decision } promotion
            || VersionOn(on) is not { } version)
            return null;
        var skipped = promotion.LevelsSkipped;
        var evidence = new List<long> { promotion.Move.Recorded.Version, decision.Version };
        var what = $"{file.CadreName}由{promotion.FromRung?.Chinese}提任{promotion.ToRung.Chinese}（{promotion.To.Title}），越 {skipped} 级";
        var whatEn = $"{file.CadreName}'s promotion from {promotion.FromRung?.Chinese} to {promotion.ToRung.Chinese} ({promotion.To.Title}) skips {skipped} level(s)";
        if (skipped > version.Parameter("maxLevelsSkipped"))
            return Found(file, version, on, evidence, $"{on:yyyy-MM-dd} 决定{what}，不得越两级提拔（{Cite}）。 / {whatEn}, decided on {on:yyyy-MM-dd}: never more than one ({Cite}).");
        var before = file.Find<InspectionCompleted>()?.Entry ?? decision;
        // Only an approval recorded for this purpose (越级、破格提拔事先报批) counts: a routine approval of the appointment does not.
        if (Approvals.GrantedFor(file, ApprovalPurpose.ExceptionalPromotion, before.EffectiveOn) is not null)
            return null;
        evidence.Add(before.Version);
        var (routineZh, routineEn) = file.Find<ApprovalGranted>() is { } other
            ? ($"（所见审批 {other.Data.Reference} 不是越级提拔的事先批复）", $" (the approval {other.Data.Reference} is not a prior approval of the skip)")
            : ("", "");
        return Found(file, version, on, evidence,
            $"{on:yyyy-MM-dd} 决定{what}，{before.EffectiveOn:yyyy-MM-dd} 前未见上级对越级提拔的批复同意{routineZh}（{Cite}）。 / " +
            $"{whatEn}, decided on {on:yyyy-MM-dd}, with no upper approval granted by {before.EffectiveOn:yyyy-MM-dd} for a 越级/破格 promotion{routineEn} ({Cite}).");
    }
}

/// <summary>
/// BREAK-NO-DURING-PROBATION: "任职试用期未满或者提拔任职不满一年的，不得破格提拔". A promotion is exceptional (破格) when
/// it skips a level or falls short of the years at the lower 层次 (PROMO-DEPUTY-TO-CHIEF-2, PROMO-LOWERCHIEF-TO-UPPERDEPUTY-3);
/// such a promotion decided less than a year after the cadre was promoted into the post held (the trial year included) is a violation.
/// </summary>
public sealed class NoExceptionalPromotionDuringProbation : AuditRule
{
    private static readonly PromotionDeputyToChief DeputyYears = new();
    private static readonly PromotionLowerChiefToUpperDeputy ChiefYears = new();

    public override string Id => "BREAK-NO-DURING-PROBATION";

    public override string TitleChinese => "任职试用期未满或者提拔任职不满一年的，不得破格提拔";

    public override string TitleEnglish => "No exceptional promotion during probation or within a year of the last promotion";

    public override Citation Citation => new("党政领导干部选拔任用工作条例（2014）", "第九条",
        "破格提拔干部必须从严掌握……任职试用期未满或者提拔任职不满一年的，不得破格提拔。");

    public override AuditSeverity Severity => AuditSeverity.Violation;

    protected override IReadOnlyList<RuleVersion> Defaults { get; } =
    [
        new(1, new(2014, 1, 14), new(2019, 3, 16), [new("minMonthsSinceLastPromotion", 12, "距上次提拔的最短月数 / months since the last promotion")],
            "条例 2014 第九条 / 条例 2014 Art 9"),
        new(2, new(2019, 3, 17), null, [new("minMonthsSinceLastPromotion", 12, "距上次提拔的最短月数 / months since the last promotion")],
            "条例 2019 保留同一规定（条文编号未核实）/ 条例 2019 keeps it (article number unconfirmed)"),
    ];

    public override AuditFinding? Evaluate(CaseFile file)
    {
        if (file.Promotion is not { IsLeadershipPromotion: true, DecidedOn: { } on, Decision: { } decision } promotion
            || VersionOn(on) is not { } version)
            return null;
        var exceptional = promotion.SkipsLevels || DeputyYears.Evaluate(file) is not null || ChiefYears.Evaluate(file) is not null;
        if (!exceptional)
            return null;
        var spells = file.Career.Where(s => s.CaseId != file.CaseId && s.From < on).OrderBy(s => s.From).ToList();
        if (spells.Count < 2 || spells[^1] is not { } held || Moves.Compare(spells[^2].Post, held.Post) is null
            || held.From <= on.AddMonths(-version.Parameter("minMonthsSinceLastPromotion")))
            return null;
        var (zh, en) = promotion.SkipsLevels ? ("越级", "skips a level") : ("任职年限不足", "falls short of the years at the lower level");
        return Found(file, version, on, [promotion.Move.Recorded.Version, decision.Version],
            $"{on:yyyy-MM-dd} 决定破格提拔{file.CadreName}任{promotion.To.Title}（{zh}），距其 {held.From:yyyy-MM-dd} 提任{held.Post.Title}不满一年（{Cite}）。 / " +
            $"{file.CadreName}'s exceptional promotion to {promotion.To.Title} (it {en}) was decided on {on:yyyy-MM-dd}, less than a year after the promotion " +
            $"to {held.Post.Title} on {held.From:yyyy-MM-dd} ({Cite}).");
    }
}
