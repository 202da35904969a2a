using CaseLedger.Domain.Audits;
using CaseLedger.Domain.Cases;
using CaseLedger.Domain.Shared;

namespace CaseLedger.Domain.Promotions;

/// <summary>提拔 (into a higher 领导职务 层次) or 职级晋升 (to a higher 职级).</summary>
public enum PromotionKind
{
    /// <summary>提拔: into a 领导职务 of a higher 层次 than the post held (or, by default, entering one at a rank's own 层次).</summary>
    LeadershipPromotion,

    /// <summary>职级晋升: to a higher 职级.</summary>
    RankPromotion,
}

/// <summary>How the ledger records a move into a post: the kind of case and channel, or a retention at the host after a secondment.</summary>
public enum MoveRoute
{
    /// <summary>任用: promotion within the system, direct introduction, exam recruitment.</summary>
    Appointment,

    /// <summary>竞争性选拔: 公开选拔, 公推比选, 竞争上岗 (an exam instead of a democratic recommendation).</summary>
    CompetitiveSelection,

    /// <summary>聘任: contract appointment.</summary>
    ContractAppointment,

    /// <summary>选举.</summary>
    Election,

    /// <summary>调任 (and 提拔调任): into the civil service from outside.</summary>
    InboundTransfer,

    /// <summary>转任: lateral transfer inside the civil service.</summary>
    LateralTransfer,

    /// <summary>Other exchanges: rotation, two-way or paired exchange, 遴选, to enterprises.</summary>
    Exchange,

    /// <summary>留任: retained at the host after a secondment, in the host post.</summary>
    RetentionAtHost,
}

/// <summary>
/// Which readings the ledger takes where the texts can be read two ways (domain README, "Promotion").
/// <c>EntryAtCorrespondingTierPromotes</c>: entering a 领导职务 at exactly the 层次 a rank corresponds to (三级主任科员 →
/// 副科长) is a promotion — the default, for procedure rules.
/// </summary>
public sealed record PromotionReading(bool EntryAtCorrespondingTierPromotes = true)
{
    public static PromotionReading Default { get; } = new();
}

/// <summary>
/// The move a case records, as of the day it was decided: from what post to what post, by which route, which
/// event names the target (<c>Recorded</c>: the opening, or the retention at the host), the standing collective
/// decision (if any) and its body, the retention's decision reference, the day it was decided (the decision, or
/// for a retention without one the retention's day) and the day it takes effect (the appointment notice's date
/// of effect, or the retention's day).
/// </summary>
public sealed record Move(
    MoveRoute Route,
    CaseChannel Channel,
    Post? From,
    Post To,
    CaseFileEvent Recorded,
    CaseFileEvent? Decision,
    DecisionBody? DecidedBy,
    string? DecisionReference,
    DateOnly? DecidedOn,
    DateOnly? TakesEffectOn)
{
    public Rung? FromRung => From is null ? null : PostLadder.Of(From);

    public Rung ToRung => PostLadder.Of(To);

    /// <summary>Decided by a body that can take a collective decision: not a 书记办公会 nor 圈阅 (TL-DECISION-COLLECTIVE).</summary>
    public bool DecidedCollectively => DecidedBy is { } body && Moves.IsCollectiveBody(body);
}

/// <summary>
/// A promotion (提拔 or 职级晋升) a case records: the move, its kind, how many 层次 it skips (越级; 0 for a
/// promotion to the next 层次 and for rank promotions), whether it enters a 领导职务 at the 层次 a rank corresponds
/// to (counted by the default reading), and whether only the channel says so (提拔调任, 体制内提拔 with posts that
/// do not show it).
/// </summary>
public sealed record Promotion(Move Move, PromotionKind Kind, int LevelsSkipped, bool AtCorrespondingTier, bool DeclaredByChannel)
{
    public Post? From => Move.From;

    public Post To => Move.To;

    public Rung? FromRung => Move.FromRung;

    public Rung ToRung => Move.ToRung;

    public MoveRoute Route => Move.Route;

    public DateOnly? DecidedOn => Move.DecidedOn;

    public CaseFileEvent? Decision => Move.Decision;

    public bool IsLeadershipPromotion => Kind == PromotionKind.LeadershipPromotion;

    /// <summary>越级: skips at least one 层次.</summary>
    public bool SkipsLevels => LevelsSkipped > 0;
}

/// <summary>How one post compares with another on the ladder, when it is a promotion.</summary>
public sealed record PromotionStep(PromotionKind Kind, int LevelsSkipped, bool AtCorrespondingTier);

/// <summary>The one model of promotion (domain README, "Promotion"): every rule asks here, never reads a post's band or grade itself.</summary>
public static class Moves
{
    /// <summary>A 书记办公会 or 圈阅 is not a valid decision body; every other recorded body is.</summary>
    public static bool IsCollectiveBody(DecisionBody body) => body is not (DecisionBody.SecretariesMeeting or DecisionBody.CirculationApproval);

