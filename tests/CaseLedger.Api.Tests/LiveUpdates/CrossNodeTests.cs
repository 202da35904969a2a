using System.Globalization;
using System.Text.Json.Nodes;
using CaseLedger.Api.Security;
using CaseLedger.Api.Tests.Testing;
using static CaseLedger.Api.Tests.Testing.GraphQLClient;

namespace CaseLedger.Api.Tests.LiveUpdates;

/// <summary>Two API processes over one ledger (a fresh schema), as <c>tools/run --nodes 2</c> starts them; audits on (HotCold).</summary>
public sealed class TwoNodes : IAsyncLifetime
{
    public string Schema { get; } = $"test_{Guid.NewGuid():N}";

    public ApiProcess A { get; private set; } = null!;

    public ApiProcess B { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        // One after the other, as tools/run does: the first creates the schema.
        A = await ApiProcess.StartAsync($"live-a-{Schema[5..13]}", Schema);
        B = await ApiProcess.StartAsync($"live-b-{Schema[5..13]}", Schema);
    }

    public async Task DisposeAsync()
    {
        if (A is not null)
            await A.DisposeAsync();
        if (B is not null)
            await B.DisposeAsync();
        await using var connection = new Npgsql.NpgsqlConnection(TestDatabase.ConnectionString);
        await connection.OpenAsync();
        await using var drop = new Npgsql.NpgsqlCommand($"DROP SCHEMA IF EXISTS {Schema} CASCADE", connection);
        await drop.ExecuteNonQueryAsync();
    }
}

/// <summary>
/// Live updates across nodes: a subscriber connected to one API process receives what is committed through the other
/// (each save queues a pg_notify in its transaction; every node LISTENs), confined to its remit, with the npm graphql-ws client.
/// </summary>
public sealed class CrossNodeTests(TwoNodes nodes) : IClassFixture<TwoNodes>
{
    private static string Day(int i) => new DateOnly(2027, 3, 1).AddDays(i).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static async Task<string> SecondmentAsync(GraphQLClient graphQL, string sending, string hostUnit, string name)
    {
        var cadre = await graphQL.RegisterCadreAsync(name);
        var caseId = Id(await graphQL.MutateAsync("openCase", new { channel = "OUTBOUND_SECONDMENT", cadreId = Id(cadre), effectiveOn = "2026-01-05" }, "case { id }"));
        await graphQL.StepAsync("startSecondment", caseId, new { sendingUnitId = sending, hostUnitId = hostUnit, startOn = "2026-02-01", plannedEndOn = "2027-02-01" });
        return caseId;
    }

    private static string CaseOf(JsonNode next) => next["data"]!["caseEvents"]!["case"]!["id"]!.GetValue<string>();

