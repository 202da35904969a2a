namespace CaseLedger.Api.Audits;

/// <summary>
/// Runs the <see cref="AuditEvaluator"/> in the background: a batch after another while events keep
/// coming, a short pause when caught up. Stopping it mid-batch loses nothing (the batch is one transaction).
/// </summary>
internal sealed class AuditDaemon(IServiceScopeFactory scopes, ILogger<AuditDaemon> log) : BackgroundService
{
    // Large enough that catching up on a big ledger re-reads each case rarely; a caught-up daemon reads only the few new events anyway.
    public const int BatchSize = 1000;
    private static readonly TimeSpan Pause = TimeSpan.FromMilliseconds(200);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var read = 0;
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                read = await scope.ServiceProvider.GetRequiredService<AuditEvaluator>().RunBatchAsync(BatchSize, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // A failed batch (a concurrent write, the database restarting) is retried, never fatal.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                log.LogWarning(ex, "Audit evaluation batch failed; retrying.");
            }
            if (read == 0)
            {
                try
                {
                    await Task.Delay(Pause, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }
}
