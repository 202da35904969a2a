using System.Diagnostics;
using CaseLedger.Api.Audits;
using CaseLedger.Api.Tests.Testing;
using CaseLedger.Domain.Audits;
using Marten;
using Marten.Events.Daemon.Coordination;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;
using static CaseLedger.Api.Tests.Testing.GraphQLClient;

namespace CaseLedger.Api.Tests.Audits;

/// <summary>One API node of a deployment: audits on (HotCold daemon), on a schema it shares with the other nodes, named in its connections.</summary>
public sealed class NodeHost : AuditHost
{
    public NodeHost(string schema, string name)
    {
        Schema = schema;
        Name = name;
    }

    public string Name { get; }

    protected override bool DropsSchema => false;

    protected override string ConnectionString => $"{TestDatabase.ConnectionString};Application Name={Name}";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        // A loaded machine can take more than the default 10 s over a fresh host's first requests.
        builder.UseSetting("CaseLedger:Limits:TimeoutSeconds", "60");
        builder.UseSetting("CaseLedger:Audits:BatchSize", "3");
        builder.UseSetting("CaseLedger:Audits:LeadershipPollingMilliseconds", "500");
    }

    public Task StartAsync() => ((IAsyncLifetime)this).InitializeAsync();

    public Task StopAsync() => ((IAsyncLifetime)this).DisposeAsync();
}

/// <summary>
/// Two API nodes on one database: writes go through both, exactly one evaluates (the advisory lock's holder), the evaluating
/// node is stopped in the middle of a catch-up and the other takes over; the findings are those of a single evaluation of
/// the same events (ids and count), none raised twice.
/// </summary>
public sealed class FailoverTests(ITestOutputHelper output)
{
    private static readonly TimeSpan Safeguard = TimeSpan.FromSeconds(90); // against a hang, not a timing

    /// <summary>The nodes holding an advisory lock on this database: the daemon's leadership.</summary>
    private static async Task<List<string>> LeadersAsync(params NodeHost[] nodes)
    {
        var names = string.Join(", ", nodes.Select(n => $"'{n.Name}'"));
        var leaders = new List<string>();
        await using var connection = new Npgsql.NpgsqlConnection(TestDatabase.ConnectionString);
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand($"""
            select distinct a.application_name from pg_locks l join pg_stat_activity a on a.pid = l.pid
             where l.locktype = 'advisory' and l.granted and a.application_name in ({names})
            """, connection);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
            leaders.Add(reader.GetString(0));
        return leaders;
    }

