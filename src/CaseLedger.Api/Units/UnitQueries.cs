using CaseLedger.Api.GraphQL;
using GraphQL;
using GraphQL.Types;
using Marten;

namespace CaseLedger.Api.Units;

internal static class UnitQueries
{
    public static void AddUnitQueries(this ObjectGraphType query)
    {
        query.Field<UnitType>("unit").Description("A unit by id; null when none has it.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "Global id (or UUID) of the unit.")
            .ResolveAsync(async c => GlobalId.Parse(c.GetArgument<string>("id"), UnitType.TypeName) is { } id
                ? await c.RequestServices!.GetRequiredService<IQuerySession>().LoadAsync<UnitDetails>(id, c.CancellationToken)
                : null);
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<UnitType>>>>("units")
            .Description("The unit tree, ordered by code; with parentId, only that unit's direct children.")
            .Argument<IdGraphType>("parentId", "Only the children of this unit.")
            .ResolveAsync(async c =>
            {
                var session = c.RequestServices!.GetRequiredService<IQuerySession>();
                var parentId = GlobalId.Parse(c.GetArgument<string?>("parentId"), UnitType.TypeName);
                var units = parentId is { } parent
                    ? session.Query<UnitDetails>().Where(u => u.ParentId == parent)
                    : session.Query<UnitDetails>();
                return await units.OrderBy(u => u.Code).ToListAsync(c.CancellationToken);
            });
    }
}
