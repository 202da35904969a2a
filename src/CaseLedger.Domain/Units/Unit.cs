using CaseLedger.Domain.Shared;

namespace CaseLedger.Domain.Units;

/// <summary>The Unit stream's decision state: just what its decisions need.</summary>
public sealed record Unit(Guid Id, string Name, UnitKind Kind, AdministrativeLevel Level, bool IsDissolved) : IAggregate<Unit>
{
    /// <summary>The unit it stands under now; null for a root.</summary>
    public Guid? ParentId { get; init; }

    /// <summary>基层: county level and below.</summary>
    public static bool IsGrassroots(AdministrativeLevel level) => level >= AdministrativeLevel.County;

    public static UnitRegistered Register(
        Guid id, string code, string name, UnitKind kind, AdministrativeLevel level,
        Unit? parent, NingxiaArea? area, bool isRegisteredPoorVillage, DateOnly effectiveOn)
    {
        if (parent is { IsDissolved: true })
            throw new DomainException(ErrorCodes.ParentDissolved, "上级单位已撤销 / The parent unit is dissolved.", "parentId");
        if (parent is not null && level < parent.Level)
            throw new DomainException(ErrorCodes.LevelAboveParent, "单位层级不能高于上级单位 / A unit cannot rank above its parent.", "level");
        if (isRegisteredPoorVillage && level != AdministrativeLevel.Village)
            throw new DomainException(ErrorCodes.NotAVillage, "只有村可以是建档立卡贫困村 / Only a village can be a registered poor village.", "isRegisteredPoorVillage");

        return new UnitRegistered(id, Require.Text(code, "code", 40), Require.Text(name, "name"), kind, level,
            parent?.Id, area, isRegisteredPoorVillage, effectiveOn);
    }

    public UnitRenamed Rename(string name, DateOnly effectiveOn)
    {
        EnsureActive();
        var newName = Require.Text(name, "name");
        return newName == Name
            ? throw new DomainException(ErrorCodes.NoChange, "新名称与原名称相同 / The new name equals the current name.", "name")
            : new UnitRenamed(Id, newName, effectiveOn);
    }

    public UnitReclassified Reclassify(UnitKind kind, DateOnly? referenceManagedApprovedOn, DateOnly effectiveOn)
    {
        EnsureActive();
        if (kind == UnitKind.ReferenceManagedUnit && referenceManagedApprovedOn is null)
            throw new DomainException(ErrorCodes.ApprovalDateRequired, "参公单位须填写批准日期 / A 参公 unit needs its approval date.", "referenceManagedApprovedOn");
        return new UnitReclassified(Id, kind, referenceManagedApprovedOn, effectiveOn);
    }

    /// <summary>
    /// 隶属关系调整: the unit, with its subtree, goes under <paramref name="parent"/>. <paramref name="parentIsBelow"/>: the
    /// new parent lies in this unit's subtree, which would make the tree a cycle.
    /// </summary>
    public UnitMoved MoveUnder(Unit parent, bool parentIsBelow, DateOnly effectiveOn)
    {
        EnsureActive();
        if (parent.Id == Id || parentIsBelow)
            throw new DomainException(ErrorCodes.ParentInSubtree, "单位不能调整到自身或其下级单位之下 / A unit cannot move under itself or a unit below it.", "parentId");
        if (parent.Id == ParentId)
            throw new DomainException(ErrorCodes.NoChange, "新上级单位与现上级单位相同 / The unit already stands under this parent.", "parentId");
        if (parent.IsDissolved)
            throw new DomainException(ErrorCodes.ParentDissolved, "上级单位已撤销 / The parent unit is dissolved.", "parentId");
        if (Level < parent.Level)
            throw new DomainException(ErrorCodes.LevelAboveParent, "单位层级不能高于上级单位 / A unit cannot rank above its parent.", "parentId");
        return new UnitMoved(Id, parent.Id, effectiveOn);
    }

    public UnitDissolved Dissolve(DateOnly effectiveOn)
    {
        EnsureActive();
        return new UnitDissolved(Id, effectiveOn);
    }

    public UnitLeaderDepartureAnnounced AnnounceLeaderDeparture(string leaderName, string leaderPost, DateOnly? departsOn, DateOnly effectiveOn)
    {
        EnsureActive();
        if (departsOn is { } departs)
            Require.NotBefore(departs, effectiveOn, "departsOn");
        return new UnitLeaderDepartureAnnounced(Id, Require.Text(leaderName, "leaderName", 50), Require.Text(leaderPost, "leaderPost", 100), departsOn, effectiveOn);
    }

    public UnitRestructuringAnnounced AnnounceRestructuring(string summary, DateOnly? completesOn, DateOnly effectiveOn)
    {
        EnsureActive();
        if (completesOn is { } completes)
            Require.NotBefore(completes, effectiveOn, "completesOn");
        return new UnitRestructuringAnnounced(Id, Require.Text(summary, "summary", 500), completesOn, effectiveOn);
    }

    private void EnsureActive()
    {
        if (IsDissolved)
            throw new DomainException(ErrorCodes.UnitDissolved, "单位已撤销 / The unit is dissolved.");
    }

    public static Unit Create(UnitRegistered e) => new(e.UnitId, e.Name, e.Kind, e.Level, false) { ParentId = e.ParentId };

    public Unit Apply(UnitRenamed e) => this with { Name = e.Name };

    public Unit Apply(UnitReclassified e) => this with { Kind = e.Kind };

    public Unit Apply(UnitMoved e) => this with { ParentId = e.ParentId };

    public Unit Apply(UnitDissolved e) => this with { IsDissolved = true };

    public static string StreamName => "unit";

    public static Unit? Evolve(Unit? state, object @event) => (state, @event) switch
    {
        (null, UnitRegistered e) => Create(e),
        (not null, UnitRenamed e) => state.Apply(e),
        (not null, UnitReclassified e) => state.Apply(e),
        (not null, UnitMoved e) => state.Apply(e),
        (not null, UnitDissolved e) => state.Apply(e),
        _ => state,
    };
}
