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
    DateOnly EffectiveOn);

/// <summary>单位更名.</summary>
public sealed record UnitRenamed(Guid UnitId, string Name, DateOnly EffectiveOn);

/// <summary>单位性质调整, e.g. a public institution registered as 参公 on an approval date.</summary>
public sealed record UnitReclassified(Guid UnitId, UnitKind Kind, DateOnly? ReferenceManagedApprovedOn, DateOnly EffectiveOn);

/// <summary>单位撤销.</summary>
public sealed record UnitDissolved(Guid UnitId, DateOnly EffectiveOn);
