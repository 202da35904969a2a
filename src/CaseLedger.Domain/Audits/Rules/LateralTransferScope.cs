using CaseLedger.Domain.Cases;

namespace CaseLedger.Domain.Audits.Rules;

/// <summary>
/// ZR20-SCOPE: 转任 is a move at the same leadership level or the same or an equivalent rank; a change of level
/// follows the promotion rules instead. A 转任 that raises the cadre (the ledger's one notion of promotion) is a
/// promotion hidden in a transfer: a violation.
/// </summary>
public sealed class LateralTransferScope : AuditRule
{
    public override string Id => "ZR20-SCOPE";

    public override string TitleChinese => "转任限于同一职务层次，不得以转任名义晋升";

    public override string TitleEnglish => "A lateral transfer stays at the same level: no promotion hidden in a 转任";

    public override Citation Citation => new("公务员转任规定（2020）", "第二条",
        "公务员在同一领导职务层次、同一或者相当职级层次的转任，适用本规定。……涉及领导职务和职级升降……按照有关规定办理。");

    public override AuditSeverity Severity => AuditSeverity.Violation;

    protected override IReadOnlyList<RuleVersion> Defaults { get; } =
    [
        new(1, new(2020, 12, 28), null, [], "公务员转任规定 2020-12-28 发布之日起 / from the 2020 regulation's publication"),
    ];

    public override AuditFinding? Evaluate(CaseFile file)
    {
        if (file.Opened.Channel != CaseChannel.LateralTransfer || file.Promotion is not { } promotion)
            return null;
        var judged = file.Find<CollectiveDecisionTaken>()?.Entry ?? file.Events[0];
        if (VersionOn(judged.EffectiveOn) is not { } version)
            return null;
        var on = judged.EffectiveOn;
        return Found(file, version, on, [file.Events[0].Version, judged.Version],
            $"以转任办理 {file.CadreName} 由{promotion.From?.Title}到{promotion.To.Title}，职务层次提高，实为晋升，应按晋升程序办理（{Cite}）。 / " +
            $"{file.CadreName}'s move from {promotion.From?.Title} to {promotion.To.Title} raises the post's level but was handled as a lateral transfer: " +
            $"a promotion, to be handled by the promotion rules ({Cite}).");
    }
}
