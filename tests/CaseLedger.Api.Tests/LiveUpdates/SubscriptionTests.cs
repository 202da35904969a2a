using CaseLedger.Api.Ledger;
using CaseLedger.Api.Security;
using CaseLedger.Api.Tests.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using static CaseLedger.Api.Tests.Testing.GraphQLClient;

namespace CaseLedger.Api.Tests.LiveUpdates;

/// <summary>A host whose subscriptions may have only a few messages waiting, so a client that stops reading is dropped soon.</summary>
public sealed class LiveHost : CaseLedgerHost
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        // A loaded machine can take more than the default 10 s over a fresh host's first requests.
        builder.UseSetting("CaseLedger:Limits:TimeoutSeconds", "60");
        builder.UseSetting("CaseLedger:Subscriptions:Buffer", "4");
    }
}

/// <summary>
/// Subscriptions over graphql-transport-ws, driven by the npm graphql-ws client (tests/subscriptions/probe.mjs) against the
/// running server: a county registrar following the whole region receives its county's case events and never the other
/// county's; a subscription to a case outside the remit receives nothing; no token and an expired token are refused at
/// connection_init (4403); a client that stops reading is closed (1013) while every mutation still succeeds.
/// </summary>
public sealed class SubscriptionTests(LiveHost host) : IClassFixture<LiveHost>
{
    private async Task<string> SecondmentAsync(string sending, string hostUnit, string name)
    {
        var cadre = await host.GraphQL.RegisterCadreAsync(name);
        var caseId = Id(await host.GraphQL.MutateAsync("openCase", new { channel = "OUTBOUND_SECONDMENT", cadreId = Id(cadre), effectiveOn = "2026-01-05" }, "case { id }"));
        await host.GraphQL.StepAsync("startSecondment", caseId, new { sendingUnitId = sending, hostUnitId = hostUnit, startOn = "2026-02-01", plannedEndOn = "2027-02-01" });
        return caseId;
    }

    [Fact]
    public async Task A_county_subscriber_gets_its_cases_only_bad_tokens_are_refused_at_init_and_a_slow_client_is_dropped_without_holding_writes()
    {
        var region = Id(await host.GraphQL.RegisterUnitAsync("LV-0", "宁夏回族自治区", "REGION"));
        var countyA = Id(await host.GraphQL.RegisterUnitAsync("LV-A", "原州区", "COUNTY", region));
        var countyB = Id(await host.GraphQL.RegisterUnitAsync("LV-B", "西吉县", "COUNTY", region));
        var caseA = await SecondmentAsync(region, countyA, "甲");
        var caseB = await SecondmentAsync(region, countyB, "乙");

        var registrarA = CaseLedgerHost.TokenFor(Role.Registrar, Guid.Parse(GlobalIdTail(countyA)));
        var inspectorA = CaseLedgerHost.TokenFor(Role.Inspector, Guid.Parse(GlobalIdTail(countyA)));
        var expired = TokenIssuer.Issue(new AuthOptions { SigningKey = CaseLedgerHost.SigningKey },
            new CaseLedgerUser("过期", Role.Registrar, null), TimeSpan.FromMinutes(1), DateTimeOffset.UtcNow.AddHours(-2));
        const string events = "subscription($unit: ID!) { caseEvents(unitId: $unit) { eventType case { id number } } }";
        // A big message per event (aliases of the case's history), so a client that stops reading fills its buffers soon.
        var big = "subscription($unit: ID!) { caseEvents(unitId: $unit) { " + string.Join(" ", Enumerable.Range(0, 25).Select(i => $"h{i}: case {{ history {{ type data hash recordedAt }} }}")) + " } }";
        var scenarios = new object[]
        {
            new { name = "county", token = registrarA, query = events, variables = new { unit = region }, progress = true },
            new { name = "outside", token = registrarA, query = "subscription($id: ID!) { caseChanged(caseId: $id) { eventType case { id } } }", variables = new { id = caseB } },
            new { name = "anonymous", token = (string?)null, query = events, variables = new { unit = region } },
            new { name = "expired", token = expired, query = events, variables = new { unit = region } },
            new { name = "slow", token = inspectorA, query = big, variables = new { unit = countyA }, slow = true },
        };
        var url = host.Http.BaseAddress!.ToString().Replace("http://", "ws://", StringComparison.Ordinal) + "graphql";
        using var probe = await SubscriptionProbe.StartAsync(url, scenarios);

        // Three subscriptions are live on this node (county, outside, slow) before anything is written.
        var feed = host.Services.GetRequiredService<LedgerFeed>();
        var deadline = DateTime.UtcNow.AddSeconds(60); // a safeguard against a hang, not a timing
        while (feed.SubscriberCount < 3)
        {
            Assert.True(DateTime.UtcNow < deadline, $"Only {feed.SubscriberCount} subscriptions became live. {probe.Diagnostics}");
            await Task.Delay(20);
        }

        // Writes to both counties; every one succeeds while the slow client's buffers fill. Each write waits for the county
        // subscriber to receive the one before: with only 4 changes allowed to wait, a subscriber still warming up (its
        // first change resolved cold on a loaded machine) would otherwise be dropped as too slow, like the slow client.
        for (var i = 0; i < 40; i++)
        {
            await host.GraphQL.StepAsync("extendSecondment", caseA, new { newPlannedEndOn = new DateOnly(2027, 3, 1).AddDays(i).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), effectiveOn = "2026-10-01" });
            if (i < 5)
                await host.GraphQL.StepAsync("extendSecondment", caseB, new { newPlannedEndOn = new DateOnly(2027, 3, 1).AddDays(i).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), effectiveOn = "2026-10-01" });
            var sent = i + 1;
            await probe.WaitForAsync("county", received => received.Count >= sent, $"{sent} events of case A");
        }
        var results = await probe.FinishAsync();

        var county = results["county"]!["events"]!.AsArray();
        Assert.Equal(40, county.Count);
        Assert.All(county, e => Assert.Equal(caseA, e!["data"]!["caseEvents"]!["case"]!["id"]!.GetValue<string>()));
        Assert.All(county, e => Assert.Equal("secondment_extended.v1", e!["data"]!["caseEvents"]!["eventType"]!.GetValue<string>()));
        Assert.Empty(results["outside"]!["events"]!.AsArray());
        Assert.Equal(4403, results["anonymous"]!["closeCode"]!.GetValue<int>());
        Assert.Equal(4403, results["expired"]!["closeCode"]!.GetValue<int>());
        Assert.Empty(results["anonymous"]!["events"]!.AsArray());
        Assert.Equal(1013, results["slow"]!["closeCode"]!.GetValue<int>());
        Assert.Contains("too slow", results["slow"]!["closeReason"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.True(results["slow"]!["events"]!.AsArray().Count < 40);
    }

    private static string GlobalIdTail(string id) =>
        System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(id)).Split(':')[1];
}
