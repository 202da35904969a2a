using CaseLedger.Domain.Shared;

namespace CaseLedger.Domain.Audits.Rules;

/// <summary>
/// The shared shape of PROMO-DEPUTY-TO-CHIEF-2 and PROMO-LOWERCHIEF-TO-UPPERDEPUTY-3: a leadership promotion from the
/// 层次 just below the target (副职 → 正职 of a band, or 正职 of a band → 副职 of the next) wants the years at that 层次
/// (catalogue §8: across posts of the 层次 unless <c>countAcrossPosts</c> is 0, tenure from the first post's start,
/// probation included), counted up to the decision day. A career that records no post at that 层次 is not judged.
/// </summary>
public abstract class PromotionYearsAtLevel : AuditRule
{
    private const string AcrossPostsNote = "“在副职岗位工作两年以上”按同一层次累计计算（catalogue §8）；0 = 只计现任职位 / counted across posts of the 层次 by the settled reading; 0 = the current post only";

    protected abstract PostGrade FromGrade { get; }

    protected abstract int MinYears { get; }

    /// <summary>The same clause is kept in the 2019 edition (secondary quotes; its article number is unconfirmed).</summary>
    protected override IReadOnlyList<RuleVersion> Defaults =>
    [
        new(1, new(2014, 1, 14), new(2019, 3, 16),
        [
            new("minYears", MinYears, "任职年限下限（年）/ minimum years at the lower 层次"),
            new("countAcrossPosts", 1, "1 = 同层次多个职位累计 / 1 = across posts of the same 层次", AcrossPostsNote),
        ], "条例 2014 第八条 / 条例 2014 Art 8"),
        new(2, new(2019, 3, 17), null,
        [
            new("minYears", MinYears, "任职年限下限（年）/ minimum years at the lower 层次"),
            new("countAcrossPosts", 1, "1 = 同层次多个职位累计 / 1 = across posts of the same 层次", AcrossPostsNote),
        ], "条例 2019 保留同一条件（条文编号未核实）/ 条例 2019 keeps the condition (article number unconfirmed)"),
    ];

    public override AuditSeverity Severity => AuditSeverity.Violation;

    public override AuditFinding? Evaluate(CaseFile file)
    {
        if (file.Promotion is not { IsLeadershipPromotion: true, DecidedOn: { } on, Decision: { } decision } promotion
            || promotion.FromRung is not { IsLeadership: true } from || from.Grade != FromGrade || promotion.ToRung.Tier != from.Tier + 1
            || !CareerMeasures.RecordsTier(file, from.Tier, on) || VersionOn(on) is not { } version)
            return null;
        var min = version.Parameter("minYears");
        var across = version.Parameter("countAcrossPosts") != 0;
        var days = CareerMeasures.DaysAtTier(file, from.Tier, on, across);
        if (CareerMeasures.AtLeastYears(days, min))
            return null;
        var years = days / 365.25m;
        return Found(file, version, on, [promotion.Move.Recorded.Version, decision.Version],
            $"{on:yyyy-MM-dd} 决定{file.CadreName}由{from.Chinese}提任{promotion.ToRung.Chinese}（{promotion.To.Title}），" +
            $"{(across ? "在该层次累计" : "在现职")}任职约 {years:0.0} 年，不足 {min} 年（{Cite}）。 / " +
            $"{file.CadreName} was promoted from {from.Chinese} to {promotion.ToRung.Chinese} ({promotion.To.Title}) on {on:yyyy-MM-dd} after about {years:0.0} years " +
            $"{(across ? "at that level" : "in the current post")}, fewer than {min} ({Cite}).");
    }
}

/// <summary>PROMO-DEPUTY-TO-CHIEF-2: "由副职提任正职的，应当在副职岗位工作两年以上".</summary>
public sealed class PromotionDeputyToChief : PromotionYearsAtLevel
{
    public override string Id => "PROMO-DEPUTY-TO-CHIEF-2";

    public override string TitleChinese => "由副职提任正职，应当在副职岗位工作两年以上";

    public override string TitleEnglish => "Deputy to chief: at least two years as a deputy";

    public override Citation Citation => new("党政领导干部选拔任用工作条例（2014）", "第八条",
        "由副职提任正职的，应当在副职岗位工作两年以上；由下级正职提任上级副职的，应当在下级正职岗位工作三年以上。");

    protected override PostGrade FromGrade => PostGrade.Deputy;

    protected override int MinYears => 2;
}

/// <summary>PROMO-LOWERCHIEF-TO-UPPERDEPUTY-3: "由下级正职提任上级副职的，应当在下级正职岗位工作三年以上".</summary>
public sealed class PromotionLowerChiefToUpperDeputy : PromotionYearsAtLevel
{
    public override string Id => "PROMO-LOWERCHIEF-TO-UPPERDEPUTY-3";

    public override string TitleChinese => "由下级正职提任上级副职，应当在下级正职岗位工作三年以上";

    public override string TitleEnglish => "Lower chief to upper deputy: at least three years as the lower chief";

    public override Citation Citation => new("党政领导干部选拔任用工作条例（2014）", "第八条",
        "由副职提任正职的，应当在副职岗位工作两年以上；由下级正职提任上级副职的，应当在下级正职岗位工作三年以上。");

    protected override PostGrade FromGrade => PostGrade.Chief;

    protected override int MinYears => 3;
}
