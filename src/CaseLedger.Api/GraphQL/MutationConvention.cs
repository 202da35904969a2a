using CaseLedger.Api.Ledger;
using CaseLedger.Api.Security;
using CaseLedger.Domain.Shared;
using GraphQL;
using GraphQL.Resolvers;
using GraphQL.Types;
using Mediator;

namespace CaseLedger.Api.GraphQL;

/// <summary>
/// The one mutation convention: a single <c>input</c> argument, a command sent through Mediator in
/// its own DI scope (so its own Marten session), and a payload with the entity or typed errors.
/// A retry with an idempotency key its caller used before answers as the first call did (<see cref="IdempotentReplay"/>).
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
        var recording = services.GetRequiredService<RecordingContext>();
        recording.Set(actor.Name, actor.CorrelationId, input, operation);
        // A key is the caller's own (their unit scope and name) and stands for this input.
        recording.Idempotency = recording.IdempotencyKey is { } key ? IdempotencyClaim.For(ScopeOf(context), key, input) : null;

        // The one jurisdiction check of every command, before any replay: a target outside the user's remit is NOT_FOUND.
        if (await services.GetRequiredService<RemitGuard>().RefusalAsync(input, context.CancellationToken) is { } outside)
            return Failed<TEntity>(UserError.From(outside));
        try
        {
            if (await IdempotentReplay.FindAsync<TEntity>(services, operation, recording.Idempotency, PinVersion(context), context.CancellationToken) is { } replayed)
                return replayed;
            var entity = await services.GetRequiredService<IMediator>().Send(toCommand(input), context.CancellationToken);
            await IdempotentReplay.RememberAsync(services, recording.Idempotency, entity, context.CancellationToken);
            return new MutationPayload<TEntity>(entity, []);
        }
        catch (Exception ex) when (ex is DomainException || LedgerAppender.IsConcurrencyConflict(ex))
        {
            // A concurrent retry with the same key may have got there first: answer as that retry.
            await using var retry = context.RequestServices!.CreateAsyncScope();
            if (await IdempotentReplay.FindAsync<TEntity>(retry.ServiceProvider, operation, recording.Idempotency, PinVersion(context), context.CancellationToken) is { } replayed)
                return replayed;
            return Failed<TEntity>(ex is DomainException refused
                ? UserError.From(refused)
                : new UserError(ErrorCodes.ConcurrencyConflict,
                    "记录已被他人修改，请刷新后重试 / The ledger changed since you read it; reload and try again.", "input.expectedVersion"));
        }
    }

    /// <summary>A replay reports the version the first call left the stream at, not today's.</summary>
    private static Action<Guid, long> PinVersion(IResolveFieldContext context) =>
        (stream, version) => context.RequestServices!.GetRequiredService<StreamVersions>().Loader.Prime(stream, new StreamVersion(version));

    /// <summary>Whose idempotency keys these are: the token's unit scope and user; the service itself outside a request.</summary>
    private static string ScopeOf(IResolveFieldContext context) =>
        CaseLedgerUser.From(context.User) is { } user ? IdempotencyClaim.ScopeOf(user.UnitId, user.Name) : "service";

    private static MutationPayload<T> Failed<T>(UserError error)
        where T : class => new(null, [error]);
}
