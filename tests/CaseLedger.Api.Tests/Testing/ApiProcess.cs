using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using CaseLedger.Api.Security;

namespace CaseLedger.Api.Tests.Testing;

/// <summary>
/// One API node as its own operating-system process: the built CaseLedger.Api.dll run by <c>dotnet</c> on a free loopback
/// port, as <c>tools/run --nodes N</c> runs each node, over the test database in the given schema. Its connections carry
/// <see cref="Name"/> as their Application Name, so pg_stat_activity tells which node holds what. <see cref="Kill"/> is a
/// SIGKILL: no shutdown hook runs, PostgreSQL sees the connections drop.
/// </summary>
public sealed class ApiProcess : IAsyncDisposable
{
    private readonly Process process;
    private readonly StringBuilder log = new();

    private ApiProcess(string name, int port, Process process)
    {
        Name = name;
        Port = port;
        this.process = process;
        Http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/"), Timeout = TimeSpan.FromSeconds(100) };
        Http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", CaseLedgerHost.TokenFor(Role.Admin, null, CaseLedgerHost.DefaultUser));
        GraphQL = new GraphQLClient(Http);
    }

    public string Name { get; }

    public int Port { get; }

    /// <summary>The node's process id (what a SIGKILL is sent to).</summary>
    public int ProcessId => process.Id;

    /// <summary>An admin over the whole ledger, on this node.</summary>
    public GraphQLClient GraphQL { get; }

    public HttpClient Http { get; }

    public string WebSocketUrl => $"ws://127.0.0.1:{Port}/graphql";

    public bool HasExited => process.HasExited;

    /// <summary>What the node wrote to stdout and stderr so far (for a failing test's message).</summary>
    public string Log
    {
        get
        {
            lock (log)
                return log.ToString();
        }
    }

    /// <summary>
    /// Starts a node on <paramref name="schema"/> and waits until /health/ready answers. <paramref name="settings"/> are
    /// configuration keys (CaseLedger:Audits:BatchSize …), passed as environment variables as an operator would.
    /// </summary>
    public static async Task<ApiProcess> StartAsync(string name, string schema, IReadOnlyDictionary<string, string>? settings = null)
    {
        var port = FreePort();
        var api = Path.Combine(RepositoryRoot.Path, "src", "CaseLedger.Api", "bin", BuildConfiguration, "net10.0", "CaseLedger.Api.dll");
        if (!File.Exists(api))
            throw new InvalidOperationException($"{api} is not built (the test project builds it).");
        var start = new ProcessStartInfo("dotnet", [api, "--urls", $"http://127.0.0.1:{port}"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.Combine(RepositoryRoot.Path, "src", "CaseLedger.Api"),
        };
        var environment = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Development",
            ["ASPNETCORE_CONTENTROOT"] = Path.Combine(RepositoryRoot.Path, "src", "CaseLedger.Api"),
            ["ConnectionStrings__CaseLedger"] = $"{TestDatabase.ConnectionString};Application Name={name}",
            ["CaseLedger__Schema"] = schema,
            ["CaseLedger__Auth__SigningKey"] = CaseLedgerHost.SigningKey,
            ["CaseLedger__RateLimit__Enabled"] = "false",
            // A loaded machine can take more than the default 10 s over a fresh node's first requests.
            ["CaseLedger__Limits__TimeoutSeconds"] = "60",
            ["Logging__LogLevel__Default"] = "Warning",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
            environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        foreach (var (key, value) in environment)
            start.Environment[key] = value;

        var node = new ApiProcess(name, port, Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start."));
        node.process.OutputDataReceived += (_, e) => node.Append(e.Data);
        node.process.ErrorDataReceived += (_, e) => node.Append(e.Data);
        node.process.BeginOutputReadLine();
        node.process.BeginErrorReadLine();
        await node.WaitUntilReadyAsync();
        return node;
    }

    private void Append(string? line)
    {
        if (line is null)
            return;
        lock (log)
            log.AppendLine(line);
    }

    private async Task WaitUntilReadyAsync()
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            if (process.HasExited)
                throw new InvalidOperationException($"{Name} exited ({process.ExitCode}) before it was ready:\n{Log}");
            try
            {
                using var response = await Http.GetAsync(new Uri("health/ready", UriKind.Relative));
                if (response.IsSuccessStatusCode)
                    return;
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            if (clock.Elapsed > TimeSpan.FromSeconds(120)) // a safeguard against a hang, not a timing
                throw new TimeoutException($"{Name} was not ready after {clock.Elapsed}:\n{Log}");
            await Task.Delay(100);
        }
    }

    /// <summary>SIGKILL: the process ends at once, without shutting anything down.</summary>
    public void Kill()
    {
        process.Kill(entireProcessTree: false);
        process.WaitForExit();
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill();
            await process.WaitForExitAsync();
        }
        process.Dispose();
        Http.Dispose();
    }

    /// <summary>Debug or Release: the configuration the tests themselves were built in (the API is built beside them).</summary>
    private static string BuildConfiguration =>
        AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
