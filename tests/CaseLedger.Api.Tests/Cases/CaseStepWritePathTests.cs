using CaseLedger.Api.Cases;
using CaseLedger.Api.GraphQL;
using CaseLedger.Api.Ledger;
using CaseLedger.Api.Tests.Testing;
using CaseLedger.Domain.Cases;
using Microsoft.Extensions.DependencyInjection;
using static CaseLedger.Api.Tests.Testing.GraphQLClient;

namespace CaseLedger.Api.Tests.Cases;

/// <summary>
/// The case-step write path: a step's events name their cadre (header <c>cadreId</c>), so the career follows them
/// without looking the case up; the answer is the case as the step left it, taken from the write's own session;
/// events recorded before the header still reach the career; and a step costs a fixed, small number of round trips.
/// </summary>
public sealed class CaseStepWritePathTests(CaseLedgerHost host) : IClassFixture<CaseLedgerHost>
{
    private const string PlannedEnd = """query($id: ID!) { cadre(id: $id) { posting(asOf: "2026-06-01") { secondments { plannedEnd } } } }""";

    private async Task<(string Cadre, string Case)> SecondmentAsync(string name)
    {
        var sending = Id(await host.GraphQL.RegisterUnitAsync($"WP-S-{name}", "原州区"));
        var hosting = Id(await host.GraphQL.RegisterUnitAsync($"WP-H-{name}", "西吉县"));
        var cadre = Id(await host.GraphQL.RegisterCadreAsync(name));
        var caseId = Id(await host.GraphQL.MutateAsync("openCase", new { channel = "OUTBOUND_SECONDMENT", cadreId = cadre, effectiveOn = "2026-01-05" }, "case { id }"));
        await host.GraphQL.StepAsync("startSecondment", caseId, new { sendingUnitId = sending, hostUnitId = hosting, startOn = "2026-02-01", plannedEndOn = "2027-02-01" });
        return (cadre, caseId);
    }

    private async Task<string> PlannedEndAsync(string cadre) =>
        (await host.GraphQL.QueryAsync(PlannedEnd, new { id = cadre }))["cadre"]!["posting"]!["secondments"]![0]!["plannedEnd"]!.GetValue<string>();

    private static Guid Uuid(string globalId) => GlobalId.TryDecode(globalId, out _, out var id) ? id : throw new ArgumentException(globalId);

    private async Task<IReadOnlyList<JasperFx.Events.IEvent>> EventsAsync(string caseId)
    {
        await using var session = host.Store.QuerySession();
        return await session.Events.FetchStreamAsync(Uuid(caseId));
    }

    [Fact]
    public async Task A_step_names_its_cadre_on_every_event_and_the_career_and_the_answer_follow_it()
    {
        var (cadre, caseId) = await SecondmentAsync("刘海");

        var answer = await host.GraphQL.StepAsync("extendSecondment", caseId, new { newPlannedEndOn = "2027-08-01", effectiveOn = "2026-05-01" });

        // The answer is the case after the step (the projection's result, not a stale copy).
        Assert.Equal(3, answer["version"]!.GetValue<int>());
        Assert.Contains(answer["steps"]!.AsArray(), s => s!["step"]!.GetValue<string>() == "SECONDMENT_EXTENSION");
        Assert.Equal("2027-08-01", await PlannedEndAsync(cadre));
        var events = await EventsAsync(caseId);
        var extended = Assert.Single(events, e => e.Data is SecondmentExtended);
        Assert.Equal(Uuid(cadre), EventMetadata.CadreOf(extended));
        // The opening event starts the stream and carries no header: the same transaction's CaseOpened routes it.
        Assert.Null(EventMetadata.CadreOf(events[0]));
    }

    [Fact]
    public async Task An_event_recorded_without_the_cadre_header_still_reaches_the_career_through_the_case()
    {
        var (cadre, caseId) = await SecondmentAsync("马兰");
        var id = Uuid(caseId);

        // As the ledger recorded case steps before the header: the plain append, no cadre named.
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var ledger = scope.ServiceProvider.GetRequiredService<LedgerAppender>();
            var stream = await ledger.ReadAsync<Case>(id, null, "caseId", CancellationToken.None);
            ledger.Append(new Recording("test-admin", "older-ledger", "ExtendSecondment"), stream, new SecondmentExtended(id, new DateOnly(2027, 9, 1), new DateOnly(2026, 5, 2)));
            await ledger.SaveAsync(CancellationToken.None);
        }

