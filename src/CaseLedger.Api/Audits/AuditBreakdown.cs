using System.ComponentModel;
using CaseLedger.Api.Cases;
using CaseLedger.Api.Units;
using CaseLedger.Domain.Audits;
using CaseLedger.Domain.Units;
using Marten;

namespace CaseLedger.Api.Audits;

/// <summary>What a supervisors' summary counts of a finding.</summary>
internal sealed record CountedFinding(string RuleId, FindingStatus Status, DateOnly EffectiveOn, Guid? CaseId);

/// <summary>统计周期: how findings are grouped in time, by the effective date judged.</summary>
[Description("统计周期 / how findings are grouped in time, by the effective date judged.")]
public enum AuditPeriod
{
    [Description("年 / calendar year")]
    Year,

    [Description("季度 / calendar quarter")]
    Quarter,

    [Description("月 / calendar month")]
    Month,
}

internal sealed record AuditUnitCount(string RuleId, Guid? UnitId, FindingStatus Status, int Count);

internal sealed record AuditPeriodCount(string Period, DateOnly From, DateOnly To, string RuleId, FindingStatus Status, int Count);

/// <summary>The supervisors' breakdowns of a set of findings: by rule × unit × status, and by rule × status per period.</summary>
internal static class AuditBreakdown
{
    public static IReadOnlyList<AuditPeriodCount> ByPeriod(IEnumerable<CountedFinding> findings, AuditPeriod period) =>
        [.. findings.GroupBy(f => (Start: PeriodStart(f.EffectiveOn, period), f.RuleId, f.Status))
            .OrderBy(g => g.Key.Start).ThenBy(g => g.Key.RuleId, StringComparer.Ordinal).ThenBy(g => g.Key.Status)
            .Select(g => new AuditPeriodCount(Label(g.Key.Start, period), g.Key.Start, PeriodEnd(g.Key.Start, period), g.Key.RuleId, g.Key.Status, g.Count()))];

    /// <summary>
    /// Counts per unit: the unit the case moves the cadre into (the host of a secondment; the unit left when
    /// there is no new post), rolled up to its ancestor at <paramref name="level"/> (a unit above it counts as itself).
    /// </summary>
    public static async Task<IReadOnlyList<AuditUnitCount>> ByUnitAsync(
        IQuerySession session, IReadOnlyList<CountedFinding> findings, AdministrativeLevel level, CancellationToken ct)
    {
        var caseIds = findings.Select(f => f.CaseId).OfType<Guid>().Distinct().ToArray();
        var caseUnits = (await session.LoadManyAsync<CaseSummary>(ct, caseIds))
            .ToDictionary(c => c.Id, c => c.Secondment?.HostUnitId ?? c.ToPost?.UnitId ?? c.FromPost?.UnitId);
        var tree = await AncestorsAsync(session, [.. caseUnits.Values.OfType<Guid>().Distinct()], level, ct);

        Guid? RolledUp(Guid? caseId) // a finding about a cadre's record has no case, so no unit
        {
            if (caseId is null || caseUnits.GetValueOrDefault(caseId.Value) is not { } unitId || !tree.TryGetValue(unitId, out var unit))
                return null;
            while (unit.Level > level && unit.ParentId is { } parentId && tree.TryGetValue(parentId, out var parent))
                unit = parent;
            return unit.Id;
        }

        return [.. findings.GroupBy(f => (f.RuleId, Unit: RolledUp(f.CaseId), f.Status))
            .OrderBy(g => g.Key.RuleId, StringComparer.Ordinal).ThenBy(g => g.Key.Unit).ThenBy(g => g.Key.Status)
            .Select(g => new AuditUnitCount(g.Key.RuleId, g.Key.Unit, g.Key.Status, g.Count()))];
    }

    /// <summary>The units and their ancestors down to <paramref name="level"/>: one query per level climbed.</summary>
    private static async Task<Dictionary<Guid, UnitDetails>> AncestorsAsync(IQuerySession session, Guid[] ids, AdministrativeLevel level, CancellationToken ct)
    {
        var tree = new Dictionary<Guid, UnitDetails>();
        while (ids.Length > 0)
        {
            var loaded = await session.LoadManyAsync<UnitDetails>(ct, ids);
            foreach (var unit in loaded)
                tree[unit.Id] = unit;
            ids = [.. loaded.Where(u => u.Level > level).Select(u => u.ParentId).OfType<Guid>().Where(p => !tree.ContainsKey(p)).Distinct()];
        }
        return tree;
    }

    private static DateOnly PeriodStart(DateOnly day, AuditPeriod period) => period switch
    {
        AuditPeriod.Year => new(day.Year, 1, 1),
        AuditPeriod.Quarter => new(day.Year, ((day.Month - 1) / 3 * 3) + 1, 1),
        _ => new(day.Year, day.Month, 1),
    };

    private static DateOnly PeriodEnd(DateOnly start, AuditPeriod period) => period switch
    {
        AuditPeriod.Year => start.AddYears(1).AddDays(-1),
        AuditPeriod.Quarter => start.AddMonths(3).AddDays(-1),
        _ => start.AddMonths(1).AddDays(-1),
    };

    private static string Label(DateOnly start, AuditPeriod period) => period switch
    {
        AuditPeriod.Year => $"{start.Year}",
        AuditPeriod.Quarter => $"{start.Year}-Q{((start.Month - 1) / 3) + 1}",
        _ => $"{start:yyyy-MM}",
    };
}
