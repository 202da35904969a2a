using System.CommandLine;
using System.Diagnostics;
using CaseLedger.Api.Imports;
using CaseLedger.Api.Security;
using Marten;

namespace CaseLedger.Cli.Commands;

/// <summary>
/// <c>caseledger import FILE|DIR [--dry-run] [--partial] [--actor NAME]</c>: the importRecords mutation in-process, for
/// files of any size (rows stream; no request time limit). The operator acts as an admin over the whole ledger, under
/// the name given (the events' actor). Exit 0 without problems, 1 with problems (each printed by sheet, row and column).
/// </summary>
internal static class ImportCommand
{
    public static Command Create()
    {
        var path = new Argument<string>("path")
        {
            Description = "An .xlsx (sheets units, cadres, baselinePosts, cases, steps or 单位, 干部, 基线任职, 案件, 步骤), a CSV named for its kind (units.csv, 干部.csv, …), or a directory of them.",
        };
        var dryRun = new Option<bool>("--dry-run") { Description = "Check every row as the import would and report every problem; record nothing." };
        var partial = new Option<bool>("--partial")
        {
            Description = "Record the good rows even when others are refused (every row of a unit, cadre or case with a refused row is left out). "
                + "Without it nothing is recorded unless every row is good.",
        };
        var actor = new Option<string>("--actor") { Description = "Who imports: the events' actor.", HelpName = "NAME", DefaultValueFactory = _ => "import" };
        var command = new Command("import", "Import units, cadres with their baseline posts, and historical cases with their steps (README \"Importing records\"). "
            + "Each row is decided as its mutation would be; re-importing appends nothing. Exit 0 without problems, 1 with problems.")
        {
            path, dryRun, partial, actor,
        };
        command.SetAction((parse, ct) => CliHost.RunAsync(parse, app =>
            RunAsync(app, parse.GetValue(path)!, new ImportOptions(parse.GetValue(dryRun), parse.GetValue(partial)), parse.GetValue(actor)!, ct)));
        return command;
    }

    private static async Task<int> RunAsync(IHost app, string path, ImportOptions options, string actor, CancellationToken ct)
    {
        var source = ImportSource.FromPath(path);
        await app.Services.GetRequiredService<IDocumentStore>().Storage.ApplyAllConfiguredChangesToDatabaseAsync();

        // The mutations read who acts from the request: here the operator is the request.
        var user = CliRequest.Enter(app.Services, new CaseLedgerUser(actor, Role.Admin, null), "import");

        await using var scope = app.Services.CreateAsyncScope();
        var clock = Stopwatch.StartNew();
        // Rows stream, so their number is unknown ahead: the bar shows the pass, the rows done and the rate.
        var report = await CliProgress.RunAsync("import", "rows", bar =>
            scope.ServiceProvider.GetRequiredService<ImportRunner>().RunAsync(source, options, user, new Progress<ImportProgress>(p =>
            {
                bar.Description = $"import ({p.Pass})";
                bar.Value = p.Rows;
            }), ct));

        foreach (var problem in report.Problems)
            Console.WriteLine(problem);
        Console.WriteLine(
            $"{(report.DryRun ? "DRY RUN: nothing recorded" : report.Written ? "IMPORTED" : "NOT IMPORTED: nothing recorded (fix the rows above, or use --partial)")}. "
            + $"{report.RowsRead} rows read, {report.RowsWritten} written, {report.RowsAlreadyImported} already imported, {report.RowsRejected} rejected, "
            + $"{report.Problems.Count} problem(s), {clock.Elapsed.TotalSeconds:F1} s.");
        return report.Problems.Count == 0 ? 0 : 1;
    }
}
