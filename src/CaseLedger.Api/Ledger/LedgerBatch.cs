using Marten;
using SessionOptions = Marten.Services.SessionOptions;
using Npgsql;

namespace CaseLedger.Api.Ledger;

/// <summary>
/// One database transaction that a run of commands shares, each command in its own savepoint, so a
/// dry run decides every command exactly as the real write path does — later rows see earlier rows'
/// streams — and then rolls the lot back; or that one command shares with what its caller saves beside it. Sessions opened while a batch runs (<see cref="LedgerSessionFactory"/>)
/// join its transaction, whichever DI scope opens them; it flows with the async call, like a TransactionScope.
/// </summary>
internal sealed class LedgerBatch
{
    private static readonly AsyncLocal<LedgerBatch?> Ambient = new();

    private LedgerBatch(NpgsqlTransaction transaction) => Transaction = transaction;

    public static LedgerBatch? Current => Ambient.Value;

    public NpgsqlTransaction Transaction { get; }

    /// <summary>Runs <paramref name="body"/> inside one transaction that is always rolled back: nothing it records stays.</summary>
    public static Task<T> RunAndRollBackAsync<T>(IDocumentStore store, Func<LedgerBatch, Task<T>> body, CancellationToken ct) =>
        RunAsync(store, body, _ => false, ct);

    /// <summary>Runs <paramref name="body"/> inside one transaction, committed when <paramref name="commit"/> says so and rolled back otherwise.</summary>
    public static async Task<T> RunAsync<T>(IDocumentStore store, Func<LedgerBatch, Task<T>> body, Func<T, bool> commit, CancellationToken ct)
    {
        await using var connection = store.Storage.Database.CreateConnection();
        await connection.OpenAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        Ambient.Value = new LedgerBatch(transaction);
        var committed = false;
        try
        {
            var result = await body(Ambient.Value);
            if (commit(result))
            {
                await transaction.CommitAsync(ct);
                committed = true;
            }
            return result;
        }
        finally
        {
            Ambient.Value = null;
            if (!committed)
                await transaction.RollbackAsync(CancellationToken.None);
        }
    }

    /// <summary>One command in a savepoint: undone alone when it fails, so a refused command leaves nothing behind in the batch either.</summary>
    public async Task<T> StepAsync<T>(Func<Task<T>> command, Func<T, bool> succeeded, CancellationToken ct)
    {
        await Transaction.SaveAsync("command", ct);
        T result;
        try
        {
            result = await command();
        }
        catch
        {
            await Transaction.RollbackAsync("command", CancellationToken.None);
            await Transaction.ReleaseAsync("command", CancellationToken.None);
            throw;
        }
        if (!succeeded(result))
            await Transaction.RollbackAsync("command", ct);
        await Transaction.ReleaseAsync("command", ct);
        return result;
    }
}

/// <summary>
/// Marten's sessions as the ledger opens them, inside the current <see cref="LedgerBatch"/> when one runs. A writing session keeps an
/// identity map: the inline projections store what they built there, so a handler answering with the read model its write just
/// updated (a case step's <c>CaseSummary</c>) reads it from the session instead of another round trip after the commit.
/// </summary>
internal sealed class LedgerSessionFactory(IDocumentStore store) : ISessionFactory
{
    public IQuerySession QuerySession() =>
        LedgerBatch.Current is { } batch ? store.QuerySession(SessionOptions.ForTransaction(batch.Transaction)) : store.QuerySession();

    public IDocumentSession OpenSession() =>
        LedgerBatch.Current is { } batch ? store.IdentitySession(SessionOptions.ForTransaction(batch.Transaction)) : store.IdentitySession();
}
