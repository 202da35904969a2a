using CaseLedger.Domain.Cadres;
using CaseLedger.Domain.Cases;

namespace CaseLedger.Domain.Audits.Rules;

/// <summary>
/// SANCTION-BLOCKS-PROMOTION: during a sanction's period a cadre is not promoted — neither to a higher leadership post
/// nor to a higher rank (不得晋升职务、职级和级别). Each sanction blocks for the period its own text fixes
/// (<see cref="SanctionPeriods"/>: 政务处分 by GWYF18 Art 64 / CF07 Art 7, 党纪处分 by the Party's disciplinary regulation),
/// half-open from the day it was decided, judged on the promotion's decision day (else its appointment notice).
/// Admonishment and organisational handling are NOT-INSPECTABLE's matter, not this rule's.
/// </summary>
public sealed class SanctionBlocksPromotion : AuditRule
{
    public override string Id => "SANCTION-BLOCKS-PROMOTION";

    public override string TitleChinese => "受处分期间不得晋升职务、职级";

    public override string TitleEnglish => "No promotion, to a post or a rank, during a sanction's period";

    public override Citation Citation => new("中华人民共和国公务员法（2018）", "第六十四条",
        "公务员在受处分期间不得晋升职务、职级和级别……受处分的期间为：警告，六个月；记过，十二个月；记大过，十八个月；降级、撤职，二十四个月。");

    public override AuditSeverity Severity => AuditSeverity.Violation;

    protected override IReadOnlyList<RuleVersion> Defaults { get; } =
    [
        new(1, new(2007, 6, 1), new(2019, 5, 31), [],
            "行政机关公务员处分条例（2007）第七条、第八条：处分期间不得晋升职务和级别；党纪处分依纪律处分条例 / CF07 Arts 7–8; Party sanctions by the Party's regulation"),
        new(2, new(2019, 6, 1), null, [],
            "公务员法（2018）第六十四条施行起，职级晋升同受限制 / from GWYF18 Art 64, which bars rank promotion too"),
    ];

    public override AuditFinding? Evaluate(CaseFile file)
    {
        if (file.Promotion is not { } promotion)
            return null;
        var judged = promotion.Decision ?? file.Find<AppointmentNoticeIssued>()?.Entry;
        if (judged is not { } entry || VersionOn(entry.EffectiveOn) is not { } version)
            return null;
        var on = entry.EffectiveOn;
        var blocking = (file.Sanctions ?? []).Where(s => s.Kind is SanctionKind.PartyDiscipline or SanctionKind.StateSupervisory && s.Covers(on)).ToList();
        if (blocking.Count == 0)
            return null;
        var post = promotion.To.Title;
        return Found(file, version, on, [promotion.Move.Recorded.Version, entry.Version],
            $"{on:yyyy-MM-dd} 决定晋升{file.CadreName}任{post}，时在处分期内：{string.Join("；", blocking.Select(s => $"{s.StartOn:yyyy-MM-dd} {s.Sanction}，期间 {s.EffectMonths} 个月至 {s.EndsOn.AddDays(-1):yyyy-MM-dd}"))}（{Cite}）。 / " +
            $"The promotion of {file.CadreName} to {post} was decided on {on:yyyy-MM-dd}, within the period of " +
            $"{string.Join("; ", blocking.Select(s => $"the {s.Sanction} of {s.StartOn:yyyy-MM-dd} ({s.EffectMonths} months, to {s.EndsOn.AddDays(-1):yyyy-MM-dd})"))} ({Cite}).");
    }
}
