using System.Diagnostics;
using CaseLedger.Api.Tests.Testing;

namespace CaseLedger.Api.Tests.Exports;

/// <summary>
/// tools/caseledger export as a process on the fixture's ledger: the same dossier and findings as the downloads give
/// the same user (a 固原 supervisor), and exit 1 with the same refusal for a case outside the remit.
/// </summary>
[Collection(ExportHost.Collection)]
public sealed class ExportCommandTests(ExportHost host)
{
    [Fact]
    public async Task The_cli_writes_what_the_downloads_give_the_same_user()
    {
        var directory = Directory.CreateTempSubdirectory("caseledger-export-");
        try
        {
            var dossier = Path.Combine(directory.FullName, "dossier.xlsx");
            var run = await CliAsync("export", "dossier", host.CaseId, "--out", dossier, "--role", "supervisor", "--unit", "EX-640400");
            Assert.True(run.ExitCode == 0, run.Error);
            Assert.Contains("chain intact", run.Output, StringComparison.Ordinal);
            var download = (await host.GetAsync($"/dossier/{Uri.EscapeDataString(host.CaseId)}.xlsx", CaseLedgerHost.TokenFor(Api.Security.Role.Supervisor, host.Guyuan))).Body;
            var written = await File.ReadAllBytesAsync(dossier);
            Assert.Equal(ExportHost.Sheet(download, "事件 events"), ExportHost.Sheet(written, "事件 events"));
            Assert.Equal(ExportHost.Sheet(download, "案件 case"), ExportHost.Sheet(written, "案件 case"));

            var findings = Path.Combine(directory.FullName, "findings.csv");
            run = await CliAsync("export", "findings", "--format", "csv", "--out", findings, "--severity", "VIOLATION", "--role", "supervisor", "--unit", "EX-640400");
            Assert.True(run.ExitCode == 0, run.Error);
            Assert.Equal((await host.GetAsync("/exports/findings.csv?severity=VIOLATION", CaseLedgerHost.TokenFor(Api.Security.Role.Supervisor, host.Guyuan))).Body,
                await File.ReadAllBytesAsync(findings));

            var outside = Path.Combine(directory.FullName, "outside.html");
            run = await CliAsync("export", "dossier", host.CaseId, "--out", outside, "--role", "supervisor", "--unit", "EX-640100");
            Assert.Equal(1, run.ExitCode);
            Assert.Contains("NOT_FOUND", run.Error, StringComparison.Ordinal);
            Assert.False(File.Exists(outside));
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    private async Task<(int ExitCode, string Output, string Error)> CliAsync(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = AppContext.BaseDirectory };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "CaseLedger.Cli.dll"));
        foreach (var arg in args)
            start.ArgumentList.Add(arg);
        start.Environment["ConnectionStrings__CaseLedger"] = TestDatabase.ConnectionString;
        start.Environment["CaseLedger__Schema"] = host.Schema;
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["ASPNETCORE_CONTENTROOT"] = Path.Combine(RepositoryRoot.Path, "src", "CaseLedger.Api");
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output, await error);
    }
}
