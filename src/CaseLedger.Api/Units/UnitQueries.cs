using CaseLedger.Api.Remit;
using CaseLedger.Api.GraphQL;
using CaseLedger.Api.Security;
using CaseLedger.Domain.Units;
using GraphQL;
using GraphQL.Types;
using GraphQL.Types.Relay;
using Marten;

namespace CaseLedger.Api.Units;

internal static class UnitQueries
{
    public static void AddUnitQueries(this ObjectGraphType query)
    {
        query.Field<UnitType>("unit").Description("A unit by id; null when none has it.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "Global id (or UUID) of the unit.")
            .Resolve(c => GlobalId.Parse(c.GetArgument<string>("id"), UnitType.TypeName) is { } id ? c.LoadUnit(id) : null);

        query.Field<NonNullGraphType<ConnectionType<UnitType>>>("units")
            .Description("The unit tree, filtered and paged (ordered by code unless orderBy says otherwise).")
            .Argument<IdGraphType>("parentId", "Only the direct children of this unit.")
            .Argument<IdGraphType>("within", "Only this unit and everything below it (its subtree).")
            .Argument<EnumerationGraphType<UnitKind>>("kind", "Only units of this kind.")
            .Argument<EnumerationGraphType<AdministrativeLevel>>("level", "Only units at this level.")
            .Argument<EnumerationGraphType<NingxiaArea>>("area", "Only units in 川区 (PLAIN) or 山区 (MOUNTAIN).")
            .Argument<StringGraphType>("nameContains", "Only units whose name contains this text.")
            .Argument<UnitOrderType>("orderBy", "Sort key: CODE (default) or NAME.")
            .PagingArguments()
            .ResolveAsync(async c => await c.PageAsync(await FilterAsync(c)));
    }

    private static async Task<IQueryable<UnitDetails>> FilterAsync(IResolveFieldContext c)
    {
        var session = c.RequestServices!.GetRequiredService<IQuerySession>();
        IQueryable<UnitDetails> units = session.Query<UnitDetails>();
        units = c.RequestServices!.GetRequiredService<Jurisdiction>().Within(units, RemitKind.Unit);
        if (GlobalId.Parse(c.GetArgument<string?>("parentId"), UnitType.TypeName) is { } parent)
            units = units.Where(u => u.ParentId == parent);
        if (GlobalId.Parse(c.GetArgument<string?>("within"), UnitType.TypeName) is { } root)
        {
            var subtree = await UnitSubtree.IdsAsync(session, root, c.CancellationToken);
            units = units.Where(u => subtree.Contains(u.Id));
        }
        if (c.GetArgument<UnitKind?>("kind") is { } kind)
            units = units.Where(u => u.Kind == kind);
        if (c.GetArgument<AdministrativeLevel?>("level") is { } level)
            units = units.Where(u => u.Level == level);
        if (c.GetArgument<NingxiaArea?>("area") is { } area)
            units = units.Where(u => u.Area == area);
        if (c.GetArgument<string?>("nameContains") is { Length: > 0 } text)
            units = units.Where(u => u.Name.Contains(text));
        return c.GetArgument("orderBy", UnitOrder.Code) == UnitOrder.Name
            ? units.OrderBy(u => u.Name).ThenBy(u => u.Id)
            : units.OrderBy(u => u.Code).ThenBy(u => u.Id);
    }
}

[System.ComponentModel.Description("How a units connection is sorted.")]
internal enum UnitOrder
{
    [System.ComponentModel.Description("By unit code (单位代码), ascending.")]
    Code,

    [System.ComponentModel.Description("By name (单位名称), ascending.")]
    Name,
}

internal sealed class UnitOrderType : EnumerationGraphType<UnitOrder>
{
    public UnitOrderType()
    {
        Name = "UnitOrder";
        Description = "How a units connection is sorted.";
    }
}
