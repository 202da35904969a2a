using System.CommandLine;
using System.Diagnostics;
using System.Text.Json;
using CaseLedger.Api.Cases.ExtendingSecondment;
using CaseLedger.Cli.Commands;
using CaseLedger.Cli.DemoData;
using CaseLedger.Domain.Shared;

namespace CaseLedger.Cli.Performance;

/// <summary>
/// <c>caseledger bench-writes --mode graphql|direct|raw --manifest FILE [--url URL] [--clients N] [--warmup N] [--settle-url URL] [--quiet-pid PID] [--count N] [--offset N]</c>:
/// appends <c>warmup</c> untimed, then <c>count</c> timed procedure steps (挂职延期, extendSecondment) over the manifest's pool of running
/// secondments with N concurrent clients — over HTTP to /graphql, or in-process through the same Mediator
/// command and LedgerAppender (no HTTP, no GraphQL) — or, as the store's own baseline, one-event Marten appends
/// with expected version (<see cref="RawMartenAppends"/>), and prints the rate of the timed steps as JSON. The warm-up runs in the
/// same process as the timed steps, so the client (and, for raw and direct, the whole write path) is compiled to its final tier
/// before the clock starts, as the API already is; with <c>--settle-url</c> the timed steps wait until that API's audit evaluator
/// has judged the warm-up, so they do not share the cores with its backlog, and with <c>--quiet-pid</c> until that API and this
/// client are idle (<see cref="QuietProcesses"/>).
/// </summary>
internal static class BenchWritesCommand
{
    private const string Mutation = "mutation($input: ExtendSecondmentInput!) { extendSecondment(input: $input) { case { version } errors { code message } } }";

    public static Command Create()
    {
        var mode = new Option<string>("--mode") { Description = "graphql: POST /graphql of a running API; direct: the same command in-process; raw: one-event Marten appends with expected version (the store's own speed).", Required = true };
        mode.AcceptOnlyFromAmong("graphql", "direct", "raw");
        var manifest = new Option<string>("--manifest") { Description = "The manifest seed --manifest wrote (its write pools).", Required = true, HelpName = "FILE" };
        var url = new Option<string>("--url") { Description = "The API's base address (graphql mode; BENCH_TOKEN is sent as the bearer token).", DefaultValueFactory = _ => "http://127.0.0.1:5080/" };
        var clients = new Option<int>("--clients") { HelpName = "N", Description = "Concurrent clients.", DefaultValueFactory = _ => 8 };
        var count = new Option<int>("--count") { HelpName = "N", Description = "How many steps to append.", DefaultValueFactory = _ => 2000 };
        var warmup = new Option<int>("--warmup") { HelpName = "N", Description = "Untimed steps first, in this process (the pool's sequence continues after them).", DefaultValueFactory = _ => 0 };
        var settleUrl = new Option<string?>("--settle-url") { HelpName = "URL", Description = "An API whose audit evaluator must have judged the warm-up before the timed steps start (auditSummary { caughtUp })." };
        var quietPid = new Option<int[]>("--quiet-pid") { HelpName = "PID", Description = "After the warm-up (and the settle), wait until this process (the API) and this client use under a tenth of a core: the runtime's background compilation of what the warm-up made hot is done.", AllowMultipleArgumentsPerToken = true };
        var offset = new Option<int>("--offset") { HelpName = "N", Description = "Where in the pool's sequence of days to start (a second run continues after the first).", DefaultValueFactory = _ => 0 };
        var roundTrips = new Option<bool>("--round-trips") { Description = "direct or raw mode: also count this process's database round trips per step (Npgsql's activities) and name the frequent statements." };
        var command = new Command("bench-writes", "The write half of tools/bench: extendSecondment steps from N concurrent clients, over HTTP or in-process, or raw Marten appends as the baseline; prints the rate as JSON.")
        {
            mode, manifest, url, clients, warmup, settleUrl, quietPid, count, offset, roundTrips,
        };
        command.SetAction(parse => CliHost.RunAsync(parse, app => RunAsync(app, parse.GetRequiredValue(mode), parse.GetRequiredValue(manifest),
            parse.GetRequiredValue(url), parse.GetValue(clients), new StepRange(parse.GetValue(offset), parse.GetValue(warmup), parse.GetValue(count)),
            parse.GetValue(settleUrl), parse.GetValue(quietPid) ?? [], parse.GetValue(roundTrips))));
        return command;
    }

    /// <summary>Steps offset .. offset + warmup untimed, then <paramref name="Count"/> timed ones.</summary>
    private sealed record StepRange(int Offset, int Warmup, int Count);