        Assert.Null(EventMetadata.CadreOf(Assert.Single(await EventsAsync(caseId), e => e.Data is SecondmentExtended)));
        Assert.Equal("2027-09-01", await PlannedEndAsync(cadre));
    }

    [Fact]
    public async Task A_case_step_over_graphql_costs_two_round_trips()
    {
        var (_, caseId) = await SecondmentAsync("田野");
        await host.GraphQL.StepAsync("extendSecondment", caseId, new { newPlannedEndOn = "2027-03-01", effectiveOn = "2026-03-01" }, "case { version }");

        using var roundTrips = new SqlRoundTrips(host.Schema);
        var answer = await host.GraphQL.StepAsync("extendSecondment", caseId, new { newPlannedEndOn = "2027-04-01", effectiveOn = "2026-04-01" }, "case { version }");

        Assert.Equal(4, answer["version"]!.GetValue<int>());
        // One read (the stream's version, the case's head, the summary and the career the inline projections update), one
        // append-and-store batch. Not: the whole stream, the projections' own loads, the career's lookup of the case, a
        // custody document per stream, a read-back of the summary after commit.
        Assert.Equal(2, roundTrips.Count);
    }

    private async Task<(CaseHead? Head, CaseHead? Folded, IReadOnlyList<JasperFx.Events.IEvent> Events)> HeadAndFoldAsync(Guid id)
    {
        await using var session = host.Store.QuerySession();
        var events = await session.Events.FetchStreamAsync(id);
        var projection = new CaseHeadProjection();
        return (await session.LoadAsync<CaseHead>(id), events.Aggregate((CaseHead?)null, (head, e) => projection.Evolve(head, id, e)), events);
    }

    private string Json(object? value) => host.Store.Options.Serializer().ToJson(value);

    [Fact]
    public async Task The_head_a_step_decides_on_is_the_fold_of_the_stream_after_every_step_and_correction()
    {
        var (cadre, caseId) = await SecondmentAsync("秦川");
        var id = Uuid(caseId);
        object[] steps =
        [
            new { newPlannedEndOn = "2027-05-01", effectiveOn = "2026-05-01" },
            new { newPlannedEndOn = "2027-06-01", effectiveOn = "2026-05-01", correction = new { correctedVersion = 3, reason = "延期日期录入错误" } },
        ];
        foreach (var step in steps)
        {
            await host.GraphQL.StepAsync("extendSecondment", caseId, step, "case { version }");
            var (head, folded, events) = await HeadAndFoldAsync(id);

            Assert.NotNull(head);
            Assert.Equal(events[^1].Version, head.Version);
            Assert.Equal(events[^1].GetHeader(EventHash.Header)?.ToString(), head.Hash);
            Assert.Equal(Uuid(cadre), head.CadreId);
            Assert.Equal(Json(folded), Json(head));
        }
        Assert.Equal("2027-06-01", await PlannedEndAsync(cadre));
    }

    [Fact]
    public async Task A_case_recorded_before_heads_were_kept_is_folded_once_and_its_head_kept_from_then_on()
    {
        var (cadre, caseId) = await SecondmentAsync("柳青");
        var id = Uuid(caseId);
        await using (var session = host.Store.LightweightSession())
        {
            session.Delete<CaseHead>(id);
            await session.SaveChangesAsync();
        }

        var answer = await host.GraphQL.StepAsync("extendSecondment", caseId, new { newPlannedEndOn = "2027-07-01", effectiveOn = "2026-05-01" }, "case { version }");

        Assert.Equal(3, answer["version"]!.GetValue<int>());
        var (head, folded, _) = await HeadAndFoldAsync(id);
        Assert.NotNull(head);
        Assert.Equal(3, head.Version);
        Assert.Equal(Json(folded), Json(head));
        Assert.Equal("2027-07-01", await PlannedEndAsync(cadre));
        // The chain still links: the step's event names the hash of the event before it.
        var integrity = await host.GraphQL.QueryAsync("{ ledgerIntegrity { isIntact } }");
        Assert.True(integrity["ledgerIntegrity"]!["isIntact"]!.GetValue<bool>());
    }
}
