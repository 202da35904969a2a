using CaseLedger.Domain.Shared;

namespace CaseLedger.Domain.Audits.Rules;

/// <summary>
/// PROMO-CHU-WORKYEARS-5: "提任县处级领导职务的，应当具有五年以上工龄" — from the day the cadre started work to the decision.
/// </summary>
public sealed class PromotionCountyWorkYears : AuditRule
{
    public override string Id => "PROMO-CHU-WORKYEARS-5";

    public override string TitleChinese => "提任县处级领导职务应当具有五年以上工龄";

    public override string TitleEnglish => "Promotion to a county-division leadership post: at least five years of work";

    public override Citation Citation => new("党政领导干部选拔任用工作条例（2014）", "第八条",
        "提任县处级领导职务的，应当具有五年以上工龄和两年以上基层工作经历。");

    public override AuditSeverity Severity => AuditSeverity.Violation;

    protected override IReadOnlyList<RuleVersion> Defaults { get; } =
    [
        new(1, new(2014, 1, 14), new(2019, 3, 16), [new("minWorkYears", 5, "工龄下限（年）/ minimum years of work")], "条例 2014 第八条 / 条例 2014 Art 8"),
        new(2, new(2019, 3, 17), null, [new("minWorkYears", 5, "工龄下限（年）/ minimum years of work")],
            "条例 2019 保留同一条件（条文编号未核实）/ 条例 2019 keeps the condition (article number unconfirmed)"),
    ];

    public override AuditFinding? Evaluate(CaseFile file)
    {
        if (file.Promotion is not { IsLeadershipPromotion: true, DecidedOn: { } on, Decision: { } decision } promotion
            || promotion.ToRung.Band != PostLevel.County || file.WorkStartDate is not { } started || VersionOn(on) is not { } version)
            return null;
        var min = version.Parameter("minWorkYears");
        if (started.AddYears(min) <= on)
            return null;
        var years = Ages.CompletedYears(started, on);
        return Found(file, version, on, [promotion.Move.Recorded.Version, decision.Version],
            $"{on:yyyy-MM-dd} 决定{file.CadreName}提任县处级领导职务（{promotion.To.Title}），{started:yyyy-MM-dd} 参加工作，工龄 {years} 年，不足 {min} 年（{Cite}）。 / " +
            $"{file.CadreName} was promoted to a county-division leadership post ({promotion.To.Title}) on {on:yyyy-MM-dd} with {years} years of work " +
            $"(since {started:yyyy-MM-dd}), fewer than {min} ({Cite}).");
    }
}

/// <summary>
/// PROMO-CHU-GRASSROOTS-2: "…和两年以上基层工作经历" — posts and secondments in units at county level and below
/// (<see cref="CareerMeasures.GrassrootsDays"/>) before the decision. A career with no post recorded is not judged.
/// </summary>
public sealed class PromotionCountyGrassroots : AuditRule
{
    public override string Id => "PROMO-CHU-GRASSROOTS-2";

    public override string TitleChinese => "提任县处级领导职务应当具有两年以上基层工作经历";

    public override string TitleEnglish => "Promotion to a county-division leadership post: at least two years at the grassroots";

    public override Citation Citation => new("党政领导干部选拔任用工作条例（2014）", "第八条",
        "提任县处级领导职务的，应当具有五年以上工龄和两年以上基层工作经历。");

    public override AuditSeverity Severity => AuditSeverity.Violation;

    protected override IReadOnlyList<RuleVersion> Defaults { get; } =
    [
        new(1, new(2014, 1, 14), new(2019, 3, 16), [new("minGrassrootsYears", 2, "基层工作经历下限（年）/ minimum years at the grassroots")], "条例 2014 第八条 / 条例 2014 Art 8"),
        new(2, new(2019, 3, 17), null, [new("minGrassrootsYears", 2, "基层工作经历下限（年）/ minimum years at the grassroots")],
            "条例 2019 保留同一条件（条文编号未核实）/ 条例 2019 keeps the condition (article number unconfirmed)"),
    ];