    private static async Task<int> RunAsync(IHost app, string mode, string manifestFile, string url, int clients, StepRange steps, string? settleUrl,
        int[] quietPids, bool countRoundTrips)
    {
        var manifest = JsonSerializer.Deserialize<SeedManifest>(await File.ReadAllTextAsync(manifestFile), CommandOptions.Json)!;
        var pool = mode == "graphql" ? manifest.WritePoolGraphQL : manifest.WritePoolDirect;

        using var http = BenchApi.Client(url);
        var writer = new LedgerWriter(app.Services, "bench");
        var poolIndex = pool.Select((id, i) => (id, i)).ToDictionary(x => x.id, x => x.i);
        await using var raw = mode == "raw"
            ? await RawMartenAppends.StartAsync(app.Services.GetRequiredService<IConfiguration>().GetConnectionString("CaseLedger")!, CancellationToken.None)
            : null;
        Func<ExtendSecondmentInput, Task<bool>> send = mode switch
        {
            "graphql" => async input =>
            {
                using var response = await http.PostAsJsonAsync("graphql", new { query = Mutation, variables = new { input } });
                using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
                return response.IsSuccessStatusCode && !body.RootElement.TryGetProperty("errors", out _)
                    && body.RootElement.GetProperty("data").GetProperty("extendSecondment").GetProperty("errors").GetArrayLength() == 0;
            }
            ,
            "direct" => async input =>
            {
                try
                {
                    await writer.SendAsync(input, ExtendSecondmentField.Command(input), CancellationToken.None);
                    return true;
                }
                catch (DomainException)
                {
                    return false;
                }
            }
            ,
            // The same request-to-stream mapping as the ledger's modes: request i goes to stream i mod the pool.
            "raw" => input => raw!.AppendAsync(poolIndex[input.CaseId]),
            _ => throw new ArgumentException("--mode is graphql, direct or raw."),
        };

        // Request n extends case n mod pool by one more day: with a pool much larger than the clients no two overlap.
        async Task<int> RunStepsAsync(int first, int count, double[]? latencies)
        {
            var failures = 0;
            var next = -1;
            await Task.WhenAll(Enumerable.Range(0, clients).Select(_ => Task.Run(async () =>
            {
                for (var i = Interlocked.Increment(ref next); i < count; i = Interlocked.Increment(ref next))
                {
                    var n = first + i;
                    var input = new ExtendSecondmentInput(pool[n % pool.Count], new DateOnly(2030, 1, 1).AddDays(n / pool.Count),
                        new DateOnly(2025, 12, 1), null, null, "性能测试 / benchmark", null, null);
                    var started = Stopwatch.GetTimestamp();
                    if (!await send(input))
                        Interlocked.Increment(ref failures);
                    if (latencies is not null)
                        latencies[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                }
            })));
            return failures;
        }

        var warmupFailures = await RunStepsAsync(steps.Offset, steps.Warmup, null);
        var settled = settleUrl is null ? null : await EvaluatorSettle.WaitAsync(settleUrl, TimeSpan.FromMinutes(10));
        var quietAfter = steps.Warmup > 0 ? await QuietProcesses.WaitAsync(quietPids, TimeSpan.FromSeconds(60)) : null;
        using var counter = countRoundTrips ? new RoundTripCounter() : null;
        var count = steps.Count;
        var latencies = new double[count];
        // On stderr, so a caller can sample other processes' CPU over exactly the timed steps.
        Console.Error.WriteLine($"[bench-writes] timing {count} steps");
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var failures = await RunStepsAsync(steps.Offset + steps.Warmup, count, latencies);
        var seconds = clock.Elapsed.TotalSeconds;
        cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        Console.Error.WriteLine("[bench-writes] timed steps done");
        Array.Sort(latencies);
        var result = new
        {
            mode,
            clients,
            warmup = steps.Warmup,
            warmupFailures,
            settledAfterWarmup = settled,
            quietAfterWarmupSeconds = quietAfter,
            requests = count,
            failures,
            seconds = Math.Round(seconds, 3),
            stepsPerSecond = Math.Round((count - failures) / seconds, 1),
            p50Ms = Math.Round(latencies[count / 2], 2),
            p99Ms = Math.Round(latencies[Math.Min(count - 1, count * 99 / 100)], 2),
            // This client's own CPU per timed step: the HTTP client, or for direct and raw the whole write path.
            clientCpuMsPerStep = Math.Round(cpu.TotalMilliseconds / count, 2),
            roundTripsPerStep = counter is null ? (double?)null : Math.Round((double)counter.Count / count, 2),
            frequentStatements = counter?.Top(12),
        };
        Console.WriteLine(JsonSerializer.Serialize(result));
        return failures + warmupFailures == 0 ? 0 : 1;
    }
}
