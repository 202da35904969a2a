using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace CaseLedger.Api.Exports.Dossiers;

/// <summary>
/// The dossier as one printable HTML page: no script, no external asset, every value HTML-encoded (Chinese kept
/// readable), print CSS (A4 landscape, headings kept with their tables, table headers repeated on each page).
/// </summary>
internal static class DossierHtml
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private const string Style = """
        body { font-family: "Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", sans-serif; font-size: 10pt; margin: 1.5em; color: #111; }
        h1 { font-size: 16pt; margin: 0 0 .3em; } h2 { font-size: 12.5pt; margin: 1.4em 0 .4em; border-bottom: 1px solid #444; }
        h3 { font-size: 11pt; margin: 1em 0 .3em; } p.meta { color: #444; margin: 0 0 1em; }
        table { border-collapse: collapse; width: 100%; margin: .3em 0 .8em; } th, td { border: 1px solid #999; padding: 2px 4px; vertical-align: top; text-align: left; }
        th { background: #eee; } table.facts th { width: 14em; } td.hash, td.data { font-family: monospace; font-size: 8pt; word-break: break-all; }
        .tampered { color: #a00; font-weight: bold; } .intact { color: #060; font-weight: bold; }
        @media print { @page { size: A4 landscape; margin: 12mm; } body { margin: 0; } h2, h3 { break-after: avoid; } tr { break-inside: avoid; } thead { display: table-header-group; } }
        """;

    public static string Render(Dossier dossier)
    {
        var html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\">");
        var number = DossierReader.Text(dossier.Case["number"]);
        html.Append("<title>").Append(E($"案卷 {number}")).Append("</title><style>").Append(Style).Append("</style></head><body>\n");
        html.Append("<h1>").Append(E($"案卷 Case dossier {number}")).Append("</h1>");
        html.Append("<p class=\"meta\">").Append(E($"生成 generated {DossierLayout.Instant(dossier.GeneratedAt)} · 查阅人 read by {dossier.ReadBy} ({dossier.Role}) · "
            + $"as the ledger answers this reader: remit and personal-data masking of the role applied · {dossier.CaseId}")).Append("</p>\n");

        Section(html, "案件 Case");
        Facts(html, DossierLayout.CaseLines(dossier));

        Section(html, "完整性证明 Integrity proof of this stream");
        html.Append("<p class=\"").Append(dossier.Integrity.IsIntact ? "intact" : "tampered").Append("\">")
            .Append(E(dossier.Integrity.IsIntact ? "哈希链完整 / the hash chain recomputed from the stored rows is intact" : "哈希链被破坏 / the hash chain does not recompute: see the problems below"))
            .Append("</p>");
        Facts(html, DossierLayout.IntegrityLines(dossier));

        Section(html, $"事件 Events ({dossier.Events.Count}), oldest first");
        Table(html, DossierLayout.EventColumns.Select(c => c.Heading),
            dossier.Events.Select(e => DossierLayout.EventColumns.Select(c => c.Value(e))), "event");

        Section(html, $"步骤 Steps ({dossier.Steps.Count})");
        foreach (var step in dossier.Steps)
        {
            html.Append("<h3>").Append(E($"{step.Step} · v{step.Version} · {step.EffectiveOn}")).Append("</h3>");
            Facts(html, step.Details);
        }

        Section(html, $"审计发现 Findings ({dossier.Findings.Count})");
        if (dossier.Findings.Count == 0)
            html.Append("<p>").Append(E("无 / none")).Append("</p>");
        foreach (var finding in dossier.Findings)
        {
            html.Append("<h3>").Append(E($"{DossierReader.Text(finding["ruleId"])} — {DossierReader.Text(finding["status"])}")).Append("</h3>");
            Facts(html, DossierLayout.FindingLines(finding));
            Table(html, DossierLayout.FindingHistoryColumns.Select(c => c.Heading),
                finding["history"]!.AsArray().Select(h => DossierLayout.FindingHistoryColumns.Select(c => c.Value(h!))), "finding-history");
        }
        return html.Append("</body></html>\n").ToString();
    }

    private static void Section(StringBuilder html, string title) => html.Append("\n<h2>").Append(E(title)).Append("</h2>\n");

    private static void Facts(StringBuilder html, IEnumerable<(string Label, string Value)> lines)
    {
        html.Append("<table class=\"facts\"><tbody>");
        foreach (var (label, value) in lines)
            html.Append("<tr><th>").Append(E(label)).Append("</th><td>").Append(E(value)).Append("</td></tr>");
        html.Append("</tbody></table>\n");
    }

    private static void Table(StringBuilder html, IEnumerable<string> headings, IEnumerable<IEnumerable<string>> rows, string rowClass)
    {
        html.Append("<table><thead><tr>");
        foreach (var heading in headings)
            html.Append("<th>").Append(E(heading)).Append("</th>");
        html.Append("</tr></thead><tbody>\n");
        foreach (var row in rows)
        {
            html.Append("<tr class=\"").Append(rowClass).Append("\">");
            foreach (var cell in row)
                html.Append(cell.Length == 64 && cell.All(char.IsAsciiHexDigitLower) ? "<td class=\"hash\">" : cell.StartsWith('{') ? "<td class=\"data\">" : "<td>")
                    .Append(E(cell)).Append("</td>");
            html.Append("</tr>\n");
        }
        html.Append("</tbody></table>\n");
    }

    private static string E(string text) => Encoder.Encode(text);
}