    private static async Task<TimeSpan> WaitForLeaderAsync(NodeHost expected, params NodeHost[] nodes)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var leaders = await LeadersAsync(nodes);
            if (leaders.SequenceEqual([expected.Name]))
                return clock.Elapsed;
            Assert.True(clock.Elapsed < Safeguard, $"{expected.Name} did not become the only evaluating node: [{string.Join(", ", leaders)}].");
            await Task.Delay(20);
        }
    }

    private static Task<long> EvaluatedAsync(NodeHost node) =>
        node.ScalarAsync($"select coalesce(max(last_seq_id), 0) from {{schema}}.mt_event_progression where name = '{AuditEvaluation.ProgressionName}'");

    /// <summary>A case with a collective decision (attendance 5–8 of 11: most raise a quorum finding), through this node.</summary>
    internal static async Task<Guid> CaseAsync(GraphQLClient graphQL, string county, int i)
    {
        var cadre = await graphQL.RegisterCadreAsync($"干部{i}", "1969-11-20");
        var opened = await graphQL.MutateAsync("openCase",
            new { channel = "INBOUND_TRANSFER", cadreId = Id(cadre), toPost = LedgerScenarios.Post(county, $"副局长{i}", "TOWNSHIP", "DEPUTY"), exchangeReason = "WORK_NEEDS", effectiveOn = "2017-02-10" },
            "case { id }");
        await graphQL.StepAsync("takeCollectiveDecision", Id(opened),
            new { body = "STANDING_COMMITTEE", membersEntitled = 11, attendees = 5 + (i % 4), votesFor = 5 + (i % 4), votesAgainst = 0, abstentions = 0, principalSpokeLast = true, effectiveOn = "2017-03-10" });
        return StreamId(opened);
    }

    [Fact]
    public async Task Stopping_the_evaluating_node_mid_catch_up_hands_evaluation_to_the_other_with_the_findings_of_one_node()
    {
        var schema = $"test_{Guid.NewGuid():N}";
        var a = new NodeHost(schema, $"node-a-{schema[5..13]}");
        var b = new NodeHost(schema, $"node-b-{schema[5..13]}");
        var aStopped = false;
        try
        {
            await a.StartAsync();
            await WaitForLeaderAsync(a, a, b);
            await b.StartAsync();

            // Node A's evaluation is held while both nodes take writes, so that a backlog builds.
            var daemon = a.Services.GetRequiredService<IProjectionCoordinator>().DaemonForMainDatabase();
            await daemon.StopAgentAsync(AuditEvaluation.ProgressionName);
            var county = Id(await a.GraphQL.RegisterUnitAsync("FO-1", "原州区", "COUNTY"));
            var cases = new List<Guid>();
            for (var i = 0; i < 8; i++)
                cases.Add(await CaseAsync(i % 2 == 0 ? a.GraphQL : b.GraphQL, county, i));
            Assert.Equal(["node-a-" + schema[5..13]], await LeadersAsync(a, b));

            // A catches up a few pages, then is stopped in the middle of it.
            var before = await EvaluatedAsync(a);
            await daemon.StartAgentAsync(AuditEvaluation.ProgressionName, CancellationToken.None);
            var clock = Stopwatch.StartNew();
            while (await EvaluatedAsync(a) == before)
            {
                Assert.True(clock.Elapsed < Safeguard, "Node A did not resume evaluating.");
                await Task.Delay(5);
            }
            var stoppedAt = await EvaluatedAsync(a);
            await a.StopAsync();
            aStopped = true;
            var latest = await b.ScalarAsync("select max(seq_id) from {schema}.mt_events");
            output.WriteLine($"node A stopped at sequence {stoppedAt} of {latest}");

            var takeover = await WaitForLeaderAsync(b, a, b);
            output.WriteLine($"node B held the lock {takeover.TotalMilliseconds:F0} ms after node A stopped (leadership polling 500 ms)");
            await b.WaitForAuditsAsync(Safeguard);

            // The findings one evaluation of these events gives: every rule over every case file, each raised once.
            var expected = new List<Guid>();
            await using (var scope = b.Services.CreateAsyncScope())
            {
                var loader = scope.ServiceProvider.GetRequiredService<CaseFileLoader>();
                var rules = scope.ServiceProvider.GetRequiredService<AuditRuleSet>();
                foreach (var (caseId, file) in await loader.LoadManyAsync(cases, CancellationToken.None))
                    expected.AddRange(rules.Evaluate(file).Select(f => Finding.IdFor(f.RuleId, caseId)));
            }
            await using var session = b.Store.QuerySession();
            var findings = await session.Query<FindingDetails>().ToListAsync();
            Assert.NotEmpty(expected);
            Assert.Equal(expected.Order(), findings.Select(f => f.Id).Order());
            Assert.Equal(findings.Count, await b.ScalarAsync("select count(*) from {schema}.mt_events where type = 'finding_raised.v1'"));
            Assert.Equal(findings.Count, await b.ScalarAsync("select count(distinct stream_id) from {schema}.mt_events where type = 'finding_raised.v1'"));
        }
        finally
        {
            if (!aStopped)
                await a.StopAsync();
            await b.StopAsync();
            await using var connection = new Npgsql.NpgsqlConnection(TestDatabase.ConnectionString);
            await connection.OpenAsync();
            await using var drop = new Npgsql.NpgsqlCommand($"DROP SCHEMA IF EXISTS {schema} CASCADE", connection);
            await drop.ExecuteNonQueryAsync();
        }
    }
}
