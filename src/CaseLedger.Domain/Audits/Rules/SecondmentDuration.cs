using CaseLedger.Domain.Cases;

namespace CaseLedger.Domain.Audits.Rules;

/// <summary>
/// GUAZHI-DURATION: a secondment (挂职) runs "一般是一至两年". No national regulation fixes it (catalogue §2.9, [N]/[U]),
/// so a secondment planned, extended or run beyond <c>maxYears</c> is a signal for review, never a violation.
/// 第一书记 have their own term (FIRST-SECRETARY-TERM). The length is from the start to the return or retention,
/// else to the latest planned end (an extension replaces it).
/// </summary>
public sealed class SecondmentDuration : AuditRule
{
    public override string Id => "GUAZHI-DURATION";

    public override string TitleChinese => "挂职时间一般为一至两年";

    public override string TitleEnglish => "A secondment generally lasts one to two years";

    public override Citation Citation => new("中华人民共和国公务员法（2018）第七十二条；公务员法释义（挂职锻炼）", "第七十二条",
        "机关可以采取挂职方式选派公务员承担重大工程、重大项目、重点任务或者其他专项工作。（释义：挂职锻炼的时间一般是一至两年。）");

    public override AuditSeverity Severity => AuditSeverity.NeedsReview;

    protected override IReadOnlyList<RuleVersion> Defaults { get; } =
    [
        new(1, new(2006, 1, 1), null,
        [
            new("maxYears", 2, "挂职时长上限（年）/ longest secondment before review, in years",
                "“一般是一至两年”出自公务员法释义，无全国性规定文本；上限为部署配置 / from a commentary, no national text: a deployment setting"),
        ], "公务员法（2005）施行之日起；2018 年修订为第七十二条 / from the 2005 Civil Servant Law's entry into force; Art 72 since 2018"),
    ];

    public override AuditFinding? Evaluate(CaseFile file)
    {
        if (file.Opened.Kind != CaseKind.Secondment || file.Opened.Channel == CaseChannel.VillageFirstSecretary
            || Span(file) is not { } span || VersionOn(span.Start) is not { } version)
            return null;
        var max = version.Parameter("maxYears");
        if (span.End <= span.Start.AddYears(max))
            return null;
        return Found(file, version, span.Start, span.Evidence,
            $"挂职自 {span.Start:yyyy-MM-dd} 至 {span.End:yyyy-MM-dd}（{span.WhatZh}），超过一般的 {max} 年，请复核（{Cite}）。 / " +
            $"The secondment runs from {span.Start:yyyy-MM-dd} to {span.End:yyyy-MM-dd} ({span.WhatEn}), longer than the usual {max} years: review ({Cite}).");
    }

    /// <summary>The secondment's start and end as recorded: the return or retention if any, else the latest planned end.</summary>
    internal static SecondmentSpan? Span(CaseFile file)
    {
        if (file.Find<SecondmentStarted>() is not { } started)
            return null;
        if (file.Find<SecondmentEnded>() is { } ended)
            return new(started.Entry.EffectiveOn, ended.Entry.EffectiveOn, [started.Entry.Version, ended.Entry.Version], "已返回", "returned", true);
        if (file.Find<SecondmentRetainedAtHost>() is { } retained)
            return new(started.Entry.EffectiveOn, retained.Entry.EffectiveOn, [started.Entry.Version, retained.Entry.Version], "留任", "retained at the host", true);
        if (file.Find<SecondmentExtended>() is { } extended)
            return new(started.Entry.EffectiveOn, extended.Data.NewPlannedEndOn, [started.Entry.Version, extended.Entry.Version], "延期后计划", "planned after extension", false);
        return new(started.Entry.EffectiveOn, started.Data.PlannedEndOn, [started.Entry.Version], "计划", "planned", false);
    }
}

/// <summary>A secondment's recorded span; <c>Ended</c> when it is over (returned or retained), not only planned.</summary>
internal sealed record SecondmentSpan(DateOnly Start, DateOnly End, IReadOnlyList<long> Evidence, string WhatZh, string WhatEn, bool Ended);
