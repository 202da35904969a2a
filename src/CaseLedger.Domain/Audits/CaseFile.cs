using System.ComponentModel;
using CaseLedger.Domain.Cadres;
using CaseLedger.Domain.Cases;
using CaseLedger.Domain.Promotions;
using CaseLedger.Domain.Shared;
using CaseLedger.Domain.Units;

namespace CaseLedger.Domain.Audits;

/// <summary>One event of the case stream as stored: its stream version, its data and its effective date.</summary>
public sealed record CaseFileEvent(long Version, object Data, DateOnly EffectiveOn);

/// <summary>
/// What the audits need to know about a unit: name, level in the tree, kind, area, for a 参公 unit its approval date, and what was
/// announced about it (a principal leader leaving, a restructuring), oldest first.
/// </summary>
public sealed record UnitFacts(Guid Id, string Name, AdministrativeLevel Level, UnitKind Kind, NingxiaArea? Area,
    DateOnly? ReferenceManagedApprovedOn = null, IReadOnlyList<UnitAnnouncement>? Announcements = null)
{
    /// <summary>The unit above it in the tree (its parent), if any.</summary>
    public Guid? ParentId { get; init; }

    /// <summary>
    /// The unit's name, kind, 参公 approval and parent from each day a unit event took effect (registration, renaming,
    /// reclassification), oldest first; null when only today's facts are known. The other members are today's.
    /// </summary>
    public IReadOnlyList<UnitFactsSince>? Timeline { get; init; }

    /// <summary>The unit as it was on <paramref name="day"/>: the facts in force then (before its first record: its first).</summary>
    public UnitFacts On(DateOnly day)
    {
        if (Timeline is not { Count: > 0 } timeline)
            return this;
        var then = timeline.LastOrDefault(t => t.From <= day) ?? timeline[0];
        return this with { Name = then.Name, Kind = then.Kind, ReferenceManagedApprovedOn = then.ReferenceManagedApprovedOn, ParentId = then.ParentId };
    }
}

/// <summary>A unit's facts from <c>From</c> on (until the next entry of its timeline).</summary>
public sealed record UnitFactsSince(DateOnly From, string Name, UnitKind Kind, DateOnly? ReferenceManagedApprovedOn, Guid? ParentId);

/// <summary>
/// 主要领导离任 or 机构变动 announced for a unit on <c>AnnouncedOn</c>: <c>Subject</c> is the leader's
/// name or the restructuring's summary; <c>EndsOn</c> the day the leader leaves or the restructuring completes, if known.
/// </summary>
public sealed record UnitAnnouncement(UnitAnnouncementKind Kind, string Subject, DateOnly AnnouncedOn, DateOnly? EndsOn);

[Description("单位公告类别 / what was announced about a unit: its principal leader leaving, or a restructuring.")]
public enum UnitAnnouncementKind
{
    [Description("主要领导离任 / the unit's principal leader is leaving (transfer, promotion, retirement)")]
    LeaderDeparture,

    [Description("机构变动 / the unit is merged, split, abolished or reorganised")]
    Restructuring,
}

/// <summary>A relative the cadre declared (亲属关系申报) and, when the relative is in the ledger, the posts they held.</summary>
public sealed record KinTie(string RelativeName, KinRelation Relation, IReadOnlyList<RelativePost> Posts)
{
    /// <summary>The relation in the words of the avoidance texts (夫妻, 直系血亲, 三代以内旁系血亲, 近姻亲).</summary>
    public string RelationChinese => Relation switch
    {
        KinRelation.Spouse => "夫妻",
        KinRelation.LinealKin => "直系血亲",
        KinRelation.CollateralKinWithinThreeGenerations => "三代以内旁系血亲",
        _ => "近姻亲",
    };
}

/// <summary>A post a declared relative held, in <c>UnitId</c> from <c>From</c> to <c>To</c> (null: still held).</summary>
public sealed record RelativePost(Guid UnitId, string Title, DateOnly From, DateOnly? To)
{
    /// <summary>The post itself (band, grade, sequence), when known: whether the relative leads is the ladder's to say.</summary>
    public Post? Post { get; init; }

