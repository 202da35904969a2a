using System.Diagnostics;

namespace CaseLedger.Api.Tests.Testing;

/// <summary>
/// The PostgreSQL the tests use: CASELEDGER_TEST_DB when set (tools/test sets it), otherwise the
/// local server that tools/db starts, database caseledger_test. Each host gets its own schema.
/// </summary>
internal static class TestDatabase
{
    private static readonly Lazy<string> Connection = new(Resolve);

    public static string ConnectionString => Connection.Value;

    private static string Resolve()
    {
        if (Environment.GetEnvironmentVariable("CASELEDGER_TEST_DB") is { Length: > 0 } given)
            return given;

        var script = Path.Combine(RepositoryRoot.Path, "tools", "db");
        using var process = Process.Start(new ProcessStartInfo(script, "caseledger_test") { RedirectStandardOutput = true })
            ?? throw new InvalidOperationException($"Could not start {script}.");
        var output = process.StandardOutput.ReadToEnd().Trim();
        process.WaitForExit();
        return process.ExitCode == 0 ? output : throw new InvalidOperationException($"{script} failed ({process.ExitCode}).");
    }
}

internal static class RepositoryRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "CaseLedger.sln")))
                return dir.FullName;
        }
        throw new InvalidOperationException("CaseLedger.sln not found above the test binaries.");
    }
}
