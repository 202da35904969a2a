using CaseLedger.Api.Ledger;
using CaseLedger.Api.Cadres;
using CaseLedger.Api.Cadres.Career;
using CaseLedger.Api.GraphQL;
using CaseLedger.Api.Units;
using Marten;

namespace CaseLedger.Api.Performance;

/// <summary>
/// The benchmark's baseline: the read model behind <c>cadre(id) { name currentPosting { primary { from post { title unit { name } } } } }</c>
/// served by a plain ASP.NET endpoint (same documents, same Posting.On), to measure what GraphQL costs.
/// Mapped only when CaseLedger:BenchEndpoints=true (tools/bench sets it); never in normal runs.
/// </summary>
internal static class BenchEndpoints
{
    public static void MapBenchEndpoints(this WebApplication app)
    {
        if (!app.Configuration.GetValue<bool>("CaseLedger:BenchEndpoints"))
            return;
        app.MapGet("/bench/cadre-posting/{id}", async (string id, IQuerySession session, TimeProvider clock, CancellationToken ct) =>
        {
            if (GlobalId.Parse(id, CadreType.TypeName) is not { } cadreId)
                return Results.NotFound();
            var batch = session.CreateBatchQuery();
            var cadre = batch.Load<CadreProfile>(cadreId);
            var career = batch.Load<CadreCareer>(cadreId);
            await batch.Execute(ct);
            if (await cadre is not { } profile || await career is not { } c)
                return Results.NotFound();
            var primary = Posting.On(c, clock.Today()).Primary;
            var unit = primary is null ? null : await session.LoadAsync<UnitDetails>(primary.Post.UnitId, ct);
            return Results.Json(new
            {
                data = new
                {
                    cadre = new
                    {
                        name = profile.Name,
                        currentPosting = new { primary = primary is null ? null : new { from = primary.From, post = new { title = primary.Post.Title, unit = new { name = unit?.Name } } } },
                    },
                },
            });
        });
    }
}
