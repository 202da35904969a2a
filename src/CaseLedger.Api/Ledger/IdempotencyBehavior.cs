using System.Text;
using CaseLedger.Domain.Shared;
using Marten;
using Mediator;

namespace CaseLedger.Api.Ledger;

/// <summary>
/// The idempotency step of every command's pipeline, after the remit (so a replay never answers a command its
/// caller could not have sent): a command whose recording claims a key its caller used before answers as the first
/// call did; the same key for another operation or input is refused (IDEMPOTENCY_KEY_REUSED). The claim's record is
/// saved with the command's events (<see cref="LedgerAppender"/>); the answer is kept with it afterwards.
/// </summary>
internal sealed class IdempotencyBehavior<TMessage, TResponse>(IDocumentStore store, IdempotentReplays replays) : IPipelineBehavior<TMessage, TResponse>
    where TMessage : IMessage, ILedgerCommand
    where TResponse : class
{
    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        if (message.Recording is not { Idempotency: { } claim, Operation: var operation })
            return await next(message, cancellationToken);
        if (await ReplayAsync(claim, operation, cancellationToken) is { } earlier)
            return earlier;
        try
        {
            var response = await next(message, cancellationToken);
            await RememberAsync(claim, response, cancellationToken);
            return response;
        }
        catch (Exception ex) when (ex is DomainException || LedgerAppender.IsConcurrencyConflict(ex))
        {
            // A concurrent retry with the same key may have got there first: answer as that retry.
            var replayed = await ReplayAsync(claim, operation, cancellationToken);
            if (replayed is null)
                throw;
            return replayed;
        }
    }

    /// <summary>The first call's answer for this claim, a refusal (thrown), or null when the key is new to its caller.</summary>
    private async Task<TResponse?> ReplayAsync(IdempotencyClaim claim, string operation, CancellationToken ct)
    {
        await using var session = store.QuerySession();
        var earlier = await session.LoadAsync<IdempotencyRecord>(claim.Id, ct);
        if (earlier is null)
        {
            // A record from before keys were scoped sits under the bare key; it cannot say whose it was, so the key is spent.
            return await session.LoadAsync<IdempotencyRecord>(claim.Key, ct) is { IsLegacy: true }
                ? throw Reused("此幂等键已在升级前使用 / This idempotency key was used before keys were scoped to their caller; use a new key.")
                : null;
        }
        if (earlier.Operation != operation)
            throw Reused($"此幂等键已用于 {earlier.Operation} / This idempotency key was already used for {earlier.Operation}.");
        if (earlier.InputHash != claim.InputHash)
            throw Reused("此幂等键已用于不同的输入 / This idempotency key was already used with a different input; use a new key for a new command.");
        if (earlier.ResultVersion is { } version)
            replays.Replayed(earlier.StreamId, version);
        if (earlier.Result is not { } first)
            return await session.LoadAsync<TResponse>(earlier.StreamId, ct);
        using var json = new MemoryStream(Encoding.UTF8.GetBytes(first));
        return store.Options.Serializer().FromJson<TResponse>(json);
    }

    /// <summary>Keeps the answer with the claim's record, so a later replay answers exactly that.</summary>
    private async Task RememberAsync(IdempotencyClaim claim, TResponse response, CancellationToken ct)
    {
        await using var session = store.LightweightSession();
        if (await session.LoadAsync<IdempotencyRecord>(claim.Id, ct) is not { Result: null } record)
            return;
        session.Store(record with { Result = store.Options.Serializer().ToJson(response) });
        await session.SaveChangesAsync(ct);
    }

    private static DomainException Reused(string message) => new(ErrorCodes.IdempotencyKeyReused, message, "idempotencyKey");
}

/// <summary>
/// The replays the pipeline answered in this scope, as (stream, version the first call left it at): the GraphQL layer
/// reports that version instead of the stream's current one. An output of the pipeline, never read by it.
/// </summary>
public sealed class IdempotentReplays
{
    private readonly List<(Guid StreamId, long Version)> replayed = [];

    public IReadOnlyList<(Guid StreamId, long Version)> All => replayed;

    public void Replayed(Guid streamId, long version) => replayed.Add((streamId, version));
}
