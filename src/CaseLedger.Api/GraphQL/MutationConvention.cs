using CaseLedger.Api.Ledger;
using CaseLedger.Api.Security;
using CaseLedger.Domain.Shared;
using GraphQL;
using GraphQL.Resolvers;
using GraphQL.Types;
using Mediator;

namespace CaseLedger.Api.GraphQL;

/// <summary>
/// The one mutation convention: a single <c>input</c> argument, turned into a command record (ids parsed
/// here) that carries its recording — the caller, the request's correlation id, the input's reason, 文号
/// and idempotency claim — sent through Mediator's pipeline (recording, remit, idempotency) in its own DI scope
/// (so its own Marten session), and a payload with the entity or typed errors.
/// </summary>
internal static class MutationConvention
{
    /// <returns>The field, to declare its permission: <c>.RequirePermission(Permission.RecordCases)</c>; without one it is admin-only.</returns>
    public static FieldType AddMutation<TInputGraph, TInput, TEntityGraph, TEntity>(
        this ObjectGraphType mutation, string name, string entityField, string description,
        Func<TInput, LedgerCommand<TEntity>> toCommand)
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

    /// <summary>How often a command without expectedVersion is decided again when another writer appended first.</summary>
    private const int UncheckedAttempts = 10;

    private static async Task<MutationPayload<TEntity>> SendAsync<TInput, TEntity>(
        IResolveFieldContext context, string operation, TInput input, Func<TInput, LedgerCommand<TEntity>> toCommand)
        where TInput : IRecordingInput
        where TEntity : class
    {
        for (var attempt = 1; ; attempt++)
        {
            // Each attempt in its own DI scope, so its own Marten session and a fresh read of the stream.
            await using var scope = context.RequestServices!.CreateAsyncScope();
            var recording = RecordingOf(context, scope.ServiceProvider.GetRequiredService<RequestActor>(), operation, input);
            try
            {
                return await SendOnceAsync(context, scope.ServiceProvider, recording, input, toCommand);
            }
            catch (Exception ex) when (LedgerAppender.IsConcurrencyConflict(ex) && attempt < UncheckedAttempts && !ExpectedVersion<TInput>.IsGiven(input))
            {
                // expectedVersion omitted: the client asked for no check, so decide again on the stream as it now stands.
            }
            catch (Exception ex) when (ex is DomainException || LedgerAppender.IsConcurrencyConflict(ex))
            {
                return Failed<TEntity>(ex is DomainException refused
                    ? UserError.From(refused)
                    : new UserError(ErrorCodes.ConcurrencyConflict,
                        "记录已被他人修改，请刷新后重试 / The ledger changed since you read it; reload and try again.", "input.expectedVersion"));
            }
        }
    }

    private static async Task<MutationPayload<TEntity>> SendOnceAsync<TInput, TEntity>(IResolveFieldContext context, IServiceProvider services,
        Recording recording, TInput input, Func<TInput, LedgerCommand<TEntity>> toCommand)
        where TInput : IRecordingInput
        where TEntity : class
    {
        if (services.GetRequiredService<PlausibleDates>().Refusal(input, services.GetRequiredService<TimeProvider>().Today()) is { } implausible)
            return Failed<TEntity>(UserError.From(implausible));
        var command = toCommand(input) with { Recording = recording, Source = input };
        var entity = await services.GetRequiredService<IMediator>().Send(command, context.CancellationToken);
        // A replay reports the version the first call left the stream at, not today's.
        var versions = context.RequestServices!.GetRequiredService<StreamVersions>().Loader;
        foreach (var (stream, version) in services.GetRequiredService<IdempotentReplays>().All)
            versions.Prime(stream, new StreamVersion(version));
        return new MutationPayload<TEntity>(entity, []);
    }

    /// <summary>The caller, the request's correlation id and the input's reason, 文号 and key; a key is the caller's own (their unit scope and name) and stands for this input.</summary>
    private static Recording RecordingOf(IResolveFieldContext context, RequestActor actor, string operation, IRecordingInput input)
    {
        var recording = new Recording(actor.Name, actor.CorrelationId, operation, input.Reason, input.DocumentReference, input.IdempotencyKey).Normalized();
        return recording with { Idempotency = recording.IdempotencyKey is { } key ? IdempotencyClaim.For(ScopeOf(context), key, input) : null };
    }

    /// <summary>Whether an input names the version it was decided on (its <c>ExpectedVersion</c>, when it has one).</summary>
    private static class ExpectedVersion<TInput>
    {
        private static readonly System.Reflection.PropertyInfo? Property = typeof(TInput).GetProperty("ExpectedVersion");

        public static bool IsGiven(TInput input) => Property?.GetValue(input) is not null;
    }

    /// <summary>Whose idempotency keys these are: the token's unit scope and user; the service itself outside a request.</summary>
    private static string ScopeOf(IResolveFieldContext context) =>
        CaseLedgerUser.From(context.User) is { } user ? IdempotencyClaim.ScopeOf(user.UnitId, user.Name) : "service";

    private static MutationPayload<T> Failed<T>(UserError error)
        where T : class => new(null, [error]);
}
