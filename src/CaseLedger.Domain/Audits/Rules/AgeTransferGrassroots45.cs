using CaseLedger.Domain.Cases;
using CaseLedger.Domain.Promotions;
using CaseLedger.Domain.Shared;
using CaseLedger.Domain.Units;

namespace CaseLedger.Domain.Audits.Rules;

/// <summary>
/// NX-AGE-TRANSFER-GRASSROOTS-45: 调任 into a 科级 leadership post in a county/district or township unit,
/// candidate at most 45 周岁 on the decision date (40 before 2016-10-08). 原则上: an approval granted
/// before the appointment notice (报批, NX-PROMO-TRANSFER-APPROVAL) is the recorded exception.
/// </summary>
public sealed class AgeTransferGrassroots45 : AuditRule
{
    public override string Id => "NX-AGE-TRANSFER-GRASSROOTS-45";

    public override string TitleChinese => "调任县乡基层科级领导职务年龄原则上不超过45周岁";

    public override string TitleEnglish => "调任 into a county/township 科级 leadership post: at most 45 years old, in principle";

    public override Citation Citation => new("宁组发〔2016〕31号", "第四条第三款",
        "将调任县（区）、乡镇（街道）基层单位科级领导职务的年龄条件，由原则上不超过40周岁调整为原则上不超过45周岁。");

    public override AuditSeverity Severity => AuditSeverity.Violation;

    protected override IReadOnlyList<RuleVersion> Defaults { get; } =
    [
        new(1, DateOnly.MinValue, new(2016, 10, 7), [new("maxAge", 40, "年龄上限（周岁）/ age cap in completed years")],
            "此前宁夏执行原则上不超过40周岁 / the earlier Ningxia cap, matching TR08 Art 6(5)"),
        new(2, new(2016, 10, 8), null, [new("maxAge", 45, "年龄上限（周岁）/ age cap in completed years")],
            "宁组发〔2016〕31号印发之日起 / from the policy's print date"),
    ];

    public override AuditFinding? Evaluate(CaseFile file) => Judge(file, honourApproval: true);

    /// <summary>Over the cap whatever was approved: the condition NX-PROMO-TRANSFER-APPROVAL asks approval for.</summary>
    public AuditFinding? OverCap(CaseFile file) => Judge(file, honourApproval: false);

    private AuditFinding? Judge(CaseFile file, bool honourApproval)
    {
        var opened = file.Opened;
        if (opened.Channel is not (CaseChannel.InboundTransfer or CaseChannel.PromotionalInboundTransfer)
            || opened.ToPost is not { } post || PostLadder.Of(post) is not { IsSectionLeadership: true } rung
            || file.Find<CollectiveDecisionTaken>() is not { } decision
            || file.UnitOn(post.UnitId, decision.Entry.EffectiveOn) is not { Level: AdministrativeLevel.County or AdministrativeLevel.Township } unit
            || VersionOn(decision.Entry.EffectiveOn) is not { } version)
            return null;

        var decidedOn = decision.Entry.EffectiveOn;
        var cap = version.Parameter("maxAge");
        var age = file.AgeOn(decidedOn);
        if (age <= cap || (honourApproval && Approvals.AgeExceptionApproved(file)))
            return null;
        return Found(file, version, decidedOn, [decision.Entry.Version],
            $"调任于 {decidedOn:yyyy-MM-dd} 决定，拟任{unit.Name}{post.Title}（{Grade(rung)}领导职务）；" +
            $"{file.CadreName}（{file.BirthDate:yyyy-MM-dd} 出生）时年 {age} 周岁，超过 {cap} 周岁上限（{Cite}），未见报批同意记录。 / " +
            $"调任 decided {decidedOn:yyyy-MM-dd} for a {Grade(rung)} leadership post in {unit.Name}; candidate was {age} " +
            $"(born {file.BirthDate:yyyy-MM-dd}); cap {cap} ({Cite}); no exception approval recorded.");
    }

    private static string Grade(Rung rung) => rung.Grade == PostGrade.Chief ? "正科" : "副科";
}
