using CaseLedger.Api.Hosting;
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
/// </summary>
internal static class MutationConvention
{
    public static void AddMutation<TInputGraph, TInput, TEntityGraph, TEntity>(
        this ObjectGraphType mutation, string name, string entityField, string description,
        Func<TInput, ICommand<TEntity>> toCommand)
        where TInputGraph : IInputObjectGraphType
        where TInput : IRecordingInput
        where TEntityGraph : IGraphType
        where TEntity : class
    {
        var payloadName = $"{char.ToUpperInvariant(name[0])}{name[1..]}Payload";
        mutation.AddField(new FieldType
        {
            Name = name,
            Description = description,
            ResolvedType = new NonNullGraphType(new PayloadType<TEntityGraph, TEntity>(payloadName, entityField)),
            Arguments = new QueryArguments(new QueryArgument<NonNullGraphType<TInputGraph>> { Name = "input" }),
            Resolver = new FuncFieldResolver<object>(async context =>
                await SendAsync(context, context.GetArgument<TInput>("input"), toCommand)),
        });
    }

    private static async Task<MutationPayload<TEntity>> SendAsync<TInput, TEntity>(
        IResolveFieldContext context, TInput input, Func<TInput, ICommand<TEntity>> toCommand)
        where TInput : IRecordingInput
        where TEntity : class
    {
        await using var scope = context.RequestServices!.CreateAsyncScope();
        var services = scope.ServiceProvider;
        services.GetRequiredService<IDocumentSession>().StampWith(services.GetRequiredService<RequestActor>(), input);
        try
        {
            var entity = await services.GetRequiredService<IMediator>().Send(toCommand(input), context.CancellationToken);
            return new MutationPayload<TEntity>(entity, []);
        }
        catch (DomainException ex)
        {
            return Failed<TEntity>(UserError.From(ex));
        }
        catch (Exception ex) when (StreamWriting.IsConcurrencyConflict(ex))
        {
            return Failed<TEntity>(new UserError("CONCURRENCY_CONFLICT",
                "记录已被他人修改，请刷新后重试 / The ledger changed since you read it; reload and try again.", "input.expectedVersion"));
        }
    }

    private static MutationPayload<T> Failed<T>(UserError error)
        where T : class => new(null, [error]);
}
