using System.Diagnostics;
using System.Security.Claims;
using CaseLedger.Api.Hosting;
using CaseLedger.Api.Imports;
using CaseLedger.Api.Security;

namespace CaseLedger.Cli.Commands;

/// <summary>
/// <c>caseledger import FILE|DIR [--dry-run] [--partial] [--actor NAME]</c>: the importRecords mutation in-process, for
/// files of any size (rows stream; the HTTP request limit does not apply). The operator acts as an admin over the
/// whole ledger, under the name given (events carry it as their actor). Exit 0 without problems, 1 with problems
/// (every one printed by sheet, row and column), 2 on misuse.
/// </summary>
internal static class ImportCommand
{
    public const string Usage = "caseledger import <file.xlsx|file.csv|dir> [--dry-run] [--partial] [--actor NAME]";

    public static async Task<int> RunAsync(IHost app, string[] args)
    {
        var path = args.Skip(1).FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal))
            ?? throw new ArgumentException($"import needs a file or directory. usage: {Usage}");
        var actor = args.SkipWhile(a => a != "--actor").Skip(1).FirstOrDefault() ?? "import";
        var known = new[] { path, "--dry-run", "--partial", "--actor", actor };
        if (args.Skip(1).FirstOrDefault(a => !known.Contains(a)) is { } unknown)
            throw new ArgumentException($"unexpected argument '{unknown}'. usage: {Usage}");
        var options = new ImportOptions(args.Contains("--dry-run"), args.Contains("--partial"));
        var source = ImportSource.FromPath(path);
        await app.Services.GetRequiredService<Marten.IDocumentStore>().Storage.ApplyAllConfiguredChangesToDatabaseAsync();

        // The mutations read who acts from the request: the operator is the request here.
        var user = new ClaimsPrincipal(new ClaimsIdentity(
        [
            new Claim(CaseLedgerUser.NameClaim, actor),
            new Claim(CaseLedgerUser.RoleClaim, Role.Admin.ToString().ToLowerInvariant()),
            new Claim(CaseLedgerUser.UnitClaim, CaseLedgerUser.WholeLedger),
        ], "caseledger-cli", CaseLedgerUser.NameClaim, CaseLedgerUser.RoleClaim));
        var http = new DefaultHttpContext { User = user, RequestServices = app.Services };
        http.Request.Headers[RequestActor.CorrelationHeader] = $"import-{Guid.NewGuid():N}";
        app.Services.GetRequiredService<IHttpContextAccessor>().HttpContext = http;

        await using var scope = app.Services.CreateAsyncScope();
        var clock = Stopwatch.StartNew();
        var progress = new Progress<ImportProgress>(p =>
            Console.Error.WriteLine($"{p.Pass}: {p.Rows} rows, {p.Rows / Math.Max(clock.Elapsed.TotalSeconds, 0.001):F0} rows/s"));
        var report = await scope.ServiceProvider.GetRequiredService<ImportRunner>().RunAsync(source, options, user, progress, CancellationToken.None);

        foreach (var problem in report.Problems)
            Console.WriteLine(problem);
        Console.WriteLine(
            $"{(report.DryRun ? "DRY RUN: nothing recorded" : report.Written ? "IMPORTED" : "NOT IMPORTED: nothing recorded (fix the rows above, or use --partial)")}. "
            + $"{report.RowsRead} rows read, {report.RowsWritten} written, {report.RowsAlreadyImported} already imported, {report.RowsRejected} rejected, "
            + $"{report.Problems.Count} problem(s), {clock.Elapsed.TotalSeconds:F1} s.");
        return report.Problems.Count == 0 ? 0 : 1;
    }
}
