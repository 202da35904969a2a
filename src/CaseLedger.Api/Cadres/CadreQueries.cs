using CaseLedger.Api.Security;
using CaseLedger.Api.Remit;
using CaseLedger.Api.Cadres.Career;
using CaseLedger.Api.GraphQL;
using CaseLedger.Api.Units;
using CaseLedger.Domain.Cadres;
using CaseLedger.Domain.Shared;
using GraphQL;
using GraphQL.Types;
using GraphQL.Types.Relay;
using Marten;

namespace CaseLedger.Api.Cadres;

internal static class CadreQueries
{
    public static void AddCadreQueries(this ObjectGraphType query)
    {
        query.Field<CadreType>("cadre").Description("A cadre by id; null when none has it.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "Global id (or UUID) of the cadre.")
            .Resolve(c => GlobalId.Parse(c.GetArgument<string>("id"), CadreType.TypeName) is { } id ? c.LoadCadre(id) : null);

        query.Field<NonNullGraphType<ConnectionType<CadreType>>>("cadres")
            .Description("Cadres, filtered and paged, ordered by name. Filters run in PostgreSQL; unit and level refer to the latest primary post.")
            .Argument<StringGraphType>("nameContains", "Only cadres whose name contains this text.")
            .Argument<IdGraphType>("unitId", "Only cadres whose latest primary post is in this unit or any unit below it.")
            .Argument<EnumerationGraphType<PostLevel>>("level", "Only cadres whose latest primary post is at this level.")
            .Argument<EnumerationGraphType<CadreCategory>>("category", "Only cadres of this category.")
            .Argument<BooleanGraphType>("inReservePool", "Only cadres in (true) or not in (false) the reserve pool (后备干部).")
            .PagingArguments()
            .ResolveAsync(async c => await c.PageAsync(await FilterAsync(c)));
    }

    private static async Task<IQueryable<CadreProfile>> FilterAsync(IResolveFieldContext c)
    {
        var session = c.RequestServices!.GetRequiredService<IQuerySession>();
        IQueryable<CadreProfile> cadres = session.Query<CadreProfile>();
        cadres = c.RequestServices!.GetRequiredService<Jurisdiction>().Within(cadres, RemitKind.Cadre);
        if (c.GetArgument<string?>("nameContains") is { Length: > 0 } text)
            cadres = cadres.Where(x => x.Name.Contains(text));
        if (c.GetArgument<CadreCategory?>("category") is { } category)
            cadres = cadres.Where(x => x.Category == category);

        // Career filters select ids in the career documents first: one more query, still in SQL.
        IQueryable<CadreCareer> careers = session.Query<CadreCareer>();
        var careerFiltered = false;
        if (GlobalId.Parse(c.GetArgument<string?>("unitId"), UnitType.TypeName) is { } unitId)
        {
            var subtree = await UnitSubtree.IdsAsync(session, unitId, c.CancellationToken);
            careers = careers.Where(x => x.LatestPost != null && subtree.Contains(x.LatestPost.UnitId));
            careerFiltered = true;
        }
        if (c.GetArgument<PostLevel?>("level") is { } level)
        {
            careers = careers.Where(x => x.LatestPost != null && x.LatestPost.Level == level);
            careerFiltered = true;
        }
        if (c.GetArgument<bool?>("inReservePool") is { } inPool)
        {
            careers = inPool ? careers.Where(x => x.Reserve != null) : careers.Where(x => x.Reserve == null);
            careerFiltered = true;
        }
        if (careerFiltered)
        {
            var ids = await careers.Select(x => x.Id).ToListAsync(c.CancellationToken);
            cadres = cadres.Where(x => ids.Contains(x.Id));
        }
        return cadres.OrderBy(x => x.Name).ThenBy(x => x.Id);
    }
}
