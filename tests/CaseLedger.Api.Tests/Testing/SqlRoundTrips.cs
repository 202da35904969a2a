using System.Diagnostics;

namespace CaseLedger.Api.Tests.Testing;

/// <summary>
/// Counts the SQL commands (round trips) Npgsql sends for one schema while a block runs, from
/// Npgsql's own ActivitySource. Other test hosts use other schemas, so their traffic is not counted.
/// </summary>
public sealed class SqlRoundTrips : IDisposable
{
    private readonly ActivityListener listener;
    private int count;

    public SqlRoundTrips(string schema)
    {
        listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name.StartsWith("Npgsql", StringComparison.Ordinal),
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllData,
            ActivityStopped = activity =>
            {
                var sql = activity.GetTagItem("db.query.text") ?? activity.GetTagItem("db.statement");
                if (sql?.ToString()?.Contains(schema, StringComparison.Ordinal) == true)
                    Interlocked.Increment(ref count);
            },
        };
        ActivitySource.AddActivityListener(listener);
    }

    public int Count => Volatile.Read(ref count);

    public void Dispose() => listener.Dispose();
}
