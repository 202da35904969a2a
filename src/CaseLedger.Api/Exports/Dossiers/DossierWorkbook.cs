using System.Globalization;

namespace CaseLedger.Api.Exports.Dossiers;

/// <summary>The dossier as an .xlsx: one sheet per part of the page (case, integrity, events, steps, findings, their workflow).</summary>
internal static class DossierWorkbook
{
    private static readonly string[] Facts = ["项目 field", "内容 value"];

    public static byte[] Render(Dossier dossier) => new Workbook()
        .Sheet("案件 case", Facts, DossierLayout.CaseLines(dossier).Select(Line))
        .Sheet("完整性 integrity", Facts, DossierLayout.IntegrityLines(dossier).Select(Line))
        .Sheet("事件 events", DossierLayout.EventColumns.Select(c => c.Heading), dossier.Events.Select(e => DossierLayout.EventColumns.Select(c => c.Value(e))))
        .Sheet("步骤 steps", ["步骤 step", "版本 version", "生效日期 effective on", .. Facts], dossier.Steps.SelectMany(s =>
            s.Details.Count == 0
                ? [new[] { s.Step, s.Version.ToString(CultureInfo.InvariantCulture), s.EffectiveOn, "", "" }]
                : s.Details.Select(d => new[] { s.Step, s.Version.ToString(CultureInfo.InvariantCulture), s.EffectiveOn, d.Label, d.Value })))
        .Sheet("审计发现 findings", DossierLayout.FindingColumns.Select(c => c.Heading), dossier.Findings.Select(f => DossierLayout.FindingColumns.Select(c => c.Value(f))))
        .Sheet("发现处理 finding workflow", ["发现编号 finding id", "规则 rule", .. DossierLayout.FindingHistoryColumns.Select(c => c.Heading)],
            dossier.Findings.SelectMany(f => f["history"]!.AsArray().Select(h =>
                new[] { DossierReader.Text(f["id"]), DossierReader.Text(f["ruleId"]) }.Concat(DossierLayout.FindingHistoryColumns.Select(c => c.Value(h!))))))
        .ToBytes();

    private static string[] Line((string Label, string Value) line) => [line.Label, line.Value];
}
