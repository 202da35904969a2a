using CaseLedger.Domain.Cases;
using CaseLedger.Domain.Promotions;

namespace CaseLedger.Domain.Audits.Rules;

/// <summary>
/// NX-SECONDMENT-PROMOTION-CONSENT: a cadre on secondment on the day a promotion (提拔) is decided may be
/// promoted only with the sending unit's consent (派出单位同意) recorded on or before that day — on the promotion's
/// own case or on the secondment's. A retention at the host in a higher post is such a promotion, decided on
/// the secondment case itself (its collective decision, else the retention's day).
/// </summary>
public sealed class SecondmentPromotionConsent : AuditRule
{
    public override string Id => "NX-SECONDMENT-PROMOTION-CONSENT";

    public override string TitleChinese => "提拔挂职干部须经派出单位同意";

    public override string TitleEnglish => "Promoting a seconded cadre needs the sending unit's consent";

    public override Citation Citation => new("宁组发〔2016〕31号", "第五条第三款",
        "对表现优秀的挂职干部，经征求派出单位同意后，可按照有关规定提拔任职。");

    public override AuditSeverity Severity => AuditSeverity.Violation;

    protected override IReadOnlyList<RuleVersion> Defaults { get; } =
    [
        new(1, new(2016, 10, 8), null, [], "宁组发〔2016〕31号印发之日起 / from the policy's print date"),
    ];

    public override AuditFinding? Evaluate(CaseFile file)
    {
        if (file.Promotion is not { IsLeadershipPromotion: true, DecidedOn: { } on } promotion || VersionOn(on) is not { } version)
            return null;
        var post = promotion.To;
        // Retained at the host: the cadre is on this case's own secondment. Otherwise: on a secondment of another case that day.
        var secondment = promotion.Route == MoveRoute.RetentionAtHost
            ? file.Find<SecondmentStarted>() is { } started ? new SecondmentSpell(file.CaseId, started.Data.SendingUnitId, started.Entry.EffectiveOn, null, started.Data.HostUnitId) : null
            : file.Secondments.FirstOrDefault(s => s.CaseId != file.CaseId && s.Covers(on));
        if (secondment is null)
            return null;
        // Consent counts whether it was recorded on the promotion's case or on the secondment's.
        if ((file.Find<SendingUnitConsentRecorded>() is { } consent && consent.Entry.EffectiveOn <= on) || secondment.ConsentsOn.Any(d => d <= on))
            return null;
        var sending = file.UnitOn(secondment.SendingUnitId, on)?.Name ?? "派出单位";
        var evidence = (promotion.Decision ?? promotion.Move.Recorded).Version;
        return Found(file, version, on, [evidence],
            $"{file.CadreName} 自 {secondment.From:yyyy-MM-dd} 起挂职期间，于 {on:yyyy-MM-dd} 决定提拔为{post.Title}，" +
            $"决定前未记录{sending}同意（{Cite}）。 / {file.CadreName}, on secondment since {secondment.From:yyyy-MM-dd}, was decided for " +
            $"promotion to {post.Title} on {on:yyyy-MM-dd} with no consent of the sending unit ({sending}) recorded by then ({Cite}).");
    }
}