    public bool HeldOn(DateOnly day) => From <= day && (To is not { } to || to >= day);
}

/// <summary>
/// A post the cadre held (baseline, or through the case <c>CaseId</c>), with the kind of its unit;
/// the unit's other facts are in <see cref="CaseFile.Units"/>.
/// </summary>
public sealed record CareerSpell(Post Post, UnitKind UnitKind, DateOnly From, DateOnly? To, Guid? CaseId = null);

/// <summary>参公登记 of the cadre in a 参公 unit: when and how hired there, when registered, and the registration document.</summary>
public sealed record ReferenceManagedRegistration(Guid UnitId, DateOnly HiredOn, HireChannel HiredThrough, DateOnly RegisteredOn, string Reference);

/// <summary>A secondment of the cadre (from any case): sending unit, the days it ran, and the host unit (when known).</summary>
public sealed record SecondmentSpell(Guid CaseId, Guid SendingUnitId, DateOnly From, DateOnly? To, Guid? HostUnitId = null)
{
    /// <summary>The days the sending unit's consent (派出单位同意) was recorded on the secondment's own case, if any.</summary>
    public IReadOnlyList<DateOnly> ConsentsOn { get; init; } = [];

    public bool Covers(DateOnly day) => From <= day && (To is not { } to || to >= day);
}

