using System.Collections.Concurrent;
using System.Diagnostics;

namespace CaseLedger.Cli.Performance;

/// <summary>
/// Counts the database round trips of this process while it listens: every command or batch Npgsql executes is one
/// activity of its "Npgsql" source, so the count is the statements-in-flight a write costs, whatever Marten batches.
/// </summary>
internal sealed class RoundTripCounter : IDisposable
{
    private readonly ActivityListener listener;
    private readonly ConcurrentDictionary<string, int> byStatement = new();
    private int count;

    public RoundTripCounter()
    {
        listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == "Npgsql",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllData,
            ActivityStopped = activity =>
            {
                Interlocked.Increment(ref count);
                var text = activity.GetTagItem("db.query.text") as string ?? activity.GetTagItem("db.statement") as string ?? activity.DisplayName;
                byStatement.AddOrUpdate(Shorten(text), 1, (_, n) => n + 1);
            },
        };
        ActivitySource.AddActivityListener(listener);
    }

    public int Count => Volatile.Read(ref count);

    /// <summary>The most frequent statements (their first words), for the report.</summary>
    public IReadOnlyDictionary<string, int> Top(int n) =>
        byStatement.OrderByDescending(x => x.Value).Take(n).ToDictionary(x => x.Key, x => x.Value);

    public void Dispose() => listener.Dispose();

    private static string Shorten(string text)
    {
        var oneLine = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return oneLine.Length <= 90 ? oneLine : oneLine[..90];
    }
}
