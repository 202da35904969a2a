using CaseLedger.Api.GraphQL;
using GraphQL;
using GraphQL.Types;
using Marten;

namespace CaseLedger.Api.Cadres;

internal static class CadreQueries
{
    public static void AddCadreQueries(this ObjectGraphType query) =>
        query.Field<CadreType>("cadre").Description("A cadre by id; null when none has it.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "Global id (or UUID) of the cadre.")
            .ResolveAsync(async c => GlobalId.Parse(c.GetArgument<string>("id"), CadreType.TypeName) is { } id
                ? await c.RequestServices!.GetRequiredService<IQuerySession>().LoadAsync<CadreProfile>(id, c.CancellationToken)
                : null);
}
