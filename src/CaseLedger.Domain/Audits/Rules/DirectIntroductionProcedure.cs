using CaseLedger.Domain.Cases;
using CaseLedger.Domain.Promotions;
using CaseLedger.Domain.Units;

namespace CaseLedger.Domain.Audits.Rules;

/// <summary>
/// NX-DIRECT-INTRO-SOE-LEADER: a talent directly introduced (直接引进) as a leader of a state-owned enterprise or public
/// institution (事业单位, university, research institute) is appointed only after public recommendation → inspection →
/// public notice, in that order. Judged at the appointment notice: a missing step, or a step dated after one that should
/// follow it (the public notice must have ended by the notice). The ledger records the recommendation as a democratic
/// recommendation (DemocraticRecommendationHeld); for this channel it stands for the 公开推荐, and the earliest one counts.
/// A direct introduction into a Party or government organ is not this clause's case.
/// </summary>
public sealed class DirectIntroductionProcedure : AuditRule
{
    public override string Id => "NX-DIRECT-INTRO-SOE-LEADER";

    public override string TitleChinese => "直接引进为国有企事业单位领导人员须经公开推荐、考察、公示";

    public override string TitleEnglish => "Direct introduction as an SOE or public-institution leader follows public recommendation, inspection and public notice";

    public override Citation Citation => new("宁组发〔2016〕31号", "第三条第二款",
        "经过公开推荐、考察、公示后，可直接引进聘任为国有企事业单位领导人员。");

    public override AuditSeverity Severity => AuditSeverity.Violation;

    protected override IReadOnlyList<RuleVersion> Defaults { get; } =
    [
        new(1, new(2016, 10, 8), null, [], "宁组发〔2016〕31号印发之日起 / from the policy's print date"),
    ];

    /// <summary>The steps in the order the clause sets, the appointment notice last.</summary>
    private static readonly (string Chinese, string English)[] Names =
    [
        ("公开推荐", "the public recommendation (DemocraticRecommendationHeld)"),
        ("考察", "the inspection (InspectionCompleted)"),
        ("公示", "the public notice (PublicNoticeGiven)"),
        ("任职通知", "the appointment notice (AppointmentNoticeIssued)"),
    ];

    /// <summary>When a step ran (a public notice runs over days) and the stream version that records it.</summary>
    private sealed record Dated(DateOnly From, DateOnly Until, long Version);

    public override AuditFinding? Evaluate(CaseFile file)
    {
        var opened = file.Opened;
        if (opened.Channel != CaseChannel.DirectIntroduction || opened.ToPost is not { } post || !PostLadder.Of(post).IsLeadership
            || file.UnitOn(post.UnitId, file.Find<AppointmentNoticeIssued>()?.Entry.EffectiveOn ?? DateOnly.MaxValue) is not { Kind: UnitKind.StateOwnedEnterprise or UnitKind.PublicInstitution or UnitKind.University or UnitKind.ResearchInstitute } unit
            || file.Find<AppointmentNoticeIssued>() is not { } appointment || VersionOn(appointment.Entry.EffectiveOn) is not { } version)
            return null;

        var on = appointment.Entry.EffectiveOn;
        Dated?[] steps =
        [
            file.Current.Where(e => e.Data is DemocraticRecommendationHeld).MinBy(e => e.EffectiveOn) is { } r ? new(r.EffectiveOn, r.EffectiveOn, r.Version) : null,
            file.Find<InspectionCompleted>() is { } i ? new(i.Entry.EffectiveOn, i.Entry.EffectiveOn, i.Entry.Version) : null,
            file.Find<PublicNoticeGiven>() is { } n ? new(n.Data.StartOn, n.Data.EndOn, n.Entry.Version) : null,
            new(on, on, appointment.Entry.Version),
        ];
        var missing = Enumerable.Range(0, steps.Length).Where(k => steps[k] is null).ToList();
        var inverted = (from a in Enumerable.Range(0, steps.Length)
                        from b in Enumerable.Range(a + 1, steps.Length - a - 1)
                        where steps[a] is { } x && steps[b] is { } y && x.Until > y.From
                        select (a, b)).ToList();
        if (missing.Count == 0 && inverted.Count == 0)
            return null;

        var zh = new List<string>();
        var en = new List<string>();
        if (missing.Count > 0)
        {
            zh.Add($"缺少{string.Join("、", missing.Select(k => Names[k].Chinese))}");
            en.Add($"missing {string.Join(", ", missing.Select(k => Names[k].English))}");
        }
        foreach (var (a, b) in inverted)
        {
            zh.Add($"{Names[a].Chinese}（{steps[a]!.Until:yyyy-MM-dd}）晚于{Names[b].Chinese}（{steps[b]!.From:yyyy-MM-dd}）");
            en.Add($"{Names[a].English} ({steps[a]!.Until:yyyy-MM-dd}) after {Names[b].English} ({steps[b]!.From:yyyy-MM-dd})");
        }
        var evidence = inverted.SelectMany(p => new[] { steps[p.a]!.Version, steps[p.b]!.Version }).Append(appointment.Entry.Version);
        return Found(file, version, on, evidence,
            $"直接引进{file.CadreName}任{unit.Name}{post.Title}，于 {on:yyyy-MM-dd} 下发任职通知：{string.Join("；", zh)}（{Cite}）。 / " +
            $"{file.CadreName}, directly introduced as {post.Title} of {unit.Name}, appointment notice of {on:yyyy-MM-dd}: {string.Join("; ", en)} ({Cite}).");
    }
}
