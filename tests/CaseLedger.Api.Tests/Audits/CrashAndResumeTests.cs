using CaseLedger.Api.Audits;
using CaseLedger.Api.Tests.Testing;
using CaseLedger.Domain.Audits;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using static CaseLedger.Api.Tests.Testing.GraphQLClient;

namespace CaseLedger.Api.Tests.Audits;

/// <summary>A host with audits off (no daemon of its own) and pages of three events, so a catch-up takes many pages.</summary>
public sealed class SmallPageHost : CaseLedgerHost
{
    protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        // A loaded machine can take more than the default 10 s over a fresh host's first requests.
        builder.UseSetting("CaseLedger:Limits:TimeoutSeconds", "60");
        builder.UseSetting("CaseLedger:Audits:BatchSize", "3");
    }
}

/// <summary>
/// The evaluation is driven here by daemons built by hand (the host runs none): one is stopped (killed) after its first
/// committed pages and a new daemon resumes from Marten's saved progress, ending with the findings an uninterrupted evaluation
/// gives, each raised once; rewinding the subscription to sequence 0 re-evaluates everything and appends nothing.
/// </summary>
public sealed class CrashAndResumeTests(SmallPageHost host) : IClassFixture<SmallPageHost>
{
    private async Task<long> EvaluatedAsync() =>
        await host.ScalarAsync($"select coalesce(max(last_seq_id), 0) from {{schema}}.mt_event_progression where name = '{AuditEvaluation.ProgressionName}'");

    private async Task<long> LatestAsync() => await host.ScalarAsync("select coalesce(max(seq_id), 0) from {schema}.mt_events");

    /// <summary>Polls the progression until <paramref name="done"/>; a safeguard against a hang, not a timing.</summary>
    private async Task<long> WaitAsync(Func<long, long, bool> done)
    {
        var deadline = DateTime.UtcNow.AddSeconds(120);
        while (true)
        {
            var (evaluated, latest) = (await EvaluatedAsync(), await LatestAsync());
            if (done(evaluated, latest))
                return evaluated;
            Assert.True(DateTime.UtcNow < deadline, $"The evaluation stalled at {evaluated} of {latest}.");
            await Task.Delay(5);
        }
    }

    [Fact]
    public async Task A_killed_evaluator_resumes_where_it_stopped_with_the_same_findings_and_no_duplicates()
    {
        var graphQL = host.GraphQL;
        var county = Id(await graphQL.RegisterUnitAsync("CR-1", "原州区", "COUNTY"));
        var caseIds = new List<Guid>();
        for (var i = 0; i < 4; i++)
        {
            var cadre = await graphQL.RegisterCadreAsync($"干部{i}", "1969-11-20");
            var opened = await graphQL.MutateAsync("openCase",
                new { channel = "INBOUND_TRANSFER", cadreId = Id(cadre), toPost = LedgerScenarios.Post(county, $"副局长{i}", "TOWNSHIP", "DEPUTY"), exchangeReason = "WORK_NEEDS", effectiveOn = "2017-02-10" },
                "case { id }");
            caseIds.Add(StreamId(opened));
            await graphQL.StepAsync("takeCollectiveDecision", Id(opened),
                new { body = i % 2 == 0 ? "SECRETARIES_MEETING" : "STANDING_COMMITTEE", membersEntitled = 11, attendees = 6 + i, votesFor = 6 + i, votesAgainst = 0, abstentions = 0, principalSpokeLast = true, effectiveOn = "2017-03-10" });
        }

        var first = await host.Store.BuildProjectionDaemonAsync();
        await first.StartAgentAsync(AuditEvaluation.ProgressionName, CancellationToken.None);
        var stoppedAt = await WaitAsync((evaluated, _) => evaluated > 0); // the first pages committed, then the daemon is killed
        await first.StopAllAsync();
        first.Dispose();
        Assert.True(stoppedAt > 0);

        using var second = await host.Store.BuildProjectionDaemonAsync(); // a new daemon resumes from the saved progress
        await second.StartAgentAsync(AuditEvaluation.ProgressionName, CancellationToken.None);
        await WaitAsync((evaluated, latest) => evaluated >= latest);

        await using var session = host.Store.QuerySession();
        var expected = new List<(string, Guid?)>();
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var loader = scope.ServiceProvider.GetRequiredService<CaseFileLoader>();
            foreach (var caseId in caseIds)
                expected.AddRange(AuditRules.Evaluate((await loader.LoadAsync(caseId, CancellationToken.None))!).Select(f => (f.RuleId, f.CaseId)));
        }
        var findings = await session.Query<FindingDetails>().ToListAsync();
        Assert.Equal(expected.Order(), findings.Select(f => (f.RuleId, f.CaseId)).Order());
        Assert.Contains(findings, f => f.RuleId == "NX-AGE-TRANSFER-GRASSROOTS-45");
        var raised = await host.ScalarAsync("select count(*) from {schema}.mt_events where type = 'finding_raised.v1'");
        Assert.Equal(findings.Count, raised);

        // Re-evaluate everything from the start (Marten's rewind): nothing new is appended.
        var before = await host.EventCountAsync();
        await second.RewindSubscriptionAsync(AuditEvaluation.SubscriptionName, CancellationToken.None, sequenceFloor: 0);
        await WaitAsync((evaluated, latest) => evaluated >= latest);
        Assert.Equal(before, await host.EventCountAsync());
        await second.StopAllAsync();
    }
}
