using CaseLedger.Domain.Cadres;

namespace CaseLedger.Domain.Audits.Rules;

/// <summary>
/// NX-RESERVE-CADRE-POOL: a cadre is added to the reserve-cadre pool (后备干部) only after an organisational
/// inspection (经组织考察后). Judged on the cadre's record: an entry with no inspection recorded (neither
/// reference nor date), or with an inspection dated after the entry, is a violation. An entry with a
/// reference but no date is taken as inspected (the order cannot be told).
/// </summary>
public sealed class ReserveCadrePool : CadreRecordRule
{
    public override string Id => "NX-RESERVE-CADRE-POOL";

    public override string TitleChinese => "表现突出的干部经组织考察后补充为后备干部";

    public override string TitleEnglish => "A cadre enters the reserve-cadre pool only after an organisational inspection";

    public override Citation Citation => new("宁组发〔2016〕31号", "第二条",
        "建立完善后备干部队伍信息库，对不适宜作为后备干部的，要及时进行调整；对工作中表现突出的干部，经组织考察后，适时补充为后备干部。");

    public override AuditSeverity Severity => AuditSeverity.Violation;

    protected override IReadOnlyList<RuleVersion> Defaults { get; } =
    [
        new(1, new(2016, 10, 8), null, [], "宁组发〔2016〕31号印发之日起 / from the policy's print date"),
    ];

    public override AuditFinding? Evaluate(CadreFile file)
    {
        var faults = file.Events
            .Where(e => e.Data is ReservePoolEntered entered && VersionOn(entered.EffectiveOn) is not null && Uninspected(entered))
            .Select(e => (e.Version, Entry: (ReservePoolEntered)e.Data))
            .ToList();
        if (faults.Count == 0)
            return null;
        var last = faults[^1].Entry;
        return Found(file, VersionOn(last.EffectiveOn)!, last.EffectiveOn, faults.Select(f => f.Version),
            string.Join("；", faults.Select(f => Chinese(file, f.Entry))) + $"（{Cite}）。 / "
            + string.Join("; ", faults.Select(f => English(file, f.Entry))) + $" ({Cite}).");
    }

    private static bool Uninspected(ReservePoolEntered e) =>
        (e.InspectionReference is null && e.InspectedOn is null) || e.InspectedOn > e.EffectiveOn;

    private static string Chinese(CadreFile file, ReservePoolEntered e) =>
        $"{file.CadreName}于 {e.EffectiveOn:yyyy-MM-dd} 进入后备干部库（{Level(e)}），" +
        (e.InspectedOn is { } on && on > e.EffectiveOn ? $"组织考察 {on:yyyy-MM-dd} 才完成，晚于入库" : "未见组织考察记录");

    private static string English(CadreFile file, ReservePoolEntered e) =>
        $"{file.CadreName} entered the reserve pool ({Level(e)}) on {e.EffectiveOn:yyyy-MM-dd} " +
        (e.InspectedOn is { } on && on > e.EffectiveOn ? $"but was inspected only on {on:yyyy-MM-dd}, after the entry" : "with no organisational inspection recorded");

    private static string Level(ReservePoolEntered e) => e.TargetLevel switch
    {
        Shared.PostLevel.Township => "乡科级 / section level",
        Shared.PostLevel.County => "县处级 / county level",
        Shared.PostLevel.Departmental => "厅局级 / department level",
        _ => "省部级 / provincial level",
    };
}
