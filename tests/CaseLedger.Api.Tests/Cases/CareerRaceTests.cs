using System.Text.Json.Nodes;
using CaseLedger.Api.Cadres.Career;
using CaseLedger.Api.Tests.Testing;
using Marten;
using Marten.Events;
using static CaseLedger.Api.Tests.Testing.GraphQLClient;

namespace CaseLedger.Api.Tests.Cases;

/// <summary>
/// A cadre's career is folded from several streams (the cadre's and each case's), so no stream version guards it. Writers
/// racing on different streams of one cadre must each land in it: the stored career equals the career folded afresh from
/// every event, with every step present.
/// </summary>
public sealed class CareerRaceTests(CaseLedgerHost host) : IClassFixture<CaseLedgerHost>
{
    private const int Cases = 6;
    private const int Rounds = 4;

    private async Task<string> SecondmentAsync(string cadre, string sending, string hosting)
    {
        var caseId = Id(await host.GraphQL.MutateAsync("openCase", new { channel = "OUTBOUND_SECONDMENT", cadreId = cadre, effectiveOn = "2026-01-05" }, "case { id }"));
        await host.GraphQL.StepAsync("startSecondment", caseId, new { sendingUnitId = sending, hostUnitId = hosting, startOn = "2026-02-01", plannedEndOn = "2027-02-01" });
        return caseId;
    }

    /// <summary>The career as a rebuild makes it: the career projection run over every event of the cadre's and the cases' streams.</summary>
    private async Task<(CadreCareer? Stored, CadreCareer? Folded)> StoredAndFoldedAsync(Guid cadreId, IEnumerable<Guid> caseIds)
    {
        await using var session = host.Store.QuerySession();
        Guid[] streams = [cadreId, .. caseIds];
        var folded = await session.Events.QueryAllRawEvents()
            .Where(e => streams.Contains(e.StreamId))
            .OrderBy(e => e.Sequence)
            .AggregateToManyAsync<CadreCareer>();
        return (await session.LoadAsync<CadreCareer>(cadreId), folded.SingleOrDefault(c => c.Id == cadreId));
    }

    private string Json(object? value) => host.Store.Options.Serializer().ToJson(value);

    [Fact]
    public async Task Steps_racing_on_different_cases_of_one_cadre_all_reach_the_career()
    {
        var sending = Id(await host.GraphQL.RegisterUnitAsync("CR-S", "原州区"));
        var hosting = Id(await host.GraphQL.RegisterUnitAsync("CR-H", "西吉县"));
        var cadre = Id(await host.GraphQL.RegisterCadreAsync("罗成"));
        var caseIds = new List<string>();
        for (var i = 0; i < Cases; i++)
            caseIds.Add(await SecondmentAsync(cadre, sending, hosting));
        var openedIds = new List<string>();

        for (var round = 1; round <= Rounds; round++)
        {
            // Every case of the cadre stepped at once; also a new case opened and a post recorded on the cadre's own stream.
            var steps = caseIds.Select((caseId, i) => host.GraphQL.StepPayloadAsync("extendSecondment", caseId,
                new { newPlannedEndOn = $"{2027 + round}-{i + 1:00}-01", effectiveOn = $"2026-05-{round:00}" }, "case { version }"));
            var opened = host.GraphQL.PayloadAsync("openCase", new { channel = "OUTBOUND_SECONDMENT", cadreId = cadre, effectiveOn = "2026-01-05" }, "case { id }");
            var baseline = host.GraphQL.PayloadAsync("recordBaselinePost", new
            {
                cadreId = cadre, post = LedgerScenarios.Post(sending, $"科员{round}", "TOWNSHIP", "CHIEF"), from = $"200{round}-01-01", to = $"200{round}-12-31",
            }, "cadre { id }");
            var payloads = await Task.WhenAll([.. steps, opened, baseline]);
            Assert.All(payloads, p => Assert.True(p["errors"]!.AsArray().Count == 0, p.ToJsonString()));
            openedIds.Add(Id((await opened)["case"]!));
        }

        var cadreId = StreamId(new JsonObject { ["id"] = cadre });
        var (stored, folded) = await StoredAndFoldedAsync(cadreId, caseIds.Concat(openedIds).Select(c => StreamId(new JsonObject { ["id"] = c })));
        Assert.NotNull(stored);
        Assert.Equal(Json(folded), Json(stored));
        // Every step present: each case opened, each raced case at its last extension, each baseline post recorded.
        Assert.Equal(Cases + Rounds, stored.Cases.Count);
        Assert.Equal(Rounds, stored.Baseline.Count);
        for (var i = 0; i < Cases; i++)
        {
            var id = StreamId(new JsonObject { ["id"] = caseIds[i] });
            Assert.Equal(new DateOnly(2027 + Rounds, i + 1, 1), stored.Cases.Single(c => c.CaseId == id).Secondment!.PlannedEnd);
        }
    }
}
