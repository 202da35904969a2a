using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using CaseLedger.Api.Cases.ExtendingSecondment;
using CaseLedger.Cli.DemoData;
using CaseLedger.Domain.Shared;

namespace CaseLedger.Cli.Performance;

/// <summary>
/// <c>caseledger bench-writes --mode graphql|direct --manifest FILE [--url URL] [--clients N] [--count N] [--offset N]</c>:
/// appends <c>count</c> procedure steps (挂职延期, extendSecondment) over the manifest's pool of running
/// secondments with N concurrent clients — over HTTP to /graphql, or in-process through the same Mediator
/// command and LedgerAppender (no HTTP, no GraphQL) — and prints the rate as JSON.
/// </summary>
internal static class BenchWritesCommand
{
    public const string Usage = "caseledger bench-writes --mode graphql|direct --manifest FILE [--url URL] [--clients N] [--count N] [--offset N]";

    private const string Mutation = "mutation($input: ExtendSecondmentInput!) { extendSecondment(input: $input) { case { version } errors { code message } } }";

    public static async Task<int> RunAsync(IHost app, string[] args)
    {
        var options = CommandOptions.Parse(args[1..], ["--mode", "--manifest", "--url", "--clients", "--count", "--offset"], Usage);
        var mode = options.GetValueOrDefault("--mode") ?? throw new ArgumentException($"--mode is required. usage: {Usage}");
        var manifest = JsonSerializer.Deserialize<SeedManifest>(await File.ReadAllTextAsync(
            options.GetValueOrDefault("--manifest") ?? throw new ArgumentException($"--manifest is required. usage: {Usage}")), CommandOptions.Json)!;
        var clients = Int(options, "--clients", 8);
        var count = Int(options, "--count", 2000);
        var offset = Int(options, "--offset", 0);
        var pool = mode == "graphql" ? manifest.WritePoolGraphQL : manifest.WritePoolDirect;

        using var http = new HttpClient { BaseAddress = new Uri(options.GetValueOrDefault("--url") ?? "http://127.0.0.1:5080/") };
        // The API needs a bearer token for everything but __typename; tools/bench passes one.
        if (Environment.GetEnvironmentVariable("BENCH_TOKEN") is { Length: > 0 } token)
            http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        var writer = new LedgerWriter(app.Services, "bench");
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
            _ => throw new ArgumentException($"--mode is graphql or direct. usage: {Usage}"),
        };

        // Request i extends case i mod pool by one more day: with a pool much larger than the clients no two overlap.
        var latencies = new double[count];
        var failures = 0;
        var next = -1;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, clients).Select(_ => Task.Run(async () =>
        {
            for (var i = Interlocked.Increment(ref next); i < count; i = Interlocked.Increment(ref next))
            {
                var n = i + offset;
                var input = new ExtendSecondmentInput(pool[n % pool.Count], new DateOnly(2030, 1, 1).AddDays(n / pool.Count),
                    new DateOnly(2025, 12, 1), null, null, "性能测试 / benchmark", null, null);
                var started = Stopwatch.GetTimestamp();
                if (!await send(input))
                    Interlocked.Increment(ref failures);
                latencies[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            }
        })));
        var seconds = clock.Elapsed.TotalSeconds;
        Array.Sort(latencies);
        var result = new
        {
            mode,
            clients,
            requests = count,
            failures,
            seconds = Math.Round(seconds, 3),
            stepsPerSecond = Math.Round((count - failures) / seconds, 1),
            p50Ms = Math.Round(latencies[count / 2], 2),
            p99Ms = Math.Round(latencies[Math.Min(count - 1, count * 99 / 100)], 2),
        };
        Console.WriteLine(JsonSerializer.Serialize(result));
        return failures == 0 ? 0 : 1;
    }

    private static int Int(Dictionary<string, string> options, string name, int fallback) =>
        options.TryGetValue(name, out var value) ? int.Parse(value, CultureInfo.InvariantCulture) : fallback;
}
