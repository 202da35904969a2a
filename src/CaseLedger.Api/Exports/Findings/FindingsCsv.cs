using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using CsvHelper;

namespace CaseLedger.Api.Exports.Findings;

/// <summary>
/// The findings as CSV (CsvHelper; RFC 4180 quoting), UTF-8 with a byte order mark so Excel opens the Chinese text
/// correctly; a cell that a spreadsheet would read as a formula is escaped.
/// Written page by page: the header, then each page's rows.
/// </summary>
internal static class FindingsCsv
{
    public const string ContentType = "text/csv; charset=utf-8";

    /// <summary>A cell starting with = + - @ is escaped with ' so a spreadsheet shows it as text, never runs it as a formula.</summary>
    private static readonly CsvWriterOptions Options = new() { Injection = CsvInjection.Escape };

    public static byte[] ByteOrderMark { get; } = Encoding.UTF8.GetPreamble();

    public static string Header() => Lines([[.. FindingsExport.Columns.Select(c => c.Heading)]]);

    public static string Rows(IEnumerable<JsonObject> findings) =>
        Lines(findings.Select(f => FindingsExport.Columns.Select(c => c.Value(f)).ToArray()));

    private static string Lines(IEnumerable<string[]> rows)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var csv = CsvWriter.Create(text, Options, leaveOpen: true))
        {
            foreach (var row in rows)
                csv.WriteRecord(row);
        }
        return text.ToString();
    }
}
