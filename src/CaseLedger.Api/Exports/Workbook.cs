using System.Data;
using MiniExcelLibs;

namespace CaseLedger.Api.Exports;

/// <summary>An .xlsx of named sheets of text cells (MiniExcel), each with its header row even when it has no rows.</summary>
internal sealed class Workbook
{
    private readonly Dictionary<string, object> sheets = [];

    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public Workbook Sheet(string name, IEnumerable<string> headings, IEnumerable<IEnumerable<string>> rows)
    {
        var table = new DataTable(name);
        foreach (var heading in headings)
            table.Columns.Add(heading, typeof(string));
        foreach (var row in rows)
            table.Rows.Add([.. row.Cast<object>()]);
        sheets[name] = table;
        return this;
    }

    /// <summary>The workbook's bytes (MiniExcel writes synchronously, so not straight into a response).</summary>
    public byte[] ToBytes()
    {
        using var stream = new MemoryStream();
        stream.SaveAs(sheets);
        return stream.ToArray();
    }
}
