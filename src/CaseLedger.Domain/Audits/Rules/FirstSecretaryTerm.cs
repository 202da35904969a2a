using CaseLedger.Domain.Cases;

namespace CaseLedger.Domain.Audits.Rules;

/// <summary>
/// FIRST-SECRETARY-TERM: a 第一书记's term is "一般为1—3年" (DYSJ15). 一般 and no procedure for exceptions: a term planned,
/// extended or run beyond <c>maxYears</c>, or one that ended (returned, not retained) before <c>minYears</c>, is a signal
/// for review. Lengths come from the same span as GUAZHI-DURATION.
/// </summary>
public sealed class FirstSecretaryTerm : AuditRule
{
    public override string Id => "FIRST-SECRETARY-TERM";

    public override string TitleChinese => "第一书记任期一般为1至3年";

    public override string TitleEnglish => "A village first secretary's term is generally one to three years";

    public override Citation Citation => new("中组部、中农办、国务院扶贫办《关于做好选派机关优秀干部到村任第一书记工作的通知》（2015）", "任期",
        "第一书记任期一般为1—3年，由县（市、区、旗）党委组织部、乡镇党委和派出单位共同管理。");

    public override AuditSeverity Severity => AuditSeverity.NeedsReview;

    protected override IReadOnlyList<RuleVersion> Defaults { get; } =
    [
        new(1, new(2015, 4, 29), null,
        [
            new("minYears", 1, "任期下限（年）/ shortest term, in years"),
            new("maxYears", 3, "任期上限（年）/ longest term, in years"),
        ], "2015 年通知印发起（日期据公开报道）/ from the 2015 notice (date as publicly reported)"),
    ];

    public override AuditFinding? Evaluate(CaseFile file)
    {
        if (file.Opened.Channel != CaseChannel.VillageFirstSecretary || SecondmentDuration.Span(file) is not { } span
            || VersionOn(span.Start) is not { } version)
            return null;
        var (min, max) = (version.Parameter("minYears"), version.Parameter("maxYears"));
        var returnedEarly = span.Ended && span.WhatEn == "returned" && span.End < span.Start.AddYears(min);
        if (span.End <= span.Start.AddYears(max) && !returnedEarly)
            return null;
        var (zh, en) = returnedEarly ? ($"不足 {min} 年", $"shorter than {min} year(s)") : ($"超过 {max} 年", $"longer than {max} years");
        return Found(file, version, span.Start, span.Evidence,
            $"第一书记任期自 {span.Start:yyyy-MM-dd} 至 {span.End:yyyy-MM-dd}（{span.WhatZh}），{zh}，请复核（{Cite}）。 / " +
            $"The first secretary's term runs from {span.Start:yyyy-MM-dd} to {span.End:yyyy-MM-dd} ({span.WhatEn}), {en}: review ({Cite}).");
    }
}
