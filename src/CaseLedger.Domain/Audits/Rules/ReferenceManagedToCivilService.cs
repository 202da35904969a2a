using CaseLedger.Domain.Cadres;
using CaseLedger.Domain.Cases;
using CaseLedger.Domain.Units;

namespace CaseLedger.Domain.Audits.Rules;

/// <summary>
/// NX-CANZHAO-TO-CIVIL-SERVICE: a 转任 out of a unit that was 参公 on the decision date (its kind then, not now) into a 公务员法 organ (党政机关) or a 参公 people's or
/// mass organisation is open only to staff hired through 事业单位公开招聘 before the unit's 参公 approval and
/// already 参公-registered. No registration in that unit by the decision date is a violation. A registration
/// whose hire does not show that path — hired on or after the approval (or with no approval date recorded)
/// other than by 考录, or before it by another channel (调入, placement) — needs review: the text names the
/// permitted path but not what follows from every other one. Hired through 考录 the cadre is in the civil
/// service's own pipeline, so nothing is raised.
/// </summary>
public sealed class ReferenceManagedToCivilService : AuditRule
{
    public override string Id => "NX-CANZHAO-TO-CIVIL-SERVICE";

    public override string TitleChinese => "参公单位人员转任到实施公务员法单位或参公群团，须为批准参公前公开招聘录用且已参公登记";

    public override string TitleEnglish => "转任 out of a 参公 unit: only staff openly recruited before the unit's 参公 approval and already registered";

    public override Citation Citation => new("宁组发〔2016〕31号", "第四条第二款",
        "对在单位批准参照公务员法管理之前，通过事业单位公开招聘录用，且已经参照公务员法登记的人员，可以交流（转任）到实施公务员法单位或参照公务员法管理的人民团体和群众团体中工作。");

    public override AuditSeverity Severity => AuditSeverity.Violation;

    protected override IReadOnlyList<RuleVersion> Defaults { get; } =
    [
        new(1, new(2016, 10, 8), null, [], "宁组发〔2016〕31号印发之日起 / from the policy's print date"),
    ];

    public override AuditFinding? Evaluate(CaseFile file)
    {
        var opened = file.Opened;
        var decidedOn = file.Find<CollectiveDecisionTaken>()?.Entry.EffectiveOn ?? DateOnly.MaxValue;
        if (opened.Channel != CaseChannel.LateralTransfer
            || file.UnitOn(opened.FromPost?.UnitId, decidedOn) is not { Kind: UnitKind.ReferenceManagedUnit } source
            || opened.ToPost is not { } post
            || file.UnitOn(post.UnitId, decidedOn) is not { Kind: UnitKind.PartyGovOrgan or UnitKind.PeoplesOrganization } target
            || file.Find<CollectiveDecisionTaken>() is not { } decision
            || VersionOn(decision.Entry.EffectiveOn) is not { } version)
            return null;

        var on = decision.Entry.EffectiveOn;
        var lead = $"转任{file.CadreName}自参公单位{source.Name}到{target.Name}任{post.Title}，于 {on:yyyy-MM-dd} 决定";
        var leadEn = $"转任 of {file.CadreName} from the 参公 unit {source.Name} to {post.Title} in {target.Name}, decided {on:yyyy-MM-dd}";
        if ((file.ReferenceManagedRegistrations ?? []).LastOrDefault(r => r.UnitId == source.Id && r.RegisteredOn <= on) is not { } registration)
            return Found(file, version, on, [decision.Entry.Version],
                $"{lead}；决定前未见其在该单位的参公登记记录（{Cite}）。 / {leadEn}: no 参公 registration in that unit by then ({Cite}).");

        var approved = source.ReferenceManagedApprovedOn;
        var openBeforeApproval = registration.HiredThrough == HireChannel.PublicInstitutionOpenRecruitment && approved is { } a && registration.HiredOn < a;
        if (openBeforeApproval || registration.HiredThrough == HireChannel.CivilServiceExam)
            return null;
        var (channelZh, channelEn) = Name(registration.HiredThrough);
        var (approvedZh, approvedEn) = approved is { } day ? ($"单位于 {day:yyyy-MM-dd} 批准参公", $"the unit was approved as 参公 on {day:yyyy-MM-dd}")
            : ("单位参公批准日期未登记", "the unit's 参公 approval date is not recorded");
        return Found(file, version, on, [decision.Entry.Version],
            $"{lead}；其于 {registration.HiredOn:yyyy-MM-dd} 经{channelZh}进入该单位，{approvedZh}，于 {registration.RegisteredOn:yyyy-MM-dd} 参公登记" +
            $"（{registration.Reference}），不属批准参公前经事业单位公开招聘录用的人员，需复核（{Cite}）。 / {leadEn}: hired there {registration.HiredOn:yyyy-MM-dd} " +
            $"by {channelEn}, {approvedEn}, registered {registration.RegisteredOn:yyyy-MM-dd} ({registration.Reference}); not shown to be openly " +
            $"recruited before the approval, so it needs review ({Cite}).",
            AuditSeverity.NeedsReview);
    }

    private static (string Chinese, string English) Name(HireChannel channel) => channel switch
    {
        HireChannel.PublicInstitutionOpenRecruitment => ("事业单位公开招聘", "open recruitment"),
        HireChannel.CivilServiceExam => ("考录", "civil-service examination"),
        HireChannel.TransferIn => ("调入", "transfer from another unit"),
        _ => ("其他方式", "another channel"),
    };
}
