using System.Threading.Channels;
using CaseLedger.Api.Ledger;

namespace CaseLedger.Api.Cases;

/// <summary>
/// Group commit for case steps. Steps that arrive while a group is being saved wait, and are then read in one round trip,
/// decided one by one against the heads read and saved in one transaction — one commit and two round trips for the group
/// instead of for each step. Each caller still gets its own answer: a step refused by the domain, or whose expected version
/// is stale, fails alone before anything is appended; at most one step per case is in a group (a second waits for the next,
/// so it is decided on the first's result); and if the group's save fails (another process appended to one of its cases),
/// nothing of it was committed and each of its steps is recorded again on its own, so only the step that lost the race
/// sees the conflict.
/// </summary>
internal sealed class CaseStepWriter(IServiceScopeFactory scopes, TimeProvider clock, ILogger<CaseStepWriter> log) : IAsyncDisposable, IDisposable
{
    /// <summary>The most steps saved in one transaction.</summary>
    internal const int MaxGroup = 32;

    private readonly Channel<Pending> queue = Channel.CreateUnbounded<Pending>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Lock starting = new();
    private Task? loop;

    public Task<CaseSummary> RecordAsync(RecordCaseStep command, CancellationToken ct)
    {
        var pending = new Pending(command, new TaskCompletionSource<CaseSummary>(TaskCreationOptions.RunContinuationsAsynchronously));
        EnsureStarted();
        ObjectDisposedException.ThrowIf(!queue.Writer.TryWrite(pending), this);
        // A caller that gives up stops waiting; its step is still recorded or refused with its group.
        return pending.Result.Task.WaitAsync(ct);
    }

    private void EnsureStarted()
    {
        if (loop is not null)
            return;
        lock (starting)
        {
            if (loop is not null)
                return;
            // The loop serves every caller: it must not carry the first caller's ambient state (HTTP context, a ledger batch).
            using (ExecutionContext.SuppressFlow())
                loop = Task.Run(RunAsync);
        }
    }

    private async Task RunAsync()
    {
        var waiting = new Queue<Pending>();
        while (waiting.Count > 0 || await queue.Reader.WaitToReadAsync())
        {
            var group = new List<Pending>();
            var cases = new HashSet<Guid>();
            var next = new Queue<Pending>();
            while (group.Count < MaxGroup && (waiting.TryDequeue(out var pending) || queue.Reader.TryRead(out pending)))
            {
                if (cases.Add(pending.Command.CaseId))
                    group.Add(pending);
                else
                    next.Enqueue(pending);
            }
            foreach (var rest in waiting)
                next.Enqueue(rest);
            waiting = next;
            try
            {
                await SaveGroupAsync(group);
            }
            catch (Exception ex)
            {
                // Never reached by design (every path answers its callers); kept so one bug cannot stop the writer for everyone.
                log.LogError(ex, "A group of {Count} case steps failed outside its own handling", group.Count);
                foreach (var pending in group)
                    pending.Result.TrySetException(ex);
            }
        }
    }

    private async Task SaveGroupAsync(List<Pending> group)
    {
        var decided = new List<(Pending Pending, Guid CaseId)>();
        await using (var scope = scopes.CreateAsyncScope())
        {
            var ledger = scope.ServiceProvider.GetRequiredService<LedgerAppender>();
            try
            {
                var reads = await CaseHeads.ReadForStepsAsync(ledger, [.. group.Select(p => (p.Command.CaseId, p.Command.ExpectedVersion))], CancellationToken.None);
                for (var i = 0; i < group.Count; i++)
                {
                    var (pending, read) = (group[i], reads[i]);
                    if (read.Refused is { } refused)
                    {
                        pending.Result.TrySetException(refused);
                        continue;
                    }
                    try
                    {
                        var events = await pending.Command.Decide(read.Stream!.State, new DecisionContext(ledger.Session, clock.Today(), CancellationToken.None));
                        // Appended only once decided: a refusal leaves nothing in the session for the others' save.
                        ledger.AppendForCadre(pending.Command.Recording, read.Stream, read.CadreId, events);
                        decided.Add((pending, pending.Command.CaseId));
                    }
                    catch (Exception ex)
                    {
                        // A folded head stored for this step must not be saved with the others' steps (it may be behind a racing writer's).
                        if (read.Folded is { } folded)
                            ledger.Session.Eject(folded);
                        pending.Result.TrySetException(ex);
                    }
                }
                if (decided.Count == 0)
                    return;
                await ledger.SaveAsync(CancellationToken.None);
            }
            catch (Exception ex) when (group.Count == 1 || decided.Count <= 1)
            {
                // Alone (or the only one decided), the step's own failure is its answer, as on the single path.
                foreach (var pending in decided.Count == 1 ? [decided[0].Pending] : group)
                    pending.Result.TrySetException(ex);
                return;
            }
            catch (Exception ex)
            {
                // The group's transaction rolled back whole: record each decided step again on its own, so one step's conflict
                // (another process appended to its case) or failure is that step's answer only.
                log.LogInformation(ex, "A group of {Count} case steps failed to save; recording each on its own", decided.Count);
                await Task.WhenAll(decided.Select(d => RecordAloneAsync(d.Pending)));
                return;
            }

            foreach (var (pending, caseId) in decided)
            {
                var summary = await ledger.Session.LoadAsync<CaseSummary>(caseId);
                if (summary is null)
                    pending.Result.TrySetException(new InvalidOperationException("The inline CaseSummary projection did not run."));
                else
                    pending.Result.TrySetResult(summary);
            }
        }
    }

    private async Task RecordAloneAsync(Pending pending)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var ledger = scope.ServiceProvider.GetRequiredService<LedgerAppender>();
            pending.Result.TrySetResult(await RecordCaseStepHandler.RecordAloneAsync(ledger, clock, pending.Command, CancellationToken.None));
        }
        catch (Exception ex)
        {
            pending.Result.TrySetException(ex);
        }
    }

    /// <summary>Takes no more steps; the ones queued are still saved.</summary>
    public void Dispose() => queue.Writer.TryComplete();

    public async ValueTask DisposeAsync()
    {
        queue.Writer.TryComplete();
        if (loop is not null)
            await loop;
    }

    private sealed record Pending(RecordCaseStep Command, TaskCompletionSource<CaseSummary> Result);
}