    /// <summary>Channels that say the move promotes, whatever the posts show.</summary>
    public static bool DeclaresPromotion(CaseChannel channel) => channel is CaseChannel.PromotionalInboundTransfer or CaseChannel.InternalPromotion;

    public static MoveRoute RouteOf(CaseChannel channel) => channel switch
    {
        CaseChannel.InboundTransfer or CaseChannel.PromotionalInboundTransfer => MoveRoute.InboundTransfer,
        CaseChannel.LateralTransfer => MoveRoute.LateralTransfer,
        CaseChannel.CompetitiveSelection => MoveRoute.CompetitiveSelection,
        CaseChannel.ContractAppointment => MoveRoute.ContractAppointment,
        CaseChannel.Election => MoveRoute.Election,
        CaseChannel.DirectIntroduction or CaseChannel.ExamRecruitment or CaseChannel.InternalPromotion => MoveRoute.Appointment,
        _ when CaseChannels.KindOf(channel) == CaseKind.Exchange => MoveRoute.Exchange,
        _ => MoveRoute.Appointment,
    };

    /// <summary>
    /// Moving from <paramref name="from"/> to <paramref name="to"/>, when it promotes: into a 领导职务 of a higher
    /// 层次 than the leadership post held or the 层次 the rank held corresponds to (or, by the default reading, at
    /// exactly that 层次 from a rank); or to a higher 职级. Nothing is known about a move from no recorded post.
    /// </summary>
    public static PromotionStep? Compare(Post? from, Post to, PromotionReading? reading = null)
    {
        if (from is null)
            return null;
        reading ??= PromotionReading.Default;
        var (a, b) = (PostLadder.Of(from), PostLadder.Of(to));
        if (b.IsLeadership)
        {
            var entryCounts = !a.IsLeadership && a.Tier >= 0 && reading.EntryAtCorrespondingTierPromotes;
            if (entryCounts && b.Tier == a.Tier)
                return new(PromotionKind.LeadershipPromotion, 0, true);
            var next = entryCounts ? a.Tier : a.Tier + 1;
            return b.Tier > a.Tier ? new(PromotionKind.LeadershipPromotion, Math.Max(0, b.Tier - next), false) : null;
        }
        var higher = a is { IsLeadership: false, RankOrder: { } x } && b.RankOrder is { } y ? y > x : b.Tier > a.Tier;
        return higher ? new(PromotionKind.RankPromotion, 0, false) : null;
    }

    /// <summary>
    /// The move <paramref name="file"/>'s case records, or null when it moves the cadre into no post (a secondment
    /// that ended, 辞职创业). A retention at the host is the secondment case's move. The post left is the one the case
    /// names, else the post the career shows held on the day decided (or opened), not counting this case's own.
    /// </summary>
    public static Move? Of(CaseFile file)
    {
        var opened = file.Opened;
        var decision = file.Find<CollectiveDecisionTaken>();
        if (opened.Kind == CaseKind.Secondment)
        {
            if (file.Find<SecondmentRetainedAtHost>() is not { } retained)
                return null;
            var decidedOn = decision?.Entry.EffectiveOn ?? retained.Entry.EffectiveOn;
            return new(MoveRoute.RetentionAtHost, opened.Channel, opened.FromPost ?? PostHeld(file, decidedOn), retained.Data.HostPost, retained.Entry,
                decision?.Entry, decision?.Data.Body, retained.Data.DecisionReference, decidedOn, retained.Entry.EffectiveOn);
        }
        if (opened.ToPost is not { } to)
            return null;
        var on = decision?.Entry.EffectiveOn;
        return new(RouteOf(opened.Channel), opened.Channel, opened.FromPost ?? PostHeld(file, on ?? file.Events[0].EffectiveOn), to, file.Events[0],
            decision?.Entry, decision?.Data.Body, null, on, file.Find<AppointmentNoticeIssued>()?.Data.TakesEffectOn);
    }

    /// <summary>The promotion <paramref name="file"/>'s case records, or null when its move (if any) promotes nobody.</summary>
    public static Promotion? PromotionOf(CaseFile file, PromotionReading? reading = null)
    {
        if (Of(file) is not { } move)
            return null;
        if (Compare(move.From, move.To, reading) is { } step)
            return new(move, step.Kind, step.LevelsSkipped, step.AtCorrespondingTier, false);
        return DeclaresPromotion(move.Channel)
            ? new(move, move.ToRung.IsLeadership ? PromotionKind.LeadershipPromotion : PromotionKind.RankPromotion, 0, false, true)
            : null;
    }

    /// <summary>The post the career shows held on <paramref name="day"/> through anything but this case.</summary>
    private static Post? PostHeld(CaseFile file, DateOnly day) =>
        file.Career.LastOrDefault(s => s.CaseId != file.CaseId && s.From <= day && (s.To is not { } to || to >= day))?.Post;
}
