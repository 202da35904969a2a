using System.Text;
using CaseLedger.Api.Ledger;
using CaseLedger.Domain.Shared;
using Marten;

namespace CaseLedger.Api.GraphQL;

/// <summary>
/// What a mutation answers when its caller sent an idempotency key it has used before: the first call's
/// answer for the same input, a refusal for another input or mutation. Asked only after the remit check,
/// so a replay never answers a command its caller could not have sent.
/// </summary>
internal static class IdempotentReplay
{
    /// <summary>
    /// The earlier payload for this claim, a refusal, or null when the key is new to this caller. A replay calls
    /// <paramref name="pinVersion"/> with the stream and the version the first call left it at.
    /// </summary>
    public static async Task<MutationPayload<TEntity>?> FindAsync<TEntity>(
        IServiceProvider services, string operation, IdempotencyClaim? claim, Action<Guid, long> pinVersion, CancellationToken ct)
        where TEntity : class
    {
        if (claim is null)
            return null;
        var session = services.GetRequiredService<IQuerySession>();
        var earlier = await session.LoadAsync<IdempotencyRecord>(claim.Id, ct);
        if (earlier is null)
        {
            // A record from before keys were scoped sits under the bare key; it cannot say whose it was, so the key is spent.
            return await session.LoadAsync<IdempotencyRecord>(claim.Key, ct) is { IsLegacy: true }
                ? Refused<TEntity>("此幂等键已在升级前使用 / This idempotency key was used before keys were scoped to their caller; use a new key.")
                : null;
        }
        if (earlier.Operation != operation)
            return Refused<TEntity>($"此幂等键已用于 {earlier.Operation} / This idempotency key was already used for {earlier.Operation}.");
        if (earlier.InputHash != claim.InputHash)
            return Refused<TEntity>("此幂等键已用于不同的输入 / This idempotency key was already used with a different input; use a new key for a new command.");
        if (earlier.ResultVersion is { } version)
            pinVersion(earlier.StreamId, version);
        if (earlier.Result is { } first)
        {
            using var json = new MemoryStream(Encoding.UTF8.GetBytes(first));
            return new MutationPayload<TEntity>(session.DocumentStore.Options.Serializer().FromJson<TEntity>(json), []);
        }
        return new MutationPayload<TEntity>(await session.LoadAsync<TEntity>(earlier.StreamId, ct), []);
    }

    /// <summary>Keeps the entity the first call returned with its record, so a later replay answers exactly that.</summary>
    public static async Task RememberAsync<TEntity>(IServiceProvider services, IdempotencyClaim? claim, TEntity entity, CancellationToken ct)
        where TEntity : class
    {
        if (claim is null)
            return;
        await using var session = services.GetRequiredService<IDocumentStore>().LightweightSession();
        if (await session.LoadAsync<IdempotencyRecord>(claim.Id, ct) is not { Result: null } record)
            return;
        session.Store(record with { Result = session.DocumentStore.Options.Serializer().ToJson(entity) });
        await session.SaveChangesAsync(ct);
    }

    private static MutationPayload<T> Refused<T>(string message)
        where T : class => new(null, [new UserError(ErrorCodes.IdempotencyKeyReused, message, "input.idempotencyKey")]);
}
