using System.Collections.Concurrent;
using System.Text.Json;
using System.Threading.Channels;
using Npgsql;

namespace CaseLedger.Api.Ledger;

/// <summary>A stream changed: its kind (named by the feature that announces it), id, and the type of its last new event.</summary>
internal sealed record LedgerChange(string Kind, Guid StreamId, string EventType)
{
    public const string Case = "case";
    public const string Finding = "finding";
}

/// <summary>
/// LISTENs on this schema's channel (one connection per node) and hands each change to every live subscription on this node.
/// A subscription's buffer is bounded: one that falls behind is dropped (its connection closed), never waited for — the
/// writers are not slowed by any subscriber, and the listening connection never stalls.
/// </summary>
internal sealed class LedgerFeed(IConfiguration configuration, ILogger<LedgerFeed> log) : BackgroundService
{
    private readonly ConcurrentDictionary<Guid, Subscriber> subscribers = new();
    private readonly string connectionString = configuration.GetConnectionString("CaseLedger") ?? "";
    private readonly string channel = ChannelFor(configuration["CaseLedger:Schema"] ?? "caseledger");

    /// <summary>How many changes a subscription may have waiting before it is dropped (CaseLedger:Subscriptions:Buffer).</summary>
    public int Capacity { get; } = configuration.GetValue("CaseLedger:Subscriptions:Buffer", 256);

    /// <summary>How many subscriptions are live on this node.</summary>
    public int SubscriberCount => subscribers.Count;

    public static string ChannelFor(string schema) => $"caseledger_{schema}".ToLowerInvariant();

    public Subscriber Subscribe(Action<string> onOverflow)
    {
        var subscriber = new Subscriber(this, Channel.CreateBounded<LedgerChange>(new BoundedChannelOptions(Capacity) { FullMode = BoundedChannelFullMode.Wait }), onOverflow);
        subscribers[subscriber.Id] = subscriber;
        return subscriber;
    }

    private void Dispatch(string payload)
    {
        if (JsonSerializer.Deserialize<LedgerChange>(payload) is not { } change)
            return;
        foreach (var subscriber in subscribers.Values)
        {
            if (!subscriber.Changes.Writer.TryWrite(change))
            {
                subscribers.TryRemove(subscriber.Id, out _);
                subscriber.Changes.Writer.TryComplete();
                subscriber.OnOverflow($"subscriber too slow: more than {Capacity} changes waiting");
            }
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var connection = new NpgsqlConnection(connectionString);
                await connection.OpenAsync(stoppingToken);
                connection.Notification += (_, e) => Dispatch(e.Payload);
                await using (var listen = new NpgsqlCommand($"LISTEN \"{channel}\"", connection))
                    await listen.ExecuteNonQueryAsync(stoppingToken);
                while (!stoppingToken.IsCancellationRequested)
                    await connection.WaitAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // The database restarting must not end live updates: listen again shortly.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                log.LogWarning(ex, "Lost the ledger feed; listening again.");
                try
                {
                    await Task.Delay(TimeSpan.FromSeconds(1), stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    /// <summary>One live subscription's buffer of changes; disposing it stops the feed writing to it.</summary>
    internal sealed class Subscriber(LedgerFeed feed, Channel<LedgerChange> changes, Action<string> onOverflow) : IDisposable
    {
        public Guid Id { get; } = Guid.NewGuid();

        public Channel<LedgerChange> Changes => changes;

        public Action<string> OnOverflow => onOverflow;

        public void Dispose()
        {
            feed.subscribers.TryRemove(Id, out _);
            changes.Writer.TryComplete();
        }
    }
}
