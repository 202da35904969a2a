using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using CaseLedger.Api.Tests.Testing;

namespace CaseLedger.Api.Tests.LiveUpdates;

/// <summary>
/// The npm graphql-ws client (tests/subscriptions/probe.mjs) subscribed to a running server: how many events each
/// subscription has received so far (scenarios with <c>progress = true</c>), and everything received once it is finished.
/// </summary>
internal sealed class SubscriptionProbe : IDisposable
{
    private static readonly string Directory = Path.Combine(RepositoryRoot.Path, "tests", "subscriptions");
    private static readonly TimeSpan Safeguard = TimeSpan.FromSeconds(60); // against a hang, not a timing

    private readonly Process process;
    private readonly Task<string> output;
    private readonly ConcurrentDictionary<string, ConcurrentQueue<JsonNode>> received = new();
    private readonly ConcurrentQueue<string> diagnostics = new();

    /// <summary>What the probe wrote to stderr besides progress (node's warnings and errors), for a failing test's message.</summary>
    public string Diagnostics => string.Join('\n', diagnostics);

    private SubscriptionProbe(Process process)
    {
        this.process = process;
        output = process.StandardOutput.ReadToEndAsync();
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not { Length: > 0 } line)
                return;
            if (line.StartsWith("{\"name\"", StringComparison.Ordinal) && JsonNode.Parse(line) is { } progress)
                received.GetOrAdd(progress["name"]!.GetValue<string>(), _ => new()).Enqueue(progress["event"]!);
            else
                diagnostics.Enqueue(line);
        };
        process.BeginErrorReadLine();
    }

    /// <summary>Starts the probe with these scenarios (see probe.mjs: name, token, query, variables, url, progress, slow).</summary>
    public static async Task<SubscriptionProbe> StartAsync(string url, params object[] scenarios)
    {
        await EnsurePackagesAsync();
        var process = Process.Start(new ProcessStartInfo("node", ["probe.mjs", JsonSerializer.Serialize(new { url, scenarios })])
        {
            WorkingDirectory = Directory, RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true,
        }) ?? throw new InvalidOperationException("node did not start.");
        return new SubscriptionProbe(process);
    }

    /// <summary>The events (each a graphql-ws <c>next</c> payload) the scenario has received so far (progress scenarios only).</summary>
    public IReadOnlyList<JsonNode> Received(string name) => received.TryGetValue(name, out var events) ? [.. events] : [];

    /// <summary>Waits until what the scenario has received satisfies <paramref name="done"/>.</summary>
    public async Task WaitForAsync(string name, Func<IReadOnlyList<JsonNode>, bool> done, string what)
    {
        var clock = Stopwatch.StartNew();
        while (!done(Received(name)))
        {
            if (clock.Elapsed > Safeguard)
                throw new TimeoutException($"{name} did not receive {what}; it received {Received(name).Count} events. {Diagnostics}");
            await Task.Delay(20);
        }
    }

    /// <summary>Ends every subscription and returns what each received: { name: { events, errors, closeCode, closeReason } }.</summary>
    public async Task<JsonNode> FinishAsync()
    {
        process.StandardInput.Close();
        var results = JsonNode.Parse(await output)!;
        await process.WaitForExitAsync();
        return results;
    }

    public void Dispose()
    {
        if (!process.HasExited)
            process.Kill();
        process.Dispose();
    }

    private static async Task EnsurePackagesAsync()
    {
        if (System.IO.Directory.Exists(Path.Combine(Directory, "node_modules", "graphql-ws")))
            return;
        using var npm = Process.Start(new ProcessStartInfo("npm", "ci --no-audit --no-fund") { WorkingDirectory = Directory, RedirectStandardOutput = true })!;
        await npm.StandardOutput.ReadToEndAsync();
        await npm.WaitForExitAsync();
        if (npm.ExitCode != 0)
            throw new InvalidOperationException($"npm ci failed in {Directory} ({npm.ExitCode}).");
    }
}
