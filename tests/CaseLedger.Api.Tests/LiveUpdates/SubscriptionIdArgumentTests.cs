using System.Text;
using CaseLedger.Api.Ledger;
using CaseLedger.Api.Security;
using CaseLedger.Api.Tests.Audits;
using CaseLedger.Api.Tests.Testing;
using Microsoft.Extensions.DependencyInjection;
using static CaseLedger.Api.Tests.Testing.GraphQLClient;

namespace CaseLedger.Api.Tests.LiveUpdates;

/// <summary>
/// Issue #13: the id arguments of subscriptions are checked as a query's are. A malformed id, or an id of another type,
/// is refused when subscribing (INVALID_ID) instead of read as "no filter"; an id outside the remit gets exactly what an
/// unknown id gets (a live subscription that sends nothing); an id in the remit gets its changes.
/// </summary>
public sealed class SubscriptionIdArgumentTests(AuditHost host) : IClassFixture<AuditHost>
{
    private const string Findings = "subscription($c: ID, $k: ID, $u: ID) { findingChanged(cadreId: $c, caseId: $k, unitId: $u) { id ruleId cadre { id } } }";

    private static string Encode(string type, Guid id) => Convert.ToBase64String(Encoding.UTF8.GetBytes($"{type}:{id:D}"));

    [Fact]
    public async Task Malformed_ids_are_refused_when_subscribing_and_an_id_outside_the_remit_reads_as_an_unknown_one()
    {
        var region = Id(await host.GraphQL.RegisterUnitAsync("SI-0", "宁夏回族自治区", "REGION"));
        var countyA = Id(await host.GraphQL.RegisterUnitAsync("SI-A", "原州区", "COUNTY", region));
        var countyB = Id(await host.GraphQL.RegisterUnitAsync("SI-B", "西吉县", "COUNTY", region));
        var cadreA = Id(await host.GraphQL.RegisterCadreAsync("甲", "1969-11-20"));
        var cadreB = Id(await host.GraphQL.RegisterCadreAsync("乙", "1969-11-20"));
        var supervisorA = CaseLedgerHost.TokenFor(Role.Supervisor, Security.SiblingSubtrees.Uuid(countyA));

        using var probe = await SubscriptionProbe.StartAsync(host.Http.BaseAddress!.ToString().Replace("http://", "ws://", StringComparison.Ordinal) + "graphql",
            new { name = "inRemit", token = supervisorA, query = Findings, variables = new { c = cadreA }, progress = true },
            new { name = "outside", token = supervisorA, query = Findings, variables = new { c = cadreB } },
            new { name = "unknown", token = supervisorA, query = Findings, variables = new { c = Encode("Cadre", Guid.NewGuid()) } },
            new { name = "malformedCadre", token = supervisorA, query = Findings, variables = new { c = "not-an-id" } },
            new { name = "caseIdOfAUnit", token = supervisorA, query = Findings, variables = new { k = countyA } },
            new { name = "malformedUnit", token = supervisorA, query = Findings, variables = new { u = "VW5pdDpub3QtYS1ndWlk" } },
            new { name = "caseChanged", token = supervisorA, query = "subscription($id: ID!) { caseChanged(caseId: $id) { eventType } }", variables = new { id = "42" } },
            new { name = "caseEvents", token = supervisorA, query = "subscription($id: ID!) { caseEvents(unitId: $id) { eventType } }", variables = new { id = cadreA } });

        // The three well-formed subscriptions are live before anything is written; the others never subscribed.
        var feed = host.Services.GetRequiredService<LedgerFeed>();
        for (var i = 0; feed.SubscriberCount < 3; i++)
        {
            Assert.True(i < 3000, $"Only {feed.SubscriberCount} subscriptions became live. {probe.Diagnostics}"); // a safeguard against a hang
            await Task.Delay(20);
        }

        // A finding about B's cadre, then one about A's: once A's has arrived, B's (evaluated and announced no later) would have too.
        await OpenCaseAsync(cadreB, countyB);
        await OpenCaseAsync(cadreA, countyA);
        await host.WaitForAuditsAsync();
        var raised = await host.GraphQL.QueryAsync("query($a: ID!, $b: ID!) { a: cadre(id: $a) { findings { ruleId } } b: cadre(id: $b) { findings { ruleId } } }", new { a = cadreA, b = cadreB });
        Assert.NotEmpty(raised["a"]!["findings"]!.AsArray());
        Assert.NotEmpty(raised["b"]!["findings"]!.AsArray());
        await probe.WaitForAsync("inRemit", events => events.Count > 0, $"the finding about cadre A's case ({raised.ToJsonString()})");
        var results = await probe.FinishAsync();

        Assert.All(results["inRemit"]!["events"]!.AsArray(), e => Assert.Equal(cadreA, e!["data"]!["findingChanged"]!["cadre"]!["id"]!.GetValue<string>()));
        Assert.Empty(results["inRemit"]!["errors"]!.AsArray());
        // Outside the remit and unknown: the same answer, a live subscription that sends nothing, no error.
        foreach (var name in new[] { "outside", "unknown" })
        {
            Assert.Empty(results[name]!["events"]!.AsArray());
            Assert.Empty(results[name]!["errors"]!.AsArray());
        }
        // Refused when subscribing: one answer without data whose error is INVALID_ID (as graphql-transport-ws sends an
        // executed operation's errors: a next message, then complete), and nothing after it.
        foreach (var name in new[] { "malformedCadre", "caseIdOfAUnit", "malformedUnit", "caseChanged", "caseEvents" })
        {
            var answer = Assert.Single(results[name]!["events"]!.AsArray())!;
            Assert.Null(answer["data"]?.AsObject().Select(p => p.Value).FirstOrDefault(v => v is not null));
            Assert.True(answer["errors"]!.AsArray().Select(e => e!["extensions"]!["code"]!.GetValue<string>()).SequenceEqual(["INVALID_ID"]), $"{name}: {answer.ToJsonString()}");
            Assert.Empty(results[name]!["errors"]!.AsArray());
        }
    }

    /// <summary>A transfer whose collective decision falls short of its quorum: the evaluator raises a finding about it.</summary>
    private async Task OpenCaseAsync(string cadre, string county)
    {
        var opened = await host.GraphQL.MutateAsync("openCase",
            new { channel = "INBOUND_TRANSFER", cadreId = cadre, toPost = LedgerScenarios.Post(county, "副局长", "TOWNSHIP", "DEPUTY"), exchangeReason = "WORK_NEEDS", effectiveOn = "2017-02-10" },
            "case { id }");
        await host.GraphQL.StepAsync("takeCollectiveDecision", Id(opened),
            new { body = "STANDING_COMMITTEE", membersEntitled = 11, attendees = 5, votesFor = 5, votesAgainst = 0, abstentions = 0, principalSpokeLast = true, effectiveOn = "2017-03-10" });
    }
}
