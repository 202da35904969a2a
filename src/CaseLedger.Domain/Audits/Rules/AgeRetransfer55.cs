using CaseLedger.Domain.Cases;
using CaseLedger.Domain.Units;

namespace CaseLedger.Domain.Audits.Rules;

/// <summary>
/// NX-AGE-RETRANSFER-55: a cadre who left a civil-service post (党政机关 or 参公 unit) for a post in a
/// 事业单位 and is now 调任 back into a civil-service post is at most 55 周岁 on the decision date.
/// 一般: an approval granted before the appointment notice (报批, NX-PROMO-TRANSFER-APPROVAL) is the
/// recorded exception. 高等院校 and 科研院所 count as 事业单位: the ledger keeps them apart for the talent
/// rules, but the public universities and research institutes it records are 事业单位 all the same. Each
/// unit's kind is the one in force when the post was taken up (and the target's on the decision date), not today's.
/// </summary>
public sealed class AgeRetransfer55 : AuditRule
{
    private static readonly UnitKind[] CivilService = [UnitKind.PartyGovOrgan, UnitKind.ReferenceManagedUnit];

    private static readonly UnitKind[] PublicInstitutions = [UnitKind.PublicInstitution, UnitKind.University, UnitKind.ResearchInstitute];

    public override string Id => "NX-AGE-RETRANSFER-55";

    public override string TitleChinese => "从公务员岗位交流到事业单位后重新调任公务员岗位，年龄一般不超过55周岁";

    public override string TitleEnglish => "Transfer back into the civil service after a move to a public institution: at most 55 years old, as a rule";

    public override Citation Citation => new("宁组发〔2016〕31号", "第四条第三款",
        "对各级从公务员岗位交流到事业单位任职，确因工作需要重新调任到公务员岗位的，调任年龄统一调整为一般不超过55周岁。");

    public override AuditSeverity Severity => AuditSeverity.Violation;

    protected override IReadOnlyList<RuleVersion> Defaults { get; } =
    [
        new(1, new(2016, 10, 8), null, [new("maxAge", 55, "年龄上限（周岁）/ age cap in completed years")],
            "宁组发〔2016〕31号印发之日起 / from the policy's print date"),
    ];

    public override AuditFinding? Evaluate(CaseFile file) => Judge(file, honourApproval: true);

    /// <summary>Over the cap whatever was approved: the condition NX-PROMO-TRANSFER-APPROVAL asks approval for.</summary>
    public AuditFinding? OverCap(CaseFile file) => Judge(file, honourApproval: false);

    private AuditFinding? Judge(CaseFile file, bool honourApproval)
    {
        var opened = file.Opened;
        var decisionDay = file.Find<CollectiveDecisionTaken>()?.Entry.EffectiveOn ?? DateOnly.MaxValue;
        if (opened.Channel is not (CaseChannel.InboundTransfer or CaseChannel.PromotionalInboundTransfer)
            || opened.ToPost is not { } post
            || file.UnitOn(post.UnitId, decisionDay) is not { } unit || !CivilService.Contains(unit.Kind)
            || file.Find<CollectiveDecisionTaken>() is not { } decision
            || VersionOn(decision.Entry.EffectiveOn) is not { } version)
            return null;

        var decidedOn = decision.Entry.EffectiveOn;
        var cap = version.Parameter("maxAge");
        var age = file.AgeOn(decidedOn);
        if (age <= cap || (honourApproval && Approvals.AgeExceptionApproved(file))
            || LeftForPublicInstitution(file, decidedOn) is not ({ } left, { } joined))
            return null;
        return Found(file, version, decidedOn, [decision.Entry.Version],
            $"调任于 {decidedOn:yyyy-MM-dd} 决定，拟任{unit.Name}{post.Title}（公务员岗位）；{file.CadreName}（{file.BirthDate:yyyy-MM-dd} 出生）" +
            $"自 {left.From:yyyy-MM-dd} 起任{UnitName(file, left)}{left.Post.Title}，{joined.From:yyyy-MM-dd} 起交流到事业单位{UnitName(file, joined)}任{joined.Post.Title}，" +
            $"重新调任时年 {age} 周岁，超过 {cap} 周岁上限（{Cite}），未见报批同意记录。 / " +
            $"调任 back into the civil service decided {decidedOn:yyyy-MM-dd} for {post.Title} in {unit.Name}; {file.CadreName} (born {file.BirthDate:yyyy-MM-dd}) " +
            $"held {left.Post.Title} in {UnitName(file, left)} from {left.From:yyyy-MM-dd}, then moved to the public institution {UnitName(file, joined)} " +
            $"as {joined.Post.Title} from {joined.From:yyyy-MM-dd}; candidate was {age}; cap {cap} ({Cite}); no exception approval recorded.");
    }

    /// <summary>The latest 事业单位 post, taken before the decision, that follows a civil-service post (this case's own post aside).</summary>
    private static (CareerSpell Left, CareerSpell Joined)? LeftForPublicInstitution(CaseFile file, DateOnly decidedOn)
    {
        var before = file.Career.Where(s => s.CaseId != file.CaseId && s.From < decidedOn).ToList();
        return before.Where(s => KindThen(file, s) is { } kind && PublicInstitutions.Contains(kind))
            .Select(joined => (Left: before.LastOrDefault(s => KindThen(file, s) is { } kind && CivilService.Contains(kind) && s.From < joined.From), Joined: joined))
            .LastOrDefault(p => p.Left is not null) is { Left: { } left } pair ? (left, pair.Joined) : null;
    }

    private static string UnitName(CaseFile file, CareerSpell spell) => file.UnitOn(spell.Post.UnitId, spell.From)?.Name ?? "";

    /// <summary>The unit's kind when the post was taken up (a 事业单位 approved as 参公 later was a 事业单位 then).</summary>
    private static UnitKind? KindThen(CaseFile file, CareerSpell spell) => file.UnitOn(spell.Post.UnitId, spell.From)?.Kind;
}
