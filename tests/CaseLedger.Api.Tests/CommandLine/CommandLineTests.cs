using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using CaseLedger.Cli.Commands;

namespace CaseLedger.Api.Tests.CommandLine;

/// <summary>
/// tools/caseledger as a user meets it: the built CaseLedger.Cli.dll run as a process. Help for the tool and every
/// verb on stdout with exit 0; an unknown verb, an unknown option, a missing or bad value: the problem and the
/// usage on stderr, exit 2, and nothing started (the database it is pointed at does not exist).
/// </summary>
public sealed class CommandLineTests
{
    /// <summary>Every verb by its path, a verb's own verbs included ("export", "export dossier").</summary>
    public static TheoryData<string> Verbs() => [.. Paths(CaseLedgerCli.Build(), "")];

    private static IEnumerable<string> Paths(System.CommandLine.Command command, string prefix) =>
        command.Subcommands.SelectMany(c => Paths(c, $"{prefix}{c.Name} ").Prepend(prefix + c.Name));

    private static System.CommandLine.Command Find(string path) =>
        path.Split(' ').Aggregate(CaseLedgerCli.Build(), (command, name) => command.Subcommands.Single(c => c.Name == name));

    [Fact]
    public async Task Help_lists_every_verb()
    {
        var run = await CliAsync("--help");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Usage:\n  caseledger [command] [options]", run.Output, StringComparison.Ordinal);
        foreach (var verb in new[] { "verify", "digest", "token", "serve", "seed", "rebuild", "demo-data", "bench-writes", "bench-checkpoints", "import", "export" })
            Assert.Contains($"\n  {verb} ", run.Output, StringComparison.Ordinal);
        Assert.Empty(run.Error);
    }

    [Theory]
    [MemberData(nameof(Verbs))]
    public async Task Every_verb_has_help_naming_each_of_its_options(string verb)
    {
        var command = Find(verb);

        var run = await CliAsync([.. verb.Split(' '), "--help"]);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains($"Usage:\n  caseledger {verb}", run.Output, StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(command.Description));
        foreach (var option in command.Options)
        {
            Assert.Contains(option.Name, run.Output, StringComparison.Ordinal);
            Assert.False(string.IsNullOrWhiteSpace(option.Description), $"{verb} {option.Name} has no description");
        }
    }

    [Theory]
    [MemberData(nameof(Verbs))]
    public async Task An_unknown_option_prints_the_verbs_usage_on_stderr_and_exits_2(string verb)
    {
        var command = Find(verb);

        // A verb's arguments given (a file for import), so the unknown option cannot be taken for one.
        var run = await CliAsync([.. verb.Split(' '), .. command.Arguments.Select(_ => "given"), "--no-such-option", "x"]);

        // A verb's usage names its arguments (and its own verbs) before its options: caseledger import <path> [options].
        AssertMisuse(run, "Unrecognized command or argument '--no-such-option'",
            $"caseledger {verb}{string.Concat(command.Arguments.Select(a => $" <{a.Name}>"))}{(command.Subcommands.Count > 0 ? " [command]" : "")} [options]");
    }

