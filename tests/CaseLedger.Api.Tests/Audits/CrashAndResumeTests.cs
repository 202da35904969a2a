using CaseLedger.Api.Audits;
using CaseLedger.Api.Tests.Testing;
using CaseLedger.Domain.Audits;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using static CaseLedger.Api.Tests.Testing.GraphQLClient;

namespace CaseLedger.Api.Tests.Audits;

/// <summary>
/// The evaluator is driven by hand here (the background one is off): a run killed between batches and
/// restarted by a new evaluator ends with the findings an uninterrupted evaluation gives, each raised
/// once; a full re-run from the start appends nothing.
/// </summary>
public sealed class CrashAndResumeTests(CaseLedgerHost host) : IClassFixture<CaseLedgerHost>
{
    private async Task<int> RunAsync(int batches, int batchSize)
    {
        var total = 0;
        await using var scope = host.Services.CreateAsyncScope(); // disposing it kills this evaluator
        var evaluator = scope.ServiceProvider.GetRequiredService<AuditEvaluator>();
        for (var i = 0; i < batches; i++)
        {
            var read = await evaluator.RunBatchAsync(batchSize, CancellationToken.None);
            if (read == 0)
                break;
            total += read;
        }
        return total;
    }

    private async Task RunToEndAsync()
    {
        var deadline = DateTime.UtcNow.AddSeconds(120); // a safeguard against a hang, not a timing: shared CI machines are slow
        while (await RunAsync(1000, 7) > 0 || !await CaughtUpAsync())
            Assert.True(DateTime.UtcNow < deadline, "The evaluator did not catch up.");
    }

    private async Task<bool> CaughtUpAsync()
    {
        await using var scope = host.Services.CreateAsyncScope();
        var (evaluated, latest, scheduledPassOn, today) = await scope.ServiceProvider.GetRequiredService<AuditEvaluator>().PositionAsync(CancellationToken.None);
        return evaluated >= latest && scheduledPassOn == today;
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

        Assert.True(await RunAsync(2, 3) > 0); // two small batches, then the evaluator is killed
        await RunToEndAsync();                 // a new evaluator resumes from the saved position

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

        // Re-evaluate everything from the start: nothing new is appended.
        var before = await host.EventCountAsync();
        await using (var reset = host.Store.LightweightSession())
        {
            reset.Store(new AuditProgress(AuditProgress.Key, 0));
            await reset.SaveChangesAsync();
        }
        await RunToEndAsync();
        Assert.Equal(before, await host.EventCountAsync());
    }
}
