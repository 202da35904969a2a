using CaseLedger.Api.Ledger;
using CaseLedger.Api.Cadres;
using CaseLedger.Api.Cadres.Career;
using CaseLedger.Api.GraphQL;
using CaseLedger.Api.Remit;
using CaseLedger.Api.Security;
using CaseLedger.Api.Units;
using Marten;
using Marten.Linq.MatchesSql;

namespace CaseLedger.Api.Performance;

/// <summary>
/// The benchmark's baseline: the read model behind <c>cadre(id) { name currentPosting { primary { from post { title unit { name } } } } }</c>
/// served by a plain ASP.NET endpoint (same documents, same Posting.On, the same remit for the same bearer token:
/// a cadre or unit outside it reads as missing), to measure what GraphQL costs.
/// Mapped only when CaseLedger:BenchEndpoints=true (tools/bench sets it); never in normal runs.
/// </summary>
internal static class BenchEndpoints
{
    public static void MapBenchEndpoints(this WebApplication app)
    {
        if (!app.Configuration.GetValue<bool>("CaseLedger:BenchEndpoints"))
            return;
        app.MapGet("/bench/cadre-posting/{id}", async (string id, IQuerySession session, Jurisdiction jurisdiction, TimeProvider clock, CancellationToken ct) =>
        {
            if (GlobalId.Parse(id, CadreType.TypeName) is not { } cadreId)
                return Results.NotFound();
            var batch = session.CreateBatchQuery();
            Task<CadreProfile?> cadre;
            Task<CadreCareer?> career;
            if (jurisdiction.Root is { } root)
            {
                var inRemit = jurisdiction.Predicate(RemitKind.Cadre);
                object[] parameters = [root];
                cadre = batch.Query<CadreProfile>().Where(x => x.Id == cadreId && x.MatchesSql(inRemit, parameters)).SingleOrDefault();
                career = batch.Query<CadreCareer>().Where(x => x.Id == cadreId && x.MatchesSql(inRemit, parameters)).SingleOrDefault();
            }
            else
            {
                cadre = batch.Load<CadreProfile>(cadreId);
                career = batch.Load<CadreCareer>(cadreId);
            }
            await batch.Execute(ct);
            if (await cadre is not { } profile || await career is not { } c)
                return Results.NotFound();
            var primary = Posting.On(c, clock.Today()).Primary;
            var unit = primary is null ? null
                : jurisdiction.Root is not null
                    ? await jurisdiction.Within(session.Query<UnitDetails>(), RemitKind.Unit).Where(u => u.Id == primary.Post.UnitId).SingleOrDefaultAsync(ct)
                    : await session.LoadAsync<UnitDetails>(primary.Post.UnitId, ct);
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
