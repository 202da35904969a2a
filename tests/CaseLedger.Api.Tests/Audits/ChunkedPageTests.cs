using CaseLedger.Api.Audits;
using CaseLedger.Api.Tests.Testing;
using CaseLedger.Domain.Audits;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using static CaseLedger.Api.Tests.Testing.GraphQLClient;

namespace CaseLedger.Api.Tests.Audits;

/// <summary>A host with audits off (no daemon of its own), one page for the whole ledger and chunks of two case files.</summary>
public sealed class ChunkedPageHost : CaseLedgerHost
{
    protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("CaseLedger:Limits:TimeoutSeconds", "60");
        builder.UseSetting("CaseLedger:Audits:BatchSize", "1000");
        builder.UseSetting("CaseLedger:Audits:ChunkSize", "2");
    }
}

/// <summary>
/// A page holding more cases than a chunk is judged chunk by chunk, the next chunk's files read on their own connection
/// while one is judged: every case and cadre record gets the findings its own evaluation gives, each raised once.
/// </summary>
public sealed class ChunkedPageTests(ChunkedPageHost host) : IClassFixture<ChunkedPageHost>
{
    [Fact]
    public async Task A_page_of_many_chunks_judges_every_case_once_with_the_findings_of_its_own_evaluation()
    {
        var graphQL = host.GraphQL;
        var county = Id(await graphQL.RegisterUnitAsync("CP-1", "原州区", "COUNTY"));
        var caseIds = new List<Guid>();
        for (var i = 0; i < 7; i++)
        {
            var cadre = await graphQL.RegisterCadreAsync($"分块干部{i}", "1969-11-20");
            var opened = await graphQL.MutateAsync("openCase",
                new { channel = "INBOUND_TRANSFER", cadreId = Id(cadre), toPost = LedgerScenarios.Post(county, $"副局长{i}", "TOWNSHIP", "DEPUTY"), exchangeReason = "WORK_NEEDS", effectiveOn = "2017-02-10" },
                "case { id }");
            caseIds.Add(StreamId(opened));
            // Under quorum for odd i (TL-DECISION-QUORUM), a quorum for even i: violating and compliant cases share chunks.
            await graphQL.StepAsync("takeCollectiveDecision", Id(opened),
                new { body = "STANDING_COMMITTEE", membersEntitled = 11, attendees = i % 2 == 0 ? 9 : 5, votesFor = i % 2 == 0 ? 9 : 5, votesAgainst = 0, abstentions = 0, principalSpokeLast = true, effectiveOn = "2017-03-10" });
        }

        using var daemon = await host.Store.BuildProjectionDaemonAsync();
        await daemon.StartAgentAsync(AuditEvaluation.ProgressionName, CancellationToken.None);
        var deadline = DateTime.UtcNow.AddSeconds(120); // a safeguard against a hang, not a timing
        string progression = $"select coalesce(max(last_seq_id), 0) from {{schema}}.mt_event_progression where name = '{AuditEvaluation.ProgressionName}'";
        while (await host.ScalarAsync(progression) < await host.ScalarAsync("select coalesce(max(seq_id), 0) from {schema}.mt_events where type <> 'finding_raised.v1'"))
        {
            Assert.True(DateTime.UtcNow < deadline, "The evaluation stalled.");
            await Task.Delay(5);
        }
        await daemon.StopAllAsync();

        var expected = new List<(string, Guid?)>();
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var loader = scope.ServiceProvider.GetRequiredService<CaseFileLoader>();
            foreach (var caseId in caseIds)
                expected.AddRange(AuditRules.Evaluate((await loader.LoadAsync(caseId, CancellationToken.None))!).Select(f => (f.RuleId, f.CaseId)));
        }
        await using var session = host.Store.QuerySession();
        var findings = await session.Query<FindingDetails>().Where(f => f.CaseId != null).ToListAsync();
        Assert.Equal(expected.Order(), findings.Select(f => (f.RuleId, f.CaseId)).Order());
        Assert.Equal(3, findings.Count(f => f.RuleId == "TL-DECISION-QUORUM"));
        Assert.DoesNotContain(findings, f => f.RuleId == "TL-DECISION-QUORUM" && caseIds.IndexOf(f.CaseId!.Value) % 2 == 0);
        var raised = await host.ScalarAsync("select count(*) from {schema}.mt_events where type = 'finding_raised.v1'");
        Assert.Equal(await session.Query<FindingDetails>().CountAsync(), raised);
    }
}
