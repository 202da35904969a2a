using CaseLedger.Api.Audits;
using CaseLedger.Api.Tests.Testing;
using Marten.Events.Daemon.Coordination;
using Microsoft.Extensions.DependencyInjection;
using static CaseLedger.Api.Tests.Testing.GraphQLClient;

namespace CaseLedger.Api.Tests.Audits;

/// <summary>An audit host of its own: these tests move its clock forward, and a fake clock cannot go back.</summary>
public sealed class DeadlineAuditHost : AuditHost;

/// <summary>
/// NX-YOUNG-CADRE-GRASSROOTS-3Y through the real mutations: a warning while the deadline nears, the
/// violation raised by the scheduled pass once the (fake) date passes it, and nothing for a cadre
/// posted to a township in time.
/// </summary>
public sealed class DeadlineRuleTests(DeadlineAuditHost host) : IClassFixture<DeadlineAuditHost>
{
    private const string Rule = "NX-YOUNG-CADRE-GRASSROOTS-3Y";
    private readonly GraphQLClient graphQL = host.GraphQL;

    /// <summary>A 33-year-old promoted from deputy to chief of a regional section, taking up the post on 2024-03-01 (deadline 2027-03-01).</summary>
    private async Task<(string CadreId, string CaseId)> PromotedAsync(string region, string name)
    {
        var cadre = Id(await graphQL.RegisterCadreAsync(name, "1991-01-15"));
        await graphQL.MutateAsync("recordBaselinePost",
            new { cadreId = cadre, post = LedgerScenarios.Post(region, "综合处副处长", "TOWNSHIP", "DEPUTY"), from = "2018-07-01" }, "cadre { id }");
        var caseId = Id(await graphQL.MutateAsync("openCase",
            new
            {
                channel = "INTERNAL_PROMOTION", cadreId = cadre, fromPost = LedgerScenarios.Post(region, "综合处副处长", "TOWNSHIP", "DEPUTY"),
                toPost = LedgerScenarios.Post(region, "综合处处长", "TOWNSHIP", "CHIEF"), effectiveOn = "2024-01-10",
            }, "case { id }"));
        await graphQL.StepAsync("takeCollectiveDecision", caseId,
            new { body = "STANDING_COMMITTEE", membersEntitled = 11, attendees = 9, votesFor = 9, votesAgainst = 0, abstentions = 0, principalSpokeLast = true, effectiveOn = "2024-02-15" });
        await graphQL.StepAsync("issueAppointmentNotice", caseId, new { takesEffectOn = "2024-03-01", onProbation = false, effectiveOn = "2024-02-20" });
        return (cadre, caseId);
    }

    /// <summary>A finding of this rule that stands (one raised before the secondment was recorded is cleared by it).</summary>
    private static bool Standing(System.Text.Json.Nodes.JsonNode? f) => f!["ruleId"]!.GetValue<string>() == Rule && f["status"]!.GetValue<string>() != "CLEARED";

    [Fact]
    [RuleTest("NX-YOUNG-CADRE-GRASSROOTS-3Y", RuleTestKind.ApiScenario)]
    public async Task A_warning_before_the_deadline_becomes_a_violation_when_the_date_passes_it_and_a_timely_posting_finds_nothing()
    {
        var region = Id(await graphQL.RegisterUnitAsync("DL-R", "自治区发展改革委", "REGION", area: null));
        var county = Id(await graphQL.RegisterUnitAsync("DL-C", "西吉县", "COUNTY"));
        var township = Id(await graphQL.RegisterUnitAsync("DL-T", "将台堡镇", "TOWNSHIP", county));
        var (_, late) = await PromotedAsync(region, "李明");
        var (posted, onTime) = await PromotedAsync(region, "周洁");
        var secondment = Id(await graphQL.MutateAsync("openCase",
            new { channel = "OUTBOUND_SECONDMENT", cadreId = posted, effectiveOn = "2025-05-06" }, "case { id }"));
        await graphQL.StepAsync("startSecondment", secondment, new
        {
            sendingUnitId = region, hostUnitId = township, hostPost = LedgerScenarios.Post(township, "挂职副镇长", "TOWNSHIP", "DEPUTY"),
            startOn = "2025-06-01", plannedEndOn = "2027-06-01",
        });

        // 2026-11-20: within six months of the deadline.
        var warning = Assert.Single(await host.FindingsOfCaseAsync(late), f => f!["ruleId"]!.GetValue<string>() == Rule)!;
        Assert.Equal(("NEEDS_REVIEW", "RAISED"), (warning["severity"]!.GetValue<string>(), warning["status"]!.GetValue<string>()));
        Assert.Contains("the deadline 2027-03-01 is near (as of 2026-11-20)", warning["explanation"]!.GetValue<string>());
        Assert.DoesNotContain(await host.FindingsOfCaseAsync(onTime), Standing);

        // No event arrives: the scheduled pass of 2027-03-02 finds the deadline passed.
        host.Clock.Advance(TimeSpan.FromDays(102));
        var violation = Assert.Single(await host.FindingsOfCaseAsync(late), f => f!["ruleId"]!.GetValue<string>() == Rule)!;
        Assert.Equal(Id(warning), Id(violation));
        Assert.Equal(("VIOLATION", "RAISED"), (violation["severity"]!.GetValue<string>(), violation["status"]!.GetValue<string>()));
        Assert.Contains("the deadline 2027-03-01 has passed: no grassroots post or secondment recorded", violation["explanation"]!.GetValue<string>());
        Assert.DoesNotContain(await host.FindingsOfCaseAsync(onTime), Standing);
        var types = await host.ScalarAsync(
            $"select count(*) from {{schema}}.mt_events where stream_id = '{StreamId(violation)}' and type in ('finding_raised.v1', 'finding_restated.v1')");
        Assert.Equal(2, types); // the warning as raised, then the change of severity: nothing rewritten

        // The day's pass run again (as after a crash that lost it): the progress goes back to the previous day and Marten rewinds
        // the subscription over the last event; the pass re-judges every case it covers and appends nothing.
        var before = await host.EventCountAsync();
        await using (var session = host.Store.LightweightSession())
        {
            session.Store(new AuditProgress(AuditProgress.Key, new DateOnly(2026, 11, 20)));
            await session.SaveChangesAsync();
        }
        var latest = await host.ScalarAsync("select max(seq_id) from {schema}.mt_events");
        await host.Services.GetRequiredService<IProjectionCoordinator>().DaemonForMainDatabase()
            .RewindSubscriptionAsync(AuditEvaluation.SubscriptionName, CancellationToken.None, sequenceFloor: latest - 1);
        await host.WaitForAuditsAsync();
        Assert.Equal(before, await host.EventCountAsync());
    }
}
