using System.Diagnostics;
using System.Text.Json;

namespace CaseLedger.Cli.Performance;

/// <summary>How far behind an API's audit evaluator was when asked, and how long it took to judge everything written before.</summary>
internal sealed record Settled(long? EventsBehind, double Seconds, bool CaughtUp);

/// <summary>
/// Waits until an API's audit evaluator has judged every event written so far (<c>auditSummary { caughtUp }</c>, polled every
/// 250 ms): a timed burst that starts during the evaluator's backlog shares the cores with it.
/// </summary>
internal static class EvaluatorSettle
{
    private const string Query = "{ auditSummary { caughtUp evaluatedThroughSequence latestSequence } }";

    public static async Task<Settled> WaitAsync(string apiUrl, TimeSpan giveUpAfter)
    {
        using var http = BenchApi.Client(apiUrl);
        http.Timeout = TimeSpan.FromSeconds(10);
        var clock = Stopwatch.StartNew();
        long? behind = null;
        while (true)
        {
            try
            {
                using var response = await http.PostAsJsonAsync("graphql", new { query = Query });
                using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
                var summary = body.RootElement.GetProperty("data").GetProperty("auditSummary");
                behind ??= summary.GetProperty("latestSequence").GetInt64() - summary.GetProperty("evaluatedThroughSequence").GetInt64();
                if (summary.GetProperty("caughtUp").GetBoolean())
                    return new Settled(behind, Math.Round(clock.Elapsed.TotalSeconds, 2), true);
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or JsonException or KeyNotFoundException or InvalidOperationException)
            {
                // A poll that times out or fails while the evaluator works is no answer yet, not a failure.
            }
            if (clock.Elapsed > giveUpAfter)
                return new Settled(behind, Math.Round(clock.Elapsed.TotalSeconds, 2), false);
            await Task.Delay(250);
        }
    }
}
