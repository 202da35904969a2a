using System.Globalization;
using CsvHelper;
using MiniExcelLibs;

namespace CaseLedger.Api.Imports;

/// <summary>A row as read: its number in the sheet (the header is row 1) and its cells as text.</summary>
internal sealed record ImportRow(int Number, IReadOnlyList<string?> Cells)
{
    public bool IsEmpty => Cells.All(string.IsNullOrWhiteSpace);
}

/// <summary>One sheet of an .xlsx or one CSV file: its template, its name in reports, and its rows, read one at a time when enumerated.</summary>
internal sealed record ImportSheet(ImportTemplate Template, string Name, Func<IEnumerable<ImportRow>> Rows);

/// <summary>
/// The sheets of an import, in template order (units, cadres, baseline posts, cases, steps) whatever the order of the
/// sheets or files: an .xlsx with one sheet per kind, one CSV per kind (named for its kind: units.csv or 单位.csv), or a
/// directory of them. Rows stream from the file; nothing holds a whole sheet in memory.
/// </summary>
internal sealed class ImportSource
{
    private ImportSource(IReadOnlyList<ImportSheet> sheets, IReadOnlyList<string> unknown) => (Sheets, Unknown) = (sheets, unknown);

    public IReadOnlyList<ImportSheet> Sheets { get; }

    /// <summary>Sheets or files that name no template.</summary>
    public IReadOnlyList<string> Unknown { get; }

    /// <summary>A file or a directory on this machine.</summary>
    public static ImportSource FromPath(string path)
    {
        if (Directory.Exists(path))
        {
            var files = Directory.EnumerateFiles(path).Where(f => IsCsv(f) || IsXlsx(f)).Order(StringComparer.Ordinal).ToList();
            return Combine(files.Select(f => FromFile(f, () => File.OpenRead(f))));
        }
        if (!File.Exists(path))
            throw new FileNotFoundException($"No such file or directory: {path}");
        return FromFile(path, () => File.OpenRead(path));
    }

    /// <summary>A file sent as content (the importRecords mutation): <paramref name="fileName"/> says whether it is CSV or .xlsx and, for a CSV, its kind.</summary>
    public static ImportSource FromContent(string fileName, byte[] content) => FromFile(fileName, () => new MemoryStream(content, writable: false));

    private static ImportSource FromFile(string file, Func<Stream> open)
    {
        var sheets = new List<ImportSheet>();
        var unknown = new List<string>();
        var name = Path.GetFileName(file);
        if (IsCsv(file))
        {
            if (Find(Path.GetFileNameWithoutExtension(file)) is { } template)
                sheets.Add(new ImportSheet(template, name, () => ReadCsv(open)));
            else
                unknown.Add(name);
        }
        else if (IsXlsx(file))
        {
            List<string> names;
            using (var stream = open())
                names = MiniExcel.GetSheetNames(stream);
            foreach (var sheet in names)
            {
                if (Find(sheet) is { } template)
                    sheets.Add(new ImportSheet(template, sheet, () => ReadXlsx(open, sheet)));
                else
                    unknown.Add($"{name}:{sheet}");
            }
        }
        else
        {
            throw new ArgumentException($"{name}: an import reads .csv or .xlsx files.");
        }
        return new ImportSource([.. sheets.OrderBy(s => s.Template.Kind)], unknown);
    }

    private static ImportSource Combine(IEnumerable<ImportSource> sources)
    {
        var all = sources.ToList();
        return new ImportSource(
            [.. all.SelectMany(s => s.Sheets).OrderBy(s => s.Template.Kind)],
            [.. all.SelectMany(s => s.Unknown)]);
    }

    private static ImportTemplate? Find(string sheet) => ImportTemplates.All.FirstOrDefault(t => t.Names(sheet.Trim()));

    private static bool IsCsv(string file) => file.EndsWith(".csv", StringComparison.OrdinalIgnoreCase);

    private static bool IsXlsx(string file) => file.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase);

    private static IEnumerable<ImportRow> ReadCsv(Func<Stream> open)
    {
        // The header is read as a record, so every row, header included, is numbered by its line in the file.
        using var csv = CsvReader.Create(open(), new CsvReaderOptions { HasHeader = false, Separator = ',', TrackLineNumbers = true }, false);
        while (csv.Read())
            yield return new ImportRow(checked((int)csv.LineNumber), [.. Enumerable.Range(0, csv.FieldCount).Select(csv.GetString)]);
    }

    private static IEnumerable<ImportRow> ReadXlsx(Func<Stream> open, string sheet)
    {
        using var stream = open();
        var number = 0;
        foreach (IDictionary<string, object?> row in MiniExcel.Query(stream, useHeaderRow: false, sheetName: sheet))
            yield return new ImportRow(++number, [.. row.Values.Select(Text)]);
    }

    /// <summary>A cell as text: dates as yyyy-MM-dd, numbers without a thousands separator.</summary>
    private static string? Text(object? value) => value switch
    {
        null => null,
        DateTime d when d.TimeOfDay == TimeSpan.Zero => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime d => d.ToString("s", CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