    private static Guid UnitGuid(string id) => Guid.Parse(System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(id)).Split(':')[1]);

    [Fact]
    public async Task A_subscriber_on_one_node_receives_the_cases_in_its_remit_committed_through_the_other_and_nothing_else()
    {
        var a = nodes.A.GraphQL;
        var b = nodes.B.GraphQL;
        var region = Id(await a.RegisterUnitAsync("XN-0", "宁夏回族自治区", "REGION"));
        var countyA = Id(await b.RegisterUnitAsync("XN-A", "原州区", "COUNTY", region));
        var countyB = Id(await a.RegisterUnitAsync("XN-B", "西吉县", "COUNTY", region));
        var warmUp = await SecondmentAsync(a, region, countyA, "丙");
        var caseA = await SecondmentAsync(b, region, countyA, "甲");
        var caseB = await SecondmentAsync(a, region, countyB, "乙");

        // A registrar of county A follows the whole region, once on each node.
        var registrarA = CaseLedgerHost.TokenFor(Role.Registrar, UnitGuid(countyA));
        const string events = "subscription($unit: ID!) { caseEvents(unitId: $unit) { eventType case { id number } } }";
        using var probe = await SubscriptionProbe.StartAsync(nodes.B.WebSocketUrl,
            new { name = "onB", url = nodes.B.WebSocketUrl, token = registrarA, query = events, variables = new { unit = region }, progress = true },
            new { name = "onA", url = nodes.A.WebSocketUrl, token = registrarA, query = events, variables = new { unit = region }, progress = true });

        // Both subscriptions are live once each has seen a change of the warm-up case (written through both nodes).
        for (var i = 0; probe.Received("onA").Count == 0 || probe.Received("onB").Count == 0; i++)
        {
            if (i == 300) // a safeguard against a hang, not a timing
                Assert.Fail($"The subscriptions did not become live: {(await probe.FinishAsync()).ToJsonString()} {probe.Diagnostics}\n{nodes.A.Log}\n{nodes.B.Log}");
            await (i % 2 == 0 ? a : b).StepAsync("extendSecondment", warmUp, new { newPlannedEndOn = Day(i), effectiveOn = "2026-10-01" });
            await Task.Delay(100);
        }

        // Through node A only (and the other county's case through both): B's subscriber hears of A's commits.
        for (var i = 0; i < 12; i++)
        {
            await a.StepAsync("extendSecondment", caseA, new { newPlannedEndOn = Day(i), effectiveOn = "2026-10-01" });
            if (i < 4)
                await (i % 2 == 0 ? a : b).StepAsync("extendSecondment", caseB, new { newPlannedEndOn = Day(i), effectiveOn = "2026-10-01" });
        }
        // Through node B: A's subscriber hears of B's commits. The last write is to case A, after every write to case B,
        // and each node hands changes on in commit order: once it has arrived, a change of case B would have too.
        for (var i = 12; i < 20; i++)
            await b.StepAsync("extendSecondment", caseA, new { newPlannedEndOn = Day(i), effectiveOn = "2026-10-01" });
        foreach (var name in new[] { "onB", "onA" })
            await probe.WaitForAsync(name, events => events.Count(e => CaseOf(e) == caseA) >= 20, "case A's 20 changes");
        var results = await probe.FinishAsync();

        foreach (var name in new[] { "onB", "onA" })
        {
            var received = results[name]!["events"]!.AsArray().Select(e => e!).ToList();
            var changes = received.Where(e => CaseOf(e) == caseA).ToList();
            Assert.Equal(20, changes.Count);
            Assert.All(changes, e => Assert.Equal("secondment_extended.v1", e["data"]!["caseEvents"]!["eventType"]!.GetValue<string>()));
            Assert.All(received, e => Assert.Contains(CaseOf(e), new[] { caseA, warmUp }));
            Assert.Empty(results[name]!["errors"]!.AsArray());
        }
        Assert.DoesNotContain(results.ToJsonString(), caseB, StringComparison.Ordinal);
    }

    private static Guid? FindingCase(JsonNode next) =>
        next["data"]!["findingChanged"]!["case"] is { } c ? GraphQLClient.StreamId(c) : null;

    [Fact]
    public async Task A_findingChanged_subscriber_on_one_node_receives_the_findings_raised_in_its_remit_and_never_another_countys()
    {
        var a = nodes.A.GraphQL;
        var region = Id(await a.RegisterUnitAsync("FN-0", "宁夏回族自治区", "REGION"));
        var countyA = Id(await nodes.B.GraphQL.RegisterUnitAsync("FN-A", "原州区", "COUNTY", region));
        var countyB = Id(await a.RegisterUnitAsync("FN-B", "西吉县", "COUNTY", region));
        var supervisorA = CaseLedgerHost.TokenFor(Role.Supervisor, UnitGuid(countyA));
        using var probe = await SubscriptionProbe.StartAsync(nodes.B.WebSocketUrl,
            new { name = "findings", token = supervisorA, query = "subscription { findingChanged { id ruleId status case { id } } }", progress = true });

        // Cases in county A, written through node A, each with a decision short of its quorum (a finding), until the
        // subscriber on node B has seen one: from then on it is live. The evaluation runs on whichever node holds the lock.
        var inRemit = new List<Guid>();
        for (var i = 0; !probe.Received("findings").Any(); i++)
        {
            Assert.True(i < 40, "The subscription did not become live."); // a safeguard against a hang, not a timing
            inRemit.Add(await Audits.FailoverTests.CaseAsync(a, countyA, 4 * i));
            await Task.Delay(200);
        }
        // A case in county B, then one more in county A: once the latter's finding has arrived, the former's (evaluated and
        // announced no later) would have too.
        var outside = await Audits.FailoverTests.CaseAsync(a, countyB, 0);
        var last = await Audits.FailoverTests.CaseAsync(a, countyA, 400);
        inRemit.Add(last);
        await probe.WaitForAsync("findings", events => events.Any(e => FindingCase(e) == last), "the finding of the last county A case");
        var results = await probe.FinishAsync();

        var received = results["findings"]!["events"]!.AsArray().Select(e => e!).ToList();
        Assert.All(received, e => Assert.Contains(FindingCase(e) ?? Guid.Empty, inRemit));
        Assert.DoesNotContain(received, e => FindingCase(e) == outside);
        Assert.Contains(received, e => FindingCase(e) == last && e["data"]!["findingChanged"]!["ruleId"]!.GetValue<string>() == "NX-EXCHANGE-COLLECTIVE-DECISION");
        Assert.Empty(results["findings"]!["errors"]!.AsArray());
        // The county B case did raise a finding: it was withheld, not missing.
        var all = await a.QueryAsync("query($id: ID!) { case(id: $id) { findings { id } } }", new { id = GlobalCaseId(outside) });
        Assert.NotEmpty(all["case"]!["findings"]!.AsArray());
    }

    private static string GlobalCaseId(Guid id) => Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes($"Case:{id}"));
}
