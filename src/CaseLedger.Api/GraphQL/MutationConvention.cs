using CaseLedger.Api.Ledger;
using CaseLedger.Api.Security;
using CaseLedger.Domain.Shared;
using GraphQL;
using GraphQL.Resolvers;
using GraphQL.Types;
using Marten;
using Mediator;

namespace CaseLedger.Api.GraphQL;

/// <summary>
/// The one mutation convention: a single <c>input</c> argument, a command sent through Mediator in
/// its own DI scope (so its own Marten session), and a payload with the entity or typed errors.
/// A retry with a known idempotency key returns the entity it produced the first time.
/// </summary>
internal static class MutationConvention
{
    /// <returns>The field, to declare its permission: <c>.RequirePermission(Permission.RecordCases)</c>; without one it is admin-only.</returns>
    public static FieldType AddMutation<TInputGraph, TInput, TEntityGraph, TEntity>(
        this ObjectGraphType mutation, string name, string entityField, string description,
        Func<TInput, ICommand<TEntity>> toCommand)
        where TInputGraph : IInputObjectGraphType
        where TInput : IRecordingInput
        where TEntityGraph : IGraphType
        where TEntity : class
    {
        var payloadName = $"{char.ToUpperInvariant(name[0])}{name[1..]}Payload";
        return mutation.AddField(new FieldType
        {
            Name = name,
            Description = description,
            ResolvedType = new NonNullGraphType(new PayloadType<TEntityGraph, TEntity>(payloadName, entityField)),
            Arguments = new QueryArguments(new QueryArgument<NonNullGraphType<TInputGraph>> { Name = "input" }),
            Resolver = new FuncFieldResolver<object>(async context =>
                await SendAsync(context, name, context.GetArgument<TInput>("input"), toCommand)),
        });
    }

    private static async Task<MutationPayload<TEntity>> SendAsync<TInput, TEntity>(
        IResolveFieldContext context, string operation, TInput input, Func<TInput, ICommand<TEntity>> toCommand)
        where TInput : IRecordingInput
        where TEntity : class
    {
        await using var scope = context.RequestServices!.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var actor = services.GetRequiredService<RequestActor>();
        services.GetRequiredService<RecordingContext>().Set(actor.Name, actor.CorrelationId, input.Reason, input.DocumentReference, input.IdempotencyKey, operation);
        try
        {
            if (await ReplayAsync<TEntity>(services, operation, input.IdempotencyKey, context.CancellationToken) is { } replayed)
                return replayed;
            // The one jurisdiction check of every command: a target outside the user's remit is NOT_FOUND.
            if (await services.GetRequiredService<RemitGuard>().RefusalAsync(input, context.CancellationToken) is { } outside)
                throw outside;
            var entity = await services.GetRequiredService<IMediator>().Send(toCommand(input), context.CancellationToken);
            return new MutationPayload<TEntity>(entity, []);
        }
        catch (Exception ex) when (ex is DomainException || LedgerAppender.IsConcurrencyConflict(ex))
        {
            // A concurrent retry with the same key may have got there first: answer as that retry.
            await using var retry = context.RequestServices!.CreateAsyncScope();
            if (await ReplayAsync<TEntity>(retry.ServiceProvider, operation, input.IdempotencyKey, context.CancellationToken) is { } replayed)
                return replayed;
            return Failed<TEntity>(ex is DomainException refused
                ? UserError.From(refused)
                : new UserError(ErrorCodes.ConcurrencyConflict,
                    "记录已被他人修改，请刷新后重试 / The ledger changed since you read it; reload and try again.", "input.expectedVersion"));
        }
    }

    /// <summary>The payload of an earlier command recorded under this key (or a refusal if the key
    /// served another mutation); null when the key is new.</summary>
    private static async Task<MutationPayload<TEntity>?> ReplayAsync<TEntity>(
        IServiceProvider services, string operation, string? key, CancellationToken ct)
        where TEntity : class
    {
        if (string.IsNullOrWhiteSpace(key))
            return null;
        var session = services.GetRequiredService<IQuerySession>();
        var earlier = await session.LoadAsync<IdempotencyRecord>(key.Trim(), ct);
        if (earlier is null)
            return null;
        if (earlier.Operation != operation)
            return Failed<TEntity>(new UserError(ErrorCodes.IdempotencyKeyReused,
                $"此幂等键已用于 {earlier.Operation} / This idempotency key was already used for {earlier.Operation}.", "input.idempotencyKey"));
        return new MutationPayload<TEntity>(await session.LoadAsync<TEntity>(earlier.StreamId, ct), []);
    }

    private static MutationPayload<T> Failed<T>(UserError error)
        where T : class => new(null, [error]);
}