    [Theory]
    [InlineData(new[] { "frobnicate" }, "Unrecognized command or argument 'frobnicate'", "caseledger [command] [options]")]
    [InlineData(new string[0], "Required command was not provided", "caseledger [command] [options]")]
    [InlineData(new[] { "token", "--unit", "*" }, "Option '--role' is required", "caseledger token [options]")]
    [InlineData(new[] { "token", "--role", "king", "--unit", "*" }, "Argument 'king' not recognized", "caseledger token [options]")]
    [InlineData(new[] { "token", "--role", "admin", "--unit", "*", "--hours", "0" }, "--hours must be between 1 and 2160", "caseledger token [options]")]
    [InlineData(new[] { "token", "--role", "admin", "--unit", "*", "--hours", "many" }, "Cannot parse argument 'many'", "caseledger token [options]")]
    [InlineData(new[] { "seed", "--size", "huge" }, "Argument 'huge' not recognized", "caseledger seed [options]")]
    [InlineData(new[] { "bench-writes", "--mode", "direct" }, "Option '--manifest' is required", "caseledger bench-writes [options]")]
    [InlineData(new[] { "serve", "--port", "70000" }, "--port must be between 1 and 65535", "caseledger serve [options]")]
    [InlineData(new[] { "verify", "--digest" }, "Required argument missing for option: '--digest'", "caseledger verify [options]")]
    [InlineData(new[] { "export" }, "Required command was not provided", "caseledger export [command] [options]")]
    [InlineData(new[] { "export", "dossier", "--out", "a.html" }, "Required argument 'caseId' missing for command: 'dossier'", "caseledger export dossier <caseId> [options]")]
    [InlineData(new[] { "export", "dossier", "X", "--out", "a.pdf" }, "--out must end in .html or .xlsx", "caseledger export dossier <caseId> [options]")]
    [InlineData(new[] { "export", "dossier", "X", "--out", "a.html", "--role", "king" }, "Argument 'king' not recognized", "caseledger export dossier <caseId> [options]")]
    [InlineData(new[] { "export", "findings", "--out", "a.csv" }, "Option '--format' is required", "caseledger export findings [options]")]
    [InlineData(new[] { "export", "findings", "--format", "pdf", "--out", "a.csv" }, "Argument 'pdf' not recognized", "caseledger export findings [options]")]
    [InlineData(new[] { "export", "findings", "--format", "csv", "--out", "a.xlsx" }, "--out must end in .csv for --format csv", "caseledger export findings [options]")]
    [InlineData(new[] { "export", "findings", "--format", "csv", "--out", "a.csv", "--status", "OPEN" }, "Argument 'OPEN' not recognized", "caseledger export findings [options]")]
    [InlineData(new[] { "export", "findings", "--format", "csv", "--out", "a.csv", "--effectiveFrom", "2026-13-01" }, "--effectiveFrom must be a date, yyyy-MM-dd", "caseledger export findings [options]")]
    public async Task Bad_usage_names_the_problem_prints_the_usage_on_stderr_and_exits_2(string[] args, string problem, string usage)
    {
        var run = await CliAsync(args);

        AssertMisuse(run, problem, usage);
    }

    [Fact]
    public async Task Serve_on_a_taken_port_is_one_clear_line_and_exit_1()
    {
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port;

        var run = await CliAsync("serve", "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(1, run.ExitCode);
        var line = Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal($"caseledger: cannot listen on http://127.0.0.1:{port}: the port is already in use (is CaseLedger already running?); "
            + "choose another port (tools/run --port P, caseledger serve --port P).", line);
        Assert.DoesNotContain("Now listening", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_good_command_line_runs_the_verb()
    {
        // The compliant shape of the token verb: a whole-ledger admin token needs no lookup, so no database either.
        var run = await CliAsync("token", "--role", "admin", "--unit", "*", "--hours=2");

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("eyJ", run.Output, StringComparison.Ordinal);
    }

    private static void AssertMisuse((int ExitCode, string Output, string Error) run, string problem, string usage)
    {
        Assert.Equal(2, run.ExitCode);
        Assert.Empty(run.Output);
        Assert.StartsWith("caseledger: ", run.Error, StringComparison.Ordinal);
        Assert.Contains(problem, run.Error, StringComparison.Ordinal);
        Assert.Contains($"Usage:\n  {usage}", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal); // no stack trace
    }

    private static async Task<(int ExitCode, string Output, string Error)> CliAsync(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "CaseLedger.Cli.dll"));
        foreach (var arg in args)
            start.ArgumentList.Add(arg);
        // A database that does not exist: parsing and help must not need one.
        start.Environment["ConnectionStrings__CaseLedger"] = "Host=127.0.0.1;Port=1;Username=nobody;Database=none;Timeout=1";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["ASPNETCORE_CONTENTROOT"] = Path.Combine(Testing.RepositoryRoot.Path, "src", "CaseLedger.Api");
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, (await output).ReplaceLineEndings("\n"), (await error).ReplaceLineEndings("\n"));
    }
}
