using CaseLedger.Domain.Shared;
using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Types;

namespace CaseLedger.Api.GraphQL;

/// <summary>
/// An entity type that node(id) can load, registered by its feature: its GraphQL type name (as in its
/// global ids) and its batched, remit-filtered load.
/// </summary>
public sealed record NodeSource(string TypeName, Func<IResolveFieldContext, Guid, IDataLoaderResult<object?>> Load);

/// <summary>Relay's node(id) and nodes(ids): any entity by its global id, batched.</summary>
internal static class NodeQueries
{
    public static void AddNodeQueries(this ObjectGraphType query)
    {
        query.Field<NodeInterface>("node").Description("Any entity by its global id; null when none has it.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "A global id from any entity's id field.")
            .Resolve(c => Load(c, c.GetArgument<string>("id")));
        query.Field<NonNullGraphType<ListGraphType<NodeInterface>>>("nodes")
            .Description("Entities by global id, in the order asked; null where an id matches nothing.")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("ids", $"Global ids, at most {Paging.MaxPageSize}.")
            .Resolve(c =>
            {
                var ids = c.GetArgument<List<string>>("ids");
                if (ids.Count > Paging.MaxPageSize)
                    throw new ExecutionError($"nodes takes at most {Paging.MaxPageSize} ids.") { Code = ErrorCodes.PageSizeLimit };
                return ids.Select(id => Load(c, id) ?? Nothing).All();
            });
    }

    private static readonly IDataLoaderResult<object?> Nothing = DataLoaderResults.Done<object?>(null);

    private static IDataLoaderResult<object?>? Load(IResolveFieldContext context, string id)
    {
        if (!GlobalId.TryDecode(id, out var type, out var uuid))
            return null;
        return context.RequestServices!.GetServices<NodeSource>().FirstOrDefault(s => s.TypeName == type)?.Load(context, uuid);
    }
}
