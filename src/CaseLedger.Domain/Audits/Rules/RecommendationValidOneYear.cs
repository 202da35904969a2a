using CaseLedger.Domain.Cases;

namespace CaseLedger.Domain.Audits.Rules;

/// <summary>
/// RECO-VALID-1Y: the inspection targets (or, failing those, the inspection) rest on a democratic
/// recommendation at most one year old; a directed recommendation is valid for its post only.
/// </summary>
public sealed class RecommendationValidOneYear : AuditRule
{
    public override string Id => "RECO-VALID-1Y";

    public override string TitleChinese => "民主推荐结果一年内有效";

    public override string TitleEnglish => "A democratic recommendation is valid for one year (and a directed one for its post only)";

    public override Citation Citation => new("党政领导干部选拔任用工作条例（2019）", "民主推荐（中组部答问，条款号未核实）", "民主推荐结果在一年内有效。");

    public override AuditSeverity Severity => AuditSeverity.Violation;

    protected override IReadOnlyList<RuleVersion> Defaults { get; } =
    [
        new(1, new(2014, 1, 14), null, [new("validMonths", 12, "推荐结果有效期（月）/ validity in months")], "条例 2014 起 / from 条例 2014"),
    ];

    public override AuditFinding? Evaluate(CaseFile file)
    {
        if (file.Find<DemocraticRecommendationHeld>() is not { } reco)
            return null;
        var basis = file.Find<InspectionTargetsDetermined>()?.Entry ?? file.Find<InspectionCompleted>()?.Entry;
        if (basis is null || VersionOn(basis.EffectiveOn) is not { } version)
            return null;
        var r = reco.Data;
        var expires = reco.Entry.EffectiveOn.AddMonths(version.Parameter("validMonths"));
        if (basis.EffectiveOn > expires)
            return Found(file, version, basis.EffectiveOn, [reco.Entry.Version, basis.Version],
                $"民主推荐于 {reco.Entry.EffectiveOn:yyyy-MM-dd}，至 {basis.EffectiveOn:yyyy-MM-dd} 确定考察对象时已超过一年（{Cite}）。 / " +
                $"The recommendation of {reco.Entry.EffectiveOn:yyyy-MM-dd} was more than a year old when it was used on {basis.EffectiveOn:yyyy-MM-dd} ({Cite}).");
        if (r.Directed && file.Opened.ToPost is { } post && DirectedElsewhere(r, post) is var (zh, en))
            return Found(file, version, basis.EffectiveOn, [reco.Entry.Version, basis.Version],
                $"定向推荐针对{zh}，不是本案拟任的“{post.Title}”（{Cite}）。 / " +
                $"The directed recommendation was for {en}, not for \"{post.Title}\", the post of this case ({Cite}).");
        return null;
    }

    /// <summary>
    /// How the recommendation named a post other than <paramref name="post"/>, or null when it named that post. Posts are compared by
    /// identity (<see cref="Shared.Post.IdOf"/>); a record naming its post by title alone (before directedPostId) is read as that
    /// title in the unit of the case's post.
    /// </summary>
    private static (string Zh, string En)? DirectedElsewhere(DemocraticRecommendationHeld r, Shared.Post post)
    {
        var named = r.DirectedPostId ?? (r.DirectedPost is { } title ? Shared.Post.IdOf(post.UnitId, title) : null);
        if (named is null || named == post.Identity())
            return null;
        return r.DirectedPost is { } t ? ($"“{t}”", $"\"{t}\"") : ($"另一职位（{named}）", $"another post ({named})");
    }
}
