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
        app.MapGet("/bench/runtime", RuntimeCountersAsync);
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

    /// <summary>
    /// Counters the bench reads before and after each timed run, so a slow tail can be put down to what happened during it:
    /// the API's garbage collections and their pauses, methods the JIT compiled, and PostgreSQL's checkpoints and its
    /// autovacuum and autoanalyze runs on this database's tables (all cumulative since start; the bench takes differences).
    /// </summary>
    private static async Task<IResult> RuntimeCountersAsync(IDocumentStore store, CancellationToken ct)
    {
        await using var connection = store.Storage.Database.CreateConnection();
        await connection.OpenAsync(ct);
        await using var command = new Npgsql.NpgsqlCommand(
            """
            select checkpoints_timed + checkpoints_req, checkpoint_write_time + checkpoint_sync_time,
                   (select coalesce(sum(autovacuum_count + autoanalyze_count), 0)::bigint from pg_stat_all_tables)
            from pg_stat_bgwriter
            """, connection);
        await using var reader = await command.ExecuteReaderAsync(ct);
        await reader.ReadAsync(ct);
        return Results.Json(new
        {
            gen0 = GC.CollectionCount(0),
            gen1 = GC.CollectionCount(1),
            gen2 = GC.CollectionCount(2),
            gcPauseMs = GC.GetTotalPauseDuration().TotalMilliseconds,
            jitMethods = System.Runtime.JitInfo.GetCompiledMethodCount(),
            jitMs = System.Runtime.JitInfo.GetCompilationTime().TotalMilliseconds,
            pgCheckpoints = reader.GetInt64(0),
            pgCheckpointMs = reader.GetDouble(1),
            pgAutovacuums = reader.GetInt64(2),
        });
    }
}
