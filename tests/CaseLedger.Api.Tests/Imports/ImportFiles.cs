using CaseLedger.Api.Tests.Testing;
using CsvHelper;
using MiniExcelLibs;

namespace CaseLedger.Api.Tests.Imports;

/// <summary>The sample templates under samples/, and the same rows as one .xlsx workbook (one sheet per CSV file, named for it).</summary>
internal static class ImportFiles
{
    public static string Directory(string name) => Path.Combine(RepositoryRoot.Path, "samples", name);

    public static byte[] Workbook(string name)
    {
        var sheets = new Dictionary<string, object>();
        foreach (var file in System.IO.Directory.EnumerateFiles(Directory(name), "*.csv").Order(StringComparer.Ordinal))
        {
            using var csv = CsvReader.Create(File.OpenRead(file), new CsvReaderOptions { HasHeader = false, Separator = ',' }, false);
            List<string> header = [];
            var rows = new List<Dictionary<string, object?>>();
            while (csv.Read())
            {
                var cells = Enumerable.Range(0, csv.FieldCount).Select(csv.GetString).ToList();
                if (header.Count == 0)
                    header = cells;
                else
                    rows.Add(header.Select((h, i) => (h, cell: (object?)(cells[i].Length == 0 ? null : cells[i]))).ToDictionary(c => c.h, c => c.cell));
            }
            sheets[Path.GetFileNameWithoutExtension(file)] = rows;
        }
        using var stream = new MemoryStream();
        stream.SaveAs(sheets);
        return stream.ToArray();
    }

    public const string Report = "dryRun written rowsRead rowsWritten rowsAlreadyImported rowsRejected problems { sheet row column code message }";

    public static async Task<System.Text.Json.Nodes.JsonNode> ImportAsync(GraphQLClient client, string fileName, byte[] content, bool dryRun = false, bool partial = false)
    {
        var data = await client.QueryAsync($"mutation($input: ImportRecordsInput!) {{ importRecords(input: $input) {{ {Report} }} }}",
            new { input = new { fileName, contentBase64 = Convert.ToBase64String(content), dryRun, partial } });
        return data["importRecords"]!;
    }

    /// <summary>The problems as "sheet|row|column|code" lines, in report order.</summary>
    public static List<string> Problems(System.Text.Json.Nodes.JsonNode report) =>
        [.. report["problems"]!.AsArray().Select(p => $"{p!["sheet"]}|{p["row"]}|{p["column"]}|{p["code"]}")];
}

/// <summary>A host whose request time limit fits an import on a busy machine: importRecords runs within the request's limit like any field.</summary>
public sealed class ImportHost : CaseLedgerHost
{
    protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("CaseLedger:Limits:TimeoutSeconds", "300");
    }
}
