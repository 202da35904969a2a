using CaseLedger.Domain.Cadres;

namespace CaseLedger.Domain.Audits;

/// <summary>
/// 处分 or 处理 of the cadre as the ledger recorded it (cadre stream), with the period it affects the cadre: for a
/// measure whose period a text fixes, that period (<see cref="SanctionPeriods"/>); otherwise the recorded 影响期.
/// Periods are half-open from the day the sanction is decided (catalogue §8).
/// </summary>
public sealed record SanctionFact(SanctionKind Kind, string Sanction, DateOnly StartOn, int RecordedMonths)
{
    /// <summary>The months it affects the cadre: the statutory period of its measure, else the recorded one.</summary>
    public int EffectMonths => SanctionPeriods.StatutoryMonths(Kind, Sanction)?.Months ?? RecordedMonths;

    /// <summary>The first day it no longer affects the cadre.</summary>
    public DateOnly EndsOn => StartOn.AddMonths(EffectMonths);

    public bool Covers(DateOnly day) => StartOn <= day && day < EndsOn;
}

/// <summary>
/// The periods the texts fix for each kind of sanction (catalogue §8): 政务处分 (GWYF18 Art 64; CF07 Art 7) 警告 6 months,
/// 记过 12, 记大过 18, 降级/撤职 24, and for public-institution staff 降低岗位等级 24 (SYDW14 Art 29); 党纪处分 (纪律处分条例
/// 2018 Art 10) 警告 12, 严重警告 18, 撤销党内职务 24. The measure is read from the recorded name, longest first (严重警告
/// before 警告). Admonishment and organisational handling keep the period recorded with them.
/// </summary>
public static class SanctionPeriods
{
    private static readonly (SanctionKind Kind, string Measure, int Months, string Source)[] Table =
    [
        (SanctionKind.PartyDiscipline, "严重警告", 18, "中国共产党纪律处分条例（2018）第十条"),
        (SanctionKind.PartyDiscipline, "撤销党内职务", 24, "中国共产党纪律处分条例（2018）第十条"),
        (SanctionKind.PartyDiscipline, "警告", 12, "中国共产党纪律处分条例（2018）第十条"),
        (SanctionKind.StateSupervisory, "记大过", 18, "公务员法（2018）第六十四条"),
        (SanctionKind.StateSupervisory, "记过", 12, "公务员法（2018）第六十四条"),
        (SanctionKind.StateSupervisory, "降低岗位等级", 24, "事业单位人事管理条例 第二十九条"),
        (SanctionKind.StateSupervisory, "降级", 24, "公务员法（2018）第六十四条"),
        (SanctionKind.StateSupervisory, "撤职", 24, "公务员法（2018）第六十四条"),
        (SanctionKind.StateSupervisory, "警告", 6, "公务员法（2018）第六十四条"),
    ];

    /// <summary>The statutory period of a recorded sanction and the text that fixes it, or null when no text fixes one.</summary>
    public static (int Months, string Source)? StatutoryMonths(SanctionKind kind, string sanction) =>
        Table.FirstOrDefault(t => t.Kind == kind && sanction.Contains(t.Measure, StringComparison.Ordinal)) is { Measure: not null } hit
            ? (hit.Months, hit.Source) : null;
}
