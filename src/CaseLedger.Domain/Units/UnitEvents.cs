using CaseLedger.Domain.Shared;
namespace CaseLedger.Domain.Units;

/// <summary>单位登记: a unit enters the ledger, placed in the tree under its parent.</summary>
public sealed record UnitRegistered(
    Guid UnitId,
    string Code,
    string Name,
    UnitKind Kind,
    AdministrativeLevel Level,
    Guid? ParentId,
    NingxiaArea? Area,
    bool IsRegisteredPoorVillage,
    DateOnly EffectiveOn) : IUnitEvent;

/// <summary>单位更名.</summary>
public sealed record UnitRenamed(Guid UnitId, string Name, DateOnly EffectiveOn) : IUnitEvent;

/// <summary>单位性质调整, e.g. a public institution registered as 参公 on an approval date.</summary>
public sealed record UnitReclassified(Guid UnitId, UnitKind Kind, DateOnly? ReferenceManagedApprovedOn, DateOnly EffectiveOn) : IUnitEvent;

/// <summary>
/// 隶属关系调整: from <c>EffectiveOn</c> the unit (with everything below it) stands under <c>ParentId</c>, e.g. a bureau
/// transferred to another county in a 行政区划调整. Audits judge a case by the tree as it stood on the case's days.
/// </summary>
public sealed record UnitMoved(Guid UnitId, Guid ParentId, DateOnly EffectiveOn) : IUnitEvent;

/// <summary>单位撤销.</summary>
public sealed record UnitDissolved(Guid UnitId, DateOnly EffectiveOn) : IUnitEvent;

/// <summary>
/// 主要领导离任已明确: the departure of the unit's principal leader (<c>LeaderPost</c>, e.g. 县委书记) became
/// known on <c>EffectiveOn</c>; <c>DepartsOn</c> is the day they leave, when known. Promotions the unit decides
/// around it are reviewed (SURPRISE-PROMO-TRANSFER-OR-RESTRUCTURE).
/// </summary>
public sealed record UnitLeaderDepartureAnnounced(Guid UnitId, string LeaderName, string LeaderPost, DateOnly? DepartsOn, DateOnly EffectiveOn) : IUnitEvent;

/// <summary>
/// 机构变动: a restructuring of the unit (merger, split, abolition, reorganisation) was announced on
/// <c>EffectiveOn</c>; <c>CompletesOn</c> is the day it completes, when known.
/// </summary>
public sealed record UnitRestructuringAnnounced(Guid UnitId, string Summary, DateOnly? CompletesOn, DateOnly EffectiveOn) : IUnitEvent;