/// <summary>
/// The pure snapshot a rule judges: the case's events in stream order, the cadre's birth date and
/// career (every post in date order, as the ledger knows it now), the units the case and the
/// career name, the cadre's 参公 registrations (if any), and the day it is judged on (<c>AsOf</c>: today in Beijing, for deadline rules; null
/// when no day is given, and then deadline rules judge nothing). The API builds it from the ledger.
/// The optional members after <c>AsOf</c> came later: the cadre's growth places (成长地) and declared kin
/// with their posts (the favour-exchange signals), and the cadre's category (社会优秀人才, the social-talent rule); then the
/// cadre's sanctions and handlings (SANCTION-BLOCKS-PROMOTION, NOT-INSPECTABLE) and annual assessment grades by year, corrections applied;
/// then the day the cadre started work (工龄, PROMO-CHU-WORKYEARS-5).
/// </summary>
public sealed record CaseFile(
    Guid CaseId,
    string CaseNumber,
    Guid CadreId,
    string CadreName,
    DateOnly BirthDate,
    IReadOnlyList<CaseFileEvent> Events,
    IReadOnlyDictionary<Guid, UnitFacts> Units,
    IReadOnlyList<CareerSpell> Career,
    IReadOnlyList<SecondmentSpell> Secondments,
    IReadOnlyList<ReferenceManagedRegistration>? ReferenceManagedRegistrations = null,
    DateOnly? AsOf = null,
    IReadOnlyList<string>? GrowthPlaces = null,
    IReadOnlyList<KinTie>? Kin = null,
    CadreCategory? Category = null,
    IReadOnlyList<SanctionFact>? Sanctions = null,
    IReadOnlyDictionary<int, AssessmentGrade>? Assessments = null,
    DateOnly? WorkStartDate = null)
{
    /// <summary>The events that still stand: a record replaced by a correction (更正) no longer counts.</summary>
    public IReadOnlyList<CaseFileEvent> Current => Memoized.Current ??= Standing(Events);

    public CaseOpened Opened => Memoized.Opened ??= Events.Select(e => e.Data).OfType<CaseOpened>().Single();

    /// <summary>The move this case records (from what post to what post, decided when and by whom), if any: <see cref="Moves.Of"/>.</summary>
    public Move? Move
    {
        get
        {
            var memo = Memoized;
            if (!memo.MoveKnown)
                (memo.Move, memo.MoveKnown) = (Moves.Of(this), true);
            return memo.Move;
        }
    }

    /// <summary>The promotion this case records, if any (提拔 or 职级晋升, by the default reading): <see cref="Moves.PromotionOf"/>.</summary>
    public Promotion? Promotion
    {
        get
        {
            var memo = Memoized;
            if (!memo.PromotionKnown)
                (memo.Promotion, memo.PromotionKnown) = (Moves.PromotionOf(this), true);
            return memo.Promotion;
        }
    }

    private static List<CaseFileEvent> Standing(IReadOnlyList<CaseFileEvent> events)
    {
        var superseded = events.Select(e => e.Data).OfType<CaseStepCorrected>().Select(c => c.CorrectedVersion).ToHashSet();
        return [.. events.Where(e => e.Data is not CaseStepCorrected && !superseded.Contains(e.Version))];
    }

    /// <summary>
    /// What this file's derived members computed once: every rule asks for the standing events, the opening and the move
    /// dozens of times per case, and rebuilding them each time was a large share of a full audit's rule time. A copy made
    /// with <c>with</c> starts its own (the memo names its owner), so a copy with other events or units never sees the original's.
    /// </summary>
    private FileMemo memo = FileMemo.None;

    private FileMemo Memoized
    {
        get
        {
            var current = memo;
            if (!ReferenceEquals(current.Owner, this))
                memo = current = new FileMemo(this);
            return current;
        }
    }

    /// <summary>Equal to any other, so a file's equality and hash code stay those of its data.</summary>
    private sealed class FileMemo(CaseFile? owner)
    {
        public static readonly FileMemo None = new(null);

        public CaseFile? Owner { get; } = owner;

        public IReadOnlyList<CaseFileEvent>? Current { get; set; }

        public CaseOpened? Opened { get; set; }

        public Move? Move { get; set; }

        public bool MoveKnown { get; set; }

        public Promotion? Promotion { get; set; }

        public bool PromotionKnown { get; set; }

        public override bool Equals(object? obj) => obj is FileMemo;

        public override int GetHashCode() => 0;
    }

    /// <summary>The standing record of one kind of step, if any.</summary>
    public (CaseFileEvent Entry, T Data)? Find<T>()
        where T : class =>
        Current.LastOrDefault(e => e.Data is T) is { } entry ? (entry, (T)entry.Data) : null;

    public UnitFacts? Unit(Guid? id) => id is { } value && Units.TryGetValue(value, out var unit) ? unit : null;

    /// <summary>The unit as it was on <paramref name="day"/> (kind, 参公 status, name, parent): facts are judged as of their day.</summary>
    public UnitFacts? UnitOn(Guid? id, DateOnly day) => Unit(id)?.On(day);

    /// <summary>The unit and the units above it, nearest first, as the tree stood on <paramref name="day"/> (as far as the file knows it).</summary>
    public IReadOnlyList<UnitFacts> Chain(Guid? id, DateOnly day)
    {
        var chain = new List<UnitFacts>();
        for (var unit = UnitOn(id, day); unit is not null && chain.All(u => u.Id != unit.Id); unit = UnitOn(unit.ParentId, day))
            chain.Add(unit);
        return chain;
    }

    /// <summary>The day the cadre left service (退出干部队伍), if they have: obligations that fall due later lapse.</summary>
    public DateOnly? LeftServiceOn { get; init; }

    /// <summary>周岁: completed years of age on <paramref name="day"/>.</summary>
    public int AgeOn(DateOnly day) => Ages.CompletedYears(BirthDate, day);
}

/// <summary>The pure snapshot a <see cref="CadreRecordRule"/> judges: the cadre's own stream (registration, baseline, reserve pool…).</summary>
public sealed record CadreFile(Guid CadreId, string CadreName, DateOnly BirthDate, IReadOnlyList<CaseFileEvent> Events, DateOnly? AsOf = null);

public static class Ages
{
    /// <summary>周岁: completed years between birth and <paramref name="day"/> (a birthday counts on the day).</summary>
    public static int CompletedYears(DateOnly birth, DateOnly day)
    {
        var years = day.Year - birth.Year;
        return day < birth.AddYears(years) ? years - 1 : years;
    }
}
