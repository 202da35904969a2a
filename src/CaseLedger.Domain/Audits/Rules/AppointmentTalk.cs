using CaseLedger.Domain.Cases;
using CaseLedger.Domain.Promotions;

namespace CaseLedger.Domain.Audits.Rules;

/// <summary>
/// TL-APPOINTMENT-TALK: a cadre promoted to a 领导职务 is talked with (任职谈话) by the deciding committee's appointee once the
/// appointment is decided, before the post is taken up (条例 2019; the catalogue lists only the term, §5.2, with no article
/// or wording, so it is [U] and this is a *needs review* signal, never a violation). Reading, conservative where the
/// catalogue is silent: judged once the appointment notice is issued, for decisions from 条例 2019's issue date; only
/// leadership promotions (the one model of promotion) and not an election, a 聘任 or a retention at the host, whose own
/// texts were not retrieved. Raised when no talk is recorded, or when the talk is dated before the collective decision (a
/// talk with a cadre not yet appointed is no 任职谈话). A talk dated after the notice still counts: no text retrieved fixes a deadline.
/// </summary>
public sealed class AppointmentTalk : AuditRule
{
    public override string Id => "TL-APPOINTMENT-TALK";

    public override string TitleChinese => "提拔任用领导干部，决定后任职前应进行任职谈话";

    public override string TitleEnglish => "A cadre promoted to a leadership post has an appointment talk after the decision";

    public override Citation Citation => new("党政领导干部选拔任用工作条例（2019）", "任职谈话（条款号、原文未核实）",
        "原文未检索到；规则目录 §5.2 仅列术语“任职谈话 / appointment talk”，故只作复核信号。");

    public override AuditSeverity Severity => AuditSeverity.NeedsReview;

    protected override IReadOnlyList<RuleVersion> Defaults { get; } =
    [
        new(1, new(2019, 3, 17), null, [], "条例 2019 印发起（条款号未核实）/ from the issue of 条例 2019 (article number unverified)"),
    ];

    public override AuditFinding? Evaluate(CaseFile file)
    {
        if (file.Promotion is not { IsLeadershipPromotion: true, Decision: { } decision } promotion
            || promotion.Route is MoveRoute.Election or MoveRoute.ContractAppointment or MoveRoute.RetentionAtHost
            || file.Find<AppointmentNoticeIssued>() is not { } notice
            || VersionOn(decision.EffectiveOn) is not { } version)
            return null;
        var on = notice.Entry.EffectiveOn;
        if (file.Find<AppointmentTalkHeld>() is not { } talk)
            return Found(file, version, on, [decision.Version, notice.Entry.Version],
                $"{file.CadreName}提拔任{promotion.To.Title}，{decision.EffectiveOn:yyyy-MM-dd} 讨论决定，{on:yyyy-MM-dd} 下发任职通知，未记录任职谈话（{Cite}）。 / " +
                $"{file.CadreName} was promoted to {promotion.To.Title} (decided {decision.EffectiveOn:yyyy-MM-dd}, notice issued {on:yyyy-MM-dd}) " +
                $"with no appointment talk (AppointmentTalkHeld) recorded ({Cite}).");
        if (talk.Entry.EffectiveOn >= decision.EffectiveOn)
            return null;
        return Found(file, version, on, [talk.Entry.Version, decision.Version],
            $"任职谈话（{talk.Data.TalkedBy}，{talk.Entry.EffectiveOn:yyyy-MM-dd}）早于讨论决定（{decision.EffectiveOn:yyyy-MM-dd}），不是对已决定任用干部的谈话（{Cite}）。 / " +
            $"The appointment talk ({talk.Data.TalkedBy}, {talk.Entry.EffectiveOn:yyyy-MM-dd}) is dated before the decision ({decision.EffectiveOn:yyyy-MM-dd}), " +
            $"so it was not a talk with a cadre already chosen ({Cite}).");
    }
}
