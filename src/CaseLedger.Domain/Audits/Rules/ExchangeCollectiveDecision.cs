using CaseLedger.Domain.Cases;

namespace CaseLedger.Domain.Audits.Rules;

/// <summary>
/// NX-EXCHANGE-COLLECTIVE-DECISION, both parts of NX16 ¶7. (a) The exchange target is decided collectively
/// by the Party committee (leading group): a 书记办公会 or 圈阅 is not a collective decision, nor is a meeting
/// without the 2/3 quorum; an exchange that took effect with no decision recorded at all is one too (violation).
/// (b) 不得借干部交流突击提拔干部: an exchange that also promotes the cadre, decided inside a surprise-promotion
/// window of a unit it names (SURPRISE-PROMO-TRANSFER-OR-RESTRUCTURE with its default window), is a signal
/// for review — a violation only together with (a).
/// </summary>
public sealed class ExchangeCollectiveDecision : AuditRule
{
    public override string Id => "NX-EXCHANGE-COLLECTIVE-DECISION";

    public override string TitleChinese => "集体研究决定交流对象";

    public override string TitleEnglish => "Exchange targets are decided collectively";

    public override Citation Citation => new("宁组发〔2016〕31号", "第七条",
        "要严格执行干部交流程序和要求，集体研究决定交流对象，不得借干部交流突击提拔干部。");

    public override AuditSeverity Severity => AuditSeverity.Violation;

    protected override IReadOnlyList<RuleVersion> Defaults { get; } =
    [
        new(1, new(2016, 10, 8), null, [new("quorumTwoThirds", 1, "是否要求三分之二以上成员到会（1=是）/ 1 = the 2/3 quorum applies")],
            "宁组发〔2016〕31号印发之日起 / from the policy's print date"),
    ];

    private static readonly SurprisePromotion SurpriseWindow = new();

    public override AuditFinding? Evaluate(CaseFile file)
    {
        if (file.Opened.Kind != CaseKind.Exchange)
            return null;
        var collective = CollectivelyDecided(file);
        if (SurprisePromotionThroughExchange(file) is not { } surprise)
            return collective;
        if (collective is null)
            return VersionOn(surprise.EffectiveOn) is { } version
                ? Found(file, version, surprise.EffectiveOn, surprise.EvidenceVersions,
                    BilingualExplanation.Join("", "借交流突击提拔之嫌（第七条后段）：", "Possibly a surprise promotion through an exchange (¶7, second part): ", surprise.Explanation),
                    AuditSeverity.NeedsReview)
                : null;
        return collective with
        {
            EvidenceVersions = [.. collective.EvidenceVersions.Union(surprise.EvidenceVersions).Order()],
            Explanation = BilingualExplanation.Join(collective.Explanation, "另：借交流突击提拔之嫌：", " Also, possibly a surprise promotion through an exchange: ", surprise.Explanation),
        };
    }

    /// <summary>Part (b): the exchange raises the cadre's post inside a surprise-promotion window.</summary>
    private static AuditFinding? SurprisePromotionThroughExchange(CaseFile file) =>
        file.Promotion is not null ? SurpriseWindow.Evaluate(file) : null;

    /// <summary>Part (a): decided collectively, by a valid body with its quorum.</summary>
    private AuditFinding? CollectivelyDecided(CaseFile file)
    {
        if (file.Find<CollectiveDecisionTaken>() is not { } decision)
        {
            if (file.Find<AppointmentNoticeIssued>() is not { } notice || VersionOn(notice.Entry.EffectiveOn) is not { } v)
                return null;
            return Found(file, v, notice.Entry.EffectiveOn, [notice.Entry.Version],
                $"交流已于 {notice.Entry.EffectiveOn:yyyy-MM-dd} 下发任职通知，未记录集体讨论决定（{Cite}）。 / " +
                $"The exchange took effect on {notice.Entry.EffectiveOn:yyyy-MM-dd} with no collective decision recorded ({Cite}).");
        }

        var d = decision.Data;
        var on = decision.Entry.EffectiveOn;
        if (VersionOn(on) is not { } version)
            return null;
        if (d.Body is DecisionBody.SecretariesMeeting or DecisionBody.CirculationApproval)
        {
            var (zh, en) = d.Body == DecisionBody.SecretariesMeeting ? ("书记办公会", "a secretaries' meeting (书记办公会)") : ("圈阅", "circulation (圈阅)");
            return Found(file, version, on, [decision.Entry.Version],
                $"交流对象于 {on:yyyy-MM-dd} 由{zh}决定，不是党委（党组）集体研究决定（{Cite}）。 / " +
                $"The exchange was decided on {on:yyyy-MM-dd} by {en}, not collectively by the Party committee ({Cite}).");
        }
        if (version.Parameter("quorumTwoThirds") == 1 && d.Attendees * 3 < d.MembersEntitled * 2)
            return Found(file, version, on, [decision.Entry.Version],
                $"交流对象于 {on:yyyy-MM-dd} 决定时应到 {d.MembersEntitled} 人、实到 {d.Attendees} 人，不足三分之二，不构成集体决定（{Cite}）。 / " +
                $"The exchange was decided on {on:yyyy-MM-dd} with {d.Attendees} of {d.MembersEntitled} members present, below 2/3: " +
                $"not a collective decision ({Cite}).");
        return null;
    }
}