    public override AuditFinding? Evaluate(CaseFile file)
    {
        if (file.Promotion is not { IsLeadershipPromotion: true, DecidedOn: { } on, Decision: { } decision } promotion
            || promotion.ToRung.Band != PostLevel.County || !file.Career.Any(s => s.CaseId != file.CaseId && s.From < on)
            || VersionOn(on) is not { } version)
            return null;
        var min = version.Parameter("minGrassrootsYears");
        var days = CareerMeasures.GrassrootsDays(file, on);
        if (CareerMeasures.AtLeastYears(days, min))
            return null;
        return Found(file, version, on, [promotion.Move.Recorded.Version, decision.Version],
            $"{on:yyyy-MM-dd} 决定{file.CadreName}提任县处级领导职务（{promotion.To.Title}），基层工作经历约 {days / 365.25m:0.0} 年，不足 {min} 年（{Cite}）。 / " +
            $"{file.CadreName} was promoted to a county-division leadership post ({promotion.To.Title}) on {on:yyyy-MM-dd} with about {days / 365.25m:0.0} years " +
            $"at the grassroots (county level and below), fewer than {min} ({Cite}).");
    }
}

/// <summary>
/// PROMO-TWO-POSTS-BELOW: "提任县处级以上领导职务的，一般应当具有在下一级两个以上职位任职的经历" — distinct leadership posts
/// (another unit or another title) in the next lower band (catalogue §8: the whole band, 正 or 副). 一般: review only.
/// </summary>
public sealed class PromotionTwoPostsBelow : AuditRule
{
    public override string Id => "PROMO-TWO-POSTS-BELOW";

    public override string TitleChinese => "提任县处级以上领导职务一般应当具有在下一级两个以上职位任职的经历";

    public override string TitleEnglish => "Promotion to county-division or above: generally two or more posts held at the level below";

    public override Citation Citation => new("党政领导干部选拔任用工作条例（2014）", "第八条",
        "提任县处级以上领导职务的，一般应当具有在下一级两个以上职位任职的经历。");

    public override AuditSeverity Severity => AuditSeverity.NeedsReview;

    protected override IReadOnlyList<RuleVersion> Defaults { get; } =
    [
        new(1, new(2014, 1, 14), new(2019, 3, 16), [new("minPosts", 2, "下一级职位数下限 / minimum distinct posts at the level below")], "条例 2014 第八条 / 条例 2014 Art 8"),
        new(2, new(2019, 3, 17), null, [new("minPosts", 2, "下一级职位数下限 / minimum distinct posts at the level below")],
            "条例 2019 保留同一条件（条文编号未核实）/ 条例 2019 keeps the condition (article number unconfirmed)"),
    ];

    public override AuditFinding? Evaluate(CaseFile file)
    {
        if (file.Promotion is not { IsLeadershipPromotion: true, DecidedOn: { } on, Decision: { } decision } promotion
            || promotion.ToRung.Band is not { } band || band < PostLevel.County || !file.Career.Any(s => s.CaseId != file.CaseId && s.From < on)
            || VersionOn(on) is not { } version)
            return null;
        var below = band - 1;
        var posts = CareerMeasures.PostsInBand(file, below, on);
        var min = version.Parameter("minPosts");
        if (posts.Count >= min)
            return null;
        var (zh, en) = below switch
        {
            PostLevel.Township => ("乡科级", "township-section"),
            PostLevel.County => ("县处级", "county-division"),
            _ => ("厅局级", "department-bureau"),
        };
        return Found(file, version, on, [promotion.Move.Recorded.Version, decision.Version],
            $"{on:yyyy-MM-dd} 决定{file.CadreName}提任{promotion.ToRung.Chinese}（{promotion.To.Title}），在下一级（{zh}）领导职位任职 {posts.Count} 个" +
            $"{(posts.Count > 0 ? $"（{string.Join("、", posts.Select(p => p.Title))}）" : "")}，一般应不少于 {min} 个，请复核（{Cite}）。 / " +
            $"{file.CadreName} was promoted to {promotion.ToRung.Chinese} ({promotion.To.Title}) on {on:yyyy-MM-dd} having held {posts.Count} {en} leadership post(s) " +
            $"{(posts.Count > 0 ? $"({string.Join(", ", posts.Select(p => p.Title))}) " : "")}where {min} are generally expected: review ({Cite}).");
    }
}
