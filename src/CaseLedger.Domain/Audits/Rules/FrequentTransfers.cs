using CaseLedger.Domain.Cases;

namespace CaseLedger.Domain.Audits.Rules;

/// <summary>
/// ZR20-FREQUENT-TRANSFER: "对同一人员不得频繁转任". The text does not say how frequent is too frequent, so the count is
/// configuration and the finding a signal for review: a 转任 decided when the cadre has already moved by the ledger's
/// cases (posts taken up through a case, not baseline postings) so that this move makes <c>maxMoves</c> or more within
/// <c>windowMonths</c>.
/// </summary>
public sealed class FrequentTransfers : AuditRule
{
    public override string Id => "ZR20-FREQUENT-TRANSFER";

    public override string TitleChinese => "对同一人员不得频繁转任";

    public override string TitleEnglish => "The same person is not transferred again and again";

    public override Citation Citation => new("公务员转任规定（2020）", "纪律要求第（六）项（条文编号未核实）",
        "开展公务员转任，应当遵守下列纪律：……（六）对同一人员不得频繁转任。");

    public override AuditSeverity Severity => AuditSeverity.NeedsReview;

    private const string NotQuantified = "“频繁”无文件定量，部署配置（一篇二手文章举例为一年内两次以上）/ '频繁' is not quantified: a deployment setting";

    protected override IReadOnlyList<RuleVersion> Defaults { get; } =
    [
        new(1, new(2020, 12, 28), null,
        [
            new("maxMoves", 2, "窗口内（含本次）达到此次数即复核 / moves within the window, this one included, that call for review", NotQuantified),
            new("windowMonths", 12, "统计窗口（月）/ window in months", NotQuantified),
        ], "公务员转任规定 2020-12-28 发布之日起 / from the 2020 regulation's publication"),
    ];

    public override AuditFinding? Evaluate(CaseFile file)
    {
        if (file.Opened.Channel != CaseChannel.LateralTransfer)
            return null;
        var judged = file.Find<CollectiveDecisionTaken>()?.Entry ?? file.Events[0];
        if (VersionOn(judged.EffectiveOn) is not { } version)
            return null;
        var on = judged.EffectiveOn;
        var since = on.AddMonths(-version.Parameter("windowMonths"));
        var earlier = file.Career.Where(s => s.CaseId is { } c && c != file.CaseId && s.From > since && s.From <= on).ToList();
        var max = version.Parameter("maxMoves");
        if (earlier.Count + 1 < max)
            return null;
        return Found(file, version, on, [judged.Version],
            $"{on:yyyy-MM-dd} 决定转任{file.CadreName}，此前 {version.Parameter("windowMonths")} 个月内已因案件调整任职 {earlier.Count} 次" +
            $"（{string.Join("、", earlier.Select(s => $"{s.From:yyyy-MM-dd} 任{s.Post.Title}"))}），连同本次达 {earlier.Count + 1} 次，请复核是否频繁转任（{Cite}）。 / " +
            $"The transfer of {file.CadreName} decided on {on:yyyy-MM-dd} comes after {earlier.Count} move(s) by case in the previous {version.Parameter("windowMonths")} months " +
            $"({string.Join(", ", earlier.Select(s => $"{s.Post.Title} from {s.From:yyyy-MM-dd}"))}), {earlier.Count + 1} with this one: review for too frequent transfers ({Cite}).");
    }
}
