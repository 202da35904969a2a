using CaseLedger.Domain.Cadres;
using CaseLedger.Domain.Cases;

namespace CaseLedger.Domain.Audits.Rules;

/// <summary>
/// NX-NO-FAVOUR-EXCHANGE: signals of a 照顾性交流 (an exchange for the cadre's convenience), never a
/// violation — no text says when an exchange is a favour, so each signal goes to review: the stated
/// reason is the cadre's own request; the destination unit lies in a place the cadre grew up in (it or a
/// unit above it in the unit tree names a growth place; units at city level and below only, so "宁夏" does
/// not match every regional body); a declared relative holds a post in the destination unit when the exchange is decided.
/// </summary>
public sealed class FavourExchangeSignals : AuditRule
{
    public override string Id => "NX-NO-FAVOUR-EXCHANGE";

    public override string TitleChinese => "杜绝照顾性交流（需复核信号）";

    public override string TitleEnglish => "No favour exchanges (signals for review)";

    public override Citation Citation => new("宁组发〔2016〕31号", "第七条",
        "坚决杜绝人为设置干部交流障碍、照顾性交流以及借干部交流之名谋取私利等不正之风的发生。");

    public override AuditSeverity Severity => AuditSeverity.NeedsReview;

    private const string Heuristic = "无文件规定何为照顾性交流，信号及其门槛为部署配置 / no text defines a favour exchange: the signals and their threshold are deployment settings";

    protected override IReadOnlyList<RuleVersion> Defaults { get; } =
    [
        new(1, new(2016, 10, 8), null,
        [
            new("minSignals", 1, "至少几个信号才提示复核 / how many signals raise a review", Heuristic),
            new("growthPlaceMinLength", 2, "成长地至少几个字才参与比对 / shortest growth place compared with the unit name", Heuristic),
        ], "宁组发〔2016〕31号印发之日起 / from the policy's print date"),
    ];

    public override AuditFinding? Evaluate(CaseFile file)
    {
        if (file.Opened.Kind != CaseKind.Exchange)
            return null;
        var opened = file.Events.First(e => e.Data is CaseOpened);
        var decision = file.Find<CollectiveDecisionTaken>()?.Entry;
        var on = decision?.EffectiveOn ?? opened.EffectiveOn;
        if (VersionOn(on) is not { } version)
            return null;

        var destination = file.UnitOn(file.Opened.ToPost?.UnitId, on);
        var signals = new List<(string Zh, string En)>();
        if (file.Opened.ExchangeReason == ExchangeReason.PersonalRequest)
            signals.Add(("交流原因为本人申请", "the stated reason is the cadre's own request"));
        // The destination lies in a place the cadre grew up in when it, or a unit above it in the tree (city level and
        // below, so 宁夏 matches nothing), is that place: a township under 西吉县 is in 西吉.
        if (destination is not null
            && GrowthPlaces.Containing(file, destination.Id, on, version.Parameter("growthPlaceMinLength")) is ({ } place, { } home))
            signals.Add(($"交流去向{destination.Name}位于本人成长地“{place}”（{home.Name}）", $"the destination {destination.Name} lies in the growth place '{place}' ({home.Name})"));
        if (destination is not null)
        {
            foreach (var tie in (file.Kin ?? []).Where(k => k.Posts.Any(p => p.UnitId == destination.Id && p.HeldOn(on))))
            {
                var post = tie.Posts.First(p => p.UnitId == destination.Id && p.HeldOn(on));
                signals.Add(($"申报的亲属{tie.RelativeName}（{Chinese(tie.Relation)}）时任{destination.Name}{post.Title}",
                    $"the declared relative {tie.RelativeName} ({tie.Relation}) then held {post.Title} in {destination.Name}"));
            }
        }
        if (signals.Count == 0 || signals.Count < version.Parameter("minSignals"))
            return null;

        return Found(file, version, on, decision is null ? [opened.Version] : [opened.Version, decision.Version],
            $"交流（{on:yyyy-MM-dd}）出现照顾性交流信号，需复核：{string.Join("；", signals.Select(s => s.Zh))}（{Cite}）。 / " +
            $"The exchange ({on:yyyy-MM-dd}) shows favour-exchange signals for review: {string.Join("; ", signals.Select(s => s.En))} ({Cite}).");
    }

    private static string Chinese(KinRelation relation) => relation switch
    {
        KinRelation.Spouse => "夫妻",
        KinRelation.LinealKin => "直系血亲",
        KinRelation.CollateralKinWithinThreeGenerations => "三代以内旁系血亲",
        _ => "近姻亲",
    };
}
