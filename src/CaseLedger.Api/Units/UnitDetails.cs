using System.Collections.Immutable;
using CaseLedger.Domain.Audits;
using CaseLedger.Domain.Units;
using Marten.Events.Aggregation;

namespace CaseLedger.Api.Units;

/// <summary>A unit as it stands now (inline projection: read-your-writes).</summary>
public sealed record UnitDetails(
    Guid Id,
    string Code,
    string Name,
    UnitKind Kind,
    AdministrativeLevel Level,
    Guid? ParentId,
    NingxiaArea? Area,
    bool IsRegisteredPoorVillage,
    bool IsDissolved,
    DateOnly RegisteredOn,
    long Version)
{
    /// <summary>参公批准日期, from the latest reclassification as a 参公 unit; null otherwise.</summary>
    public DateOnly? ReferenceManagedApprovedOn { get; init; }

    /// <summary>主要领导离任、机构变动 announced for the unit, oldest first (the surprise-promotion audit reads them).</summary>
    public ImmutableList<UnitAnnouncement> Announcements { get; init; } = [];
}

public sealed partial class UnitDetailsProjection : SingleStreamProjection<UnitDetails, Guid>
{
    public static UnitDetails Create(UnitRegistered e) =>
        new(e.UnitId, e.Code, e.Name, e.Kind, e.Level, e.ParentId, e.Area, e.IsRegisteredPoorVillage, false, e.EffectiveOn, 1);

    public static UnitDetails Apply(UnitRenamed e, UnitDetails current) => current with { Name = e.Name };

    public static UnitDetails Apply(UnitReclassified e, UnitDetails current) =>
        current with { Kind = e.Kind, ReferenceManagedApprovedOn = e.ReferenceManagedApprovedOn };

    public static UnitDetails Apply(UnitMoved e, UnitDetails current) => current with { ParentId = e.ParentId };

    public static UnitDetails Apply(UnitDissolved e, UnitDetails current) => current with { IsDissolved = true };

    public static UnitDetails Apply(UnitLeaderDepartureAnnounced e, UnitDetails current) =>
        current with { Announcements = current.Announcements.Add(new(UnitAnnouncementKind.LeaderDeparture, $"{e.LeaderPost} {e.LeaderName}", e.EffectiveOn, e.DepartsOn)) };

    public static UnitDetails Apply(UnitRestructuringAnnounced e, UnitDetails current) =>
        current with { Announcements = current.Announcements.Add(new(UnitAnnouncementKind.Restructuring, e.Summary, e.EffectiveOn, e.CompletesOn)) };
}
