using CaseLedger.Domain.Cases;

namespace CaseLedger.Domain.Audits.Rules;

/// <summary>
/// SURPRISE-PROMO-TRANSFER-OR-RESTRUCTURE: a promotion into a unit, or an exchange into or out of it,
/// collectively decided while the unit's principal leader is leaving or a restructuring of it is under
/// way (for exchanges also NX16 ¶7, 不得借干部交流突击提拔干部). No text fixes the window, so it is
/// configuration and the finding is a signal for review: from the announcement (or lookBackMonths before
/// the departure or completion, when that is earlier) to the departure or completion day (openEndedMonths
/// after the announcement when no such day is recorded). A restructuring counts for the units the case's
/// posts name; a principal leader's departure also for every unit below the departing leader's unit (the
/// promotion's unit or any unit above it in the tree on the decision day).
/// </summary>
public sealed class SurprisePromotion : AuditRule
{
    public override string Id => "SURPRISE-PROMO-TRANSFER-OR-RESTRUCTURE";

    public override string TitleChinese => "不准在工作调动、机构变动时突击提拔、调整干部";

    public override string TitleEnglish => "No burst of promotions or adjustments around a leader's departure or a restructuring";

    public override Citation Citation => new("党政领导干部选拔任用工作条例（2014）", "第六十一条第（八）项",
        "不准在工作调动、机构变动时，突击提拔、调整干部。");

    public override AuditSeverity Severity => AuditSeverity.NeedsReview;

    private const string NoWindowInText = "无文件规定时间窗口，为部署配置 / no text defines the window: a deployment setting";

    protected override IReadOnlyList<RuleVersion> Defaults { get; } =
    [
        new(1, new(2014, 1, 14), null,
        [
            new("lookBackMonths", 3, "离任或变动完成前几个月起即纳入复核窗口 / months before the departure or completion the window opens", NoWindowInText),
            new("openEndedMonths", 6, "未记录离任或完成日期时，公布后几个月内 / window length after the announcement when no end day is recorded", NoWindowInText),
        ], "条例（2014）印发之日起；2019 年修订后的条文编号未核实 / from the 2014 regulation's issue; the 2019 numbering is unconfirmed"),
    ];

    public override AuditFinding? Evaluate(CaseFile file)
    {
        var opened = file.Opened;
        var promotion = file.Promotion is not null;
        var exchange = opened.Kind == CaseKind.Exchange;
        if ((!promotion && !exchange) || file.Find<CollectiveDecisionTaken>() is not { } decision
            || VersionOn(decision.Entry.EffectiveOn) is not { } version)
            return null;

        var on = decision.Entry.EffectiveOn;
        var named = exchange ? new[] { opened.ToPost?.UnitId, opened.FromPost?.UnitId } : [opened.ToPost?.UnitId];
        // A departing leader leads the units below their own as well: the promotion's units and every unit above them (as the
        // tree stood on the decision day) count for a departure; a restructuring counts for the unit restructured.
        var chains = named.OfType<Guid>().Distinct().Select(id => file.Chain(id, on)).ToList();
        var hits = chains.SelectMany(chain => chain.Select((unit, depth) => (Unit: unit, Depth: depth)))
            .SelectMany(u => (u.Unit.Announcements ?? []).Where(a => u.Depth == 0 || a.Kind == UnitAnnouncementKind.LeaderDeparture)
                .Select(a => (u.Unit, Announcement: a, Window: Window(a, version))))
            .DistinctBy(h => (h.Unit.Id, h.Announcement))
            .Where(h => h.Window.From <= on && on <= h.Window.To)
            .ToList();
        if (hits.Count == 0)
            return null;

        var (whatZh, whatEn) = promotion ? ("提拔", "promotion") : ("交流", "exchange");
        var post = opened.ToPost?.Title ?? "";
        return Found(file, version, on, [file.Events[0].Version, decision.Entry.Version],
            $"{on:yyyy-MM-dd} 集体决定{whatZh}{file.CadreName}任{post}，时值{string.Join("；", hits.Select(h => Zh(h.Unit, h.Announcement, h.Window)))}，需复核是否突击{whatZh}（{Cite}）。 / " +
            $"The {whatEn} of {file.CadreName} to {post} was decided on {on:yyyy-MM-dd}, within {string.Join("; ", hits.Select(h => En(h.Unit, h.Announcement, h.Window)))}: " +
            $"review for a surprise {whatEn} ({Cite}).");
    }

    private static (DateOnly From, DateOnly To) Window(UnitAnnouncement a, RuleVersion version) =>
        a.EndsOn is { } ends
            ? (Min(a.AnnouncedOn, ends.AddMonths(-version.Parameter("lookBackMonths"))), ends)
            : (a.AnnouncedOn, a.AnnouncedOn.AddMonths(version.Parameter("openEndedMonths")));

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

    private static string Zh(UnitFacts unit, UnitAnnouncement a, (DateOnly From, DateOnly To) w) =>
        (a.Kind == UnitAnnouncementKind.LeaderDeparture ? $"{unit.Name}主要领导{a.Subject}离任（{a.AnnouncedOn:yyyy-MM-dd} 明确" : $"{unit.Name}机构变动“{a.Subject}”（{a.AnnouncedOn:yyyy-MM-dd} 公布")
        + $"{(a.EndsOn is { } e ? $"，{e:yyyy-MM-dd} {(a.Kind == UnitAnnouncementKind.LeaderDeparture ? "离任" : "完成")}" : "")}；复核窗口 {w.From:yyyy-MM-dd} 至 {w.To:yyyy-MM-dd}）";

    private static string En(UnitFacts unit, UnitAnnouncement a, (DateOnly From, DateOnly To) w) =>
        (a.Kind == UnitAnnouncementKind.LeaderDeparture ? $"the departure of {unit.Name}'s principal leader {a.Subject} (known {a.AnnouncedOn:yyyy-MM-dd}" : $"the restructuring of {unit.Name}, '{a.Subject}' (announced {a.AnnouncedOn:yyyy-MM-dd}")
        + $"{(a.EndsOn is { } e ? $", {(a.Kind == UnitAnnouncementKind.LeaderDeparture ? "leaving" : "completing")} {e:yyyy-MM-dd}" : "")}; window {w.From:yyyy-MM-dd} to {w.To:yyyy-MM-dd})";
}
