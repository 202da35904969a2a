using System.Diagnostics;

namespace CaseLedger.Api.Tests.Testing;

/// <summary>
/// Runs the scripts of tools/browser-test with Node.js: graphql-js's own introspection query and the GraphiQL
/// check in headless Chromium. Installs their npm packages on first use (as tools/graphiql/build.sh does);
/// Node.js and Debian's chromium come from tools/test.
/// </summary>
internal static class NodeScripts
{
    private static readonly string Directory = Path.Combine(RepositoryRoot.Path, "tools", "browser-test");
    private static readonly SemaphoreSlim Install = new(1, 1);

    public static async Task<(int ExitCode, string Output, string Error)> RunAsync(string script, params string[] args)
    {
        await EnsureInstalledAsync();
        return await RunProcessAsync("node", [Path.Combine(Directory, script), .. args]);
    }

    private static async Task EnsureInstalledAsync()
    {
        await Install.WaitAsync();
        try
        {
            if (System.IO.Directory.Exists(Path.Combine(Directory, "node_modules", "puppeteer-core")))
                return;
            var (exit, output, error) = await RunProcessAsync("npm", ["ci", "--no-audit", "--no-fund", "--silent"]);
            if (exit != 0)
                throw new InvalidOperationException($"npm ci in tools/browser-test failed ({exit}): {output}{error}");
        }
        finally
        {
            Install.Release();
        }
    }

    private static async Task<(int ExitCode, string Output, string Error)> RunProcessAsync(string file, string[] args)
    {
        var start = new ProcessStartInfo(file)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Directory,
        };
        foreach (var arg in args)
            start.ArgumentList.Add(arg);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{file} did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output, await error);
    }
}
