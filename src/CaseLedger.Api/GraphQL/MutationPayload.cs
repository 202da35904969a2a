using GraphQL.Types;

namespace CaseLedger.Api.GraphQL;

/// <summary>What every mutation returns: the changed entity, or the errors that refused it.</summary>
public sealed record MutationPayload<T>(T? Entity, IReadOnlyList<UserError> Errors)
    where T : class;

/// <summary>One payload type per mutation (<c>RegisterUnitPayload</c> …), all of the same shape.</summary>
internal sealed class PayloadType<TEntityGraph, TEntity> : ObjectGraphType<MutationPayload<TEntity>>
    where TEntityGraph : IGraphType
    where TEntity : class
{
    public PayloadType(string name, string entityField)
    {
        Name = name;
        Description = $"Result of {name[..^"Payload".Length]}: the {entityField} as it now stands, or errors and no change.";
        Field<TEntityGraph>(entityField)
            .Description($"The {entityField} after the command; null when errors is not empty.")
            .Resolve(context => context.Source.Entity);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UserErrorType>>>>("errors")
            .Description("Why the command was refused; empty on success. Nothing is recorded when errors are present.")
            .Resolve(context => context.Source.Errors);
    }
}
