using System.Collections;
using System.Globalization;
using System.Runtime.CompilerServices;
using CaseLedger.Domain.Shared;
using GraphQL;
using GraphQL.Instrumentation;
using GraphQL.Types;

namespace CaseLedger.Api.GraphQL;

/// <summary>
/// Every <c>ID</c> argument of every query field is an id, or the request is refused with a top-level
/// <c>INVALID_ID</c> naming the argument. Filters used to read a malformed id as "no filter"
/// (<c>cases(cadreId: "not-an-id")</c> answered every case), lookups as "not found". Which entity an argument
/// names comes from its name (<c>cadreId</c>: Cadre, <c>parentId</c> and <c>within</c>: Unit, <c>id</c>/<c>ids</c>:
/// the field's own type); an id of another entity is refused too. <c>node</c>/<c>nodes</c> are left as Relay has them:
/// any id, and null for one they cannot resolve. Mutation inputs check their ids themselves (INVALID_ID in the payload);
/// subscriptions call <see cref="CheckIds"/> when they subscribe (<c>Live.Stream</c>).
/// </summary>
internal sealed class IdArgumentMiddleware : IFieldMiddleware
{
    private sealed record IdArgument(string Name, string? Entity);

    private static readonly ConditionalWeakTable<FieldType, IdArgument[]> Arguments = new();

    public ValueTask<object?> ResolveAsync(IResolveFieldContext context, FieldMiddlewareDelegate next)
    {
        if (context.ParentType != context.Schema.Mutation && context.FieldDefinition.Name is not ("node" or "nodes"))
            CheckIds(context);
        return next(context);
    }

    /// <summary>
    /// The same check for a subscription, when it subscribes: field middleware wraps only the resolver run for each event,
    /// so a malformed filter would otherwise be read as "no filter" (every change in remit) instead of refused.
    /// </summary>
    public static void CheckIds(IResolveFieldContext context)
    {
        if (context.Arguments is not { Count: > 0 } given)
            return;
        foreach (var argument in Arguments.GetValue(context.FieldDefinition, field => IdArgumentsOf(field, context.Schema)))
        {
            if (given.TryGetValue(argument.Name, out var value))
                Check(argument, value.Value);
        }
    }

    private static void Check(IdArgument argument, object? value)
    {
        if (value is null)
            return;
        if (value is not string && value is IEnumerable many)
        {
            foreach (var one in many)
                Check(argument, one);
            return;
        }
        var text = Convert.ToString(value, CultureInfo.InvariantCulture);
        if (GlobalId.TryDecode(text, out var entity, out _) && (argument.Entity is null || entity.Length == 0 || entity == argument.Entity))
            return;
        var expected = argument.Entity ?? "global";
        throw new ExecutionError($"{argument.Name} 不是有效的{expected}编号 / Argument {argument.Name} is not a {expected} id (a global id from an entity's id field, or its UUID).")
        {
            Code = ErrorCodes.InvalidId,
        };
    }

    private static IdArgument[] IdArgumentsOf(FieldType field, ISchema schema) =>
        [.. (field.Arguments ?? []).Where(a => IsId(a.ResolvedType)).Select(a => new IdArgument(a.Name, EntityOf(field.Name, a.Name, schema)))];

    private static bool IsId(IGraphType? type) => type switch
    {
        NonNullGraphType nonNull => IsId(nonNull.ResolvedType),
        ListGraphType list => IsId(list.ResolvedType),
        _ => type is IdGraphType,
    };

    /// <summary>The entity type an argument names, when the schema has such a node type; null: any.</summary>
    private static string? EntityOf(string fieldName, string argumentName, ISchema schema)
    {
        var name = argumentName switch
        {
            "id" or "ids" => fieldName,
            "parentId" or "within" => "unit",
            _ when argumentName.EndsWith("Id", StringComparison.Ordinal) => argumentName[..^2],
            _ => null,
        };
        if (name is null)
            return null;
        // relativeCadreId names a Cadre: the last word of the name is the entity.
        var start = name.Length - 1;
        while (start > 0 && !char.IsUpper(name[start]))
            start--;
        var entity = char.ToUpperInvariant(name[start]) + name[(start + 1)..];
        return schema.AllTypes[entity] is IObjectGraphType type && type.ResolvedInterfaces.Any(i => i.Name == "Node") ? entity : null;
    }
}
