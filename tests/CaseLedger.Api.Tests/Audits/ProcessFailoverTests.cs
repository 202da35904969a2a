using System.Diagnostics;
using CaseLedger.Api.Audits;
using CaseLedger.Api.Tests.Testing;
using CaseLedger.Domain.Audits;
using Marten;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Xunit.Abstractions;
using static CaseLedger.Api.Tests.Testing.GraphQLClient;

namespace CaseLedger.Api.Tests.Audits;

/// <summary>An in-process reader of a ledger the test's API processes write: no evaluation, the schema left in place, today's date.</summary>
public sealed class LedgerReader : CaseLedgerHost
{
    public LedgerReader(string schema)
    {
        Schema = schema;
        Clock.SetUtcNow(DateTimeOffset.UtcNow);
    }

    protected override bool DropsSchema => false;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("CaseLedger:Limits:TimeoutSeconds", "60");
    }

    public Task StartAsync() => ((IAsyncLifetime)this).InitializeAsync();

    public Task StopAsync() => ((IAsyncLifetime)this).DisposeAsync();
}

/// <summary>
/// Failover between operating-system processes: two API nodes (the built CaseLedger.Api.dll, as <c>tools/run --nodes 2</c>
/// runs them) on one ledger take writes while neither may evaluate; then the evaluation starts on whichever wins the
/// advisory lock, which is SIGKILLed in the middle of its catch-up. The other node takes the lock within the leadership
/// interval and finishes, and the findings are those of one evaluation of the same events (ids and count): none raised
/// twice, none missing, nothing dead-lettered, the progression at the last event.
/// </summary>
public sealed class ProcessFailoverTests(ITestOutputHelper output)
{
    private const int Cases = 20;
    private const int PollingMilliseconds = 500;
    private static readonly TimeSpan Safeguard = TimeSpan.FromSeconds(90); // against a hang, not a timing

    private static async Task<long> ScalarAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(TestDatabase.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// The nodes holding the evaluation's advisory lock (what HotCold elects with: pg_try_advisory_lock on the shard's lock
    /// id), told apart by the Application Name each node's connections carry.
    /// </summary>
    private static async Task<List<string>> LeadersAsync(int lockId, params ApiProcess[] nodes)
    {
        var leaders = new List<string>();
        await using var connection = new NpgsqlConnection(TestDatabase.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"""
            select distinct a.application_name from pg_locks l join pg_stat_activity a on a.pid = l.pid
             where l.locktype = 'advisory' and l.granted and l.objsubid = 1 and ((l.classid::bigint << 32) | l.objid::bigint) = {(long)lockId}
               and a.application_name in ({string.Join(", ", nodes.Select(n => $"'{n.Name}'"))})
            """, connection);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
            leaders.Add(reader.GetString(0));
        return leaders;
    }

    private static async Task<ApiProcess> WaitForOneLeaderAsync(int lockId, params ApiProcess[] nodes)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var leaders = await LeadersAsync(lockId, nodes);
            if (leaders.Count == 1)
                return nodes.Single(n => n.Name == leaders[0]);
            Assert.True(leaders.Count == 0, $"More than one node evaluates: {string.Join(", ", leaders)}.");
            Assert.True(clock.Elapsed < Safeguard, "No node took the evaluation.");
            await Task.Delay(10);
        }
    }

    [Fact]
    public async Task SIGKILL_of_the_evaluating_process_mid_catch_up_hands_evaluation_to_the_other_with_the_findings_of_one_evaluation()
    {
        var schema = $"test_{Guid.NewGuid():N}";
        var lockId = AuditsModule.EvaluationLockIdFor(schema);
        Task<long> Evaluated() => ScalarAsync($"select coalesce(max(last_seq_id), 0) from {schema}.mt_event_progression where name = '{AuditEvaluation.ProgressionName}'");
        Task<long> Latest() => ScalarAsync($"select coalesce(max(seq_id), 0) from {schema}.mt_events");
        var settings = new Dictionary<string, string>
        {
            // Small pages, so the catch-up of the backlog takes many transactions; a short leadership interval.
            ["CaseLedger:Audits:BatchSize"] = "3",
            ["CaseLedger:Audits:LeadershipPollingMilliseconds"] = PollingMilliseconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };

        // The test holds the lock first, as a third node would: neither API node evaluates while the backlog builds.
        var holder = new NpgsqlConnection(TestDatabase.ConnectionString);
        await holder.OpenAsync();
        await using (var take = new NpgsqlCommand($"select pg_advisory_lock({lockId}::bigint)", holder))
            await take.ExecuteNonQueryAsync();
        ApiProcess? a = null, b = null;
        var test = Stopwatch.StartNew();
        try
        {
            a = await ApiProcess.StartAsync($"kill-a-{schema[5..13]}", schema, settings);
            b = await ApiProcess.StartAsync($"kill-b-{schema[5..13]}", schema, settings);
            output.WriteLine($"both nodes ready after {test.Elapsed.TotalSeconds:F1} s");
            var county = Id(await a.GraphQL.RegisterUnitAsync("KF-1", "原州区", "COUNTY"));
            // Both nodes take writes at the same time, half the cases each.
            async Task<List<Guid>> WriteAsync(ApiProcess node, int first)
            {
                var written = new List<Guid>();
                for (var i = first; i < Cases; i += 2)
                    written.Add(await FailoverTests.CaseAsync(node.GraphQL, county, i));
                return written;
            }
            var cases = (await Task.WhenAll(WriteAsync(a, 0), WriteAsync(b, 1))).SelectMany(c => c).ToList();
            Assert.Equal(0, await Evaluated());
            Assert.Empty(await LeadersAsync(lockId, a, b));
            output.WriteLine($"{Cases} cases written through both nodes after {test.Elapsed.TotalSeconds:F1} s");

            // The lock is free: one node wins it at its next poll and starts the catch-up; it is killed once a page has committed.
            await holder.DisposeAsync();
            var leader = await WaitForOneLeaderAsync(lockId, a, b);
            var survivor = leader == a ? b : a;
            var clock = Stopwatch.StartNew();
            while (await Evaluated() == 0)
            {
                Assert.True(clock.Elapsed < Safeguard, $"{leader.Name} did not evaluate:\n{leader.Log}");
                await Task.Delay(5);
            }
            leader.Kill();
            var killed = Stopwatch.StartNew();
            var stoppedAt = await Evaluated();
            var latest = await Latest();
            output.WriteLine($"{leader.Name} (pid {leader.ProcessId}) SIGKILLed with the evaluation at sequence {stoppedAt} of {latest}");
            Assert.True(stoppedAt < latest, $"The catch-up was over ({stoppedAt} of {latest}) before the kill: nothing was left to take over.");

            while (!(await LeadersAsync(lockId, a, b)).SequenceEqual([survivor.Name]))
            {
                Assert.True(killed.Elapsed < Safeguard, $"{survivor.Name} did not take the evaluation:\n{survivor.Log}");
                await Task.Delay(10);
            }
            var takeover = killed.Elapsed;
            // Caught up: the evaluation has read every event, including the findings it appended itself.
            while (!(await survivor.GraphQL.QueryAsync("{ auditSummary { caughtUp } }"))["auditSummary"]!["caughtUp"]!.GetValue<bool>())
            {
                Assert.True(killed.Elapsed < Safeguard, $"{survivor.Name} did not finish the evaluation:\n{survivor.Log}");
                await Task.Delay(20);
            }
            var finished = killed.Elapsed;
            Assert.True(await Evaluated() >= await Latest());
            output.WriteLine($"{survivor.Name} held the lock {takeover.TotalMilliseconds:F0} ms after the SIGKILL (leadership polling {PollingMilliseconds} ms) "
                + $"and had caught up (through sequence {await Evaluated()}) {finished.TotalMilliseconds:F0} ms after it");
            Assert.True(leader.HasExited);
            Assert.False(survivor.HasExited);

            // One evaluation of the same events: every rule over every case file as it stands, each finding raised once.
            var reader = new LedgerReader(schema);
            await reader.StartAsync();
            try
            {
                var expected = new List<Guid>();
                await using (var scope = reader.Services.CreateAsyncScope())
                {
                    var loader = scope.ServiceProvider.GetRequiredService<CaseFileLoader>();
                    var rules = scope.ServiceProvider.GetRequiredService<AuditRuleSet>();
                    foreach (var (caseId, file) in await loader.LoadManyAsync(cases, CancellationToken.None))
                        expected.AddRange(rules.Evaluate(file).Select(f => Finding.IdFor(f.RuleId, caseId)));
                }
                await using var session = reader.Store.QuerySession();
                var findings = await session.Query<FindingDetails>().ToListAsync();
                output.WriteLine($"{findings.Count} findings over {Cases} cases; one evaluation gives {expected.Count}");
                Assert.NotEmpty(expected);
                Assert.Equal(expected.Order(), findings.Select(f => f.Id).Order());
                Assert.Equal(findings.Count, await reader.ScalarAsync("select count(*) from {schema}.mt_events where type = 'finding_raised.v1'"));
                Assert.Equal(findings.Count, await reader.ScalarAsync("select count(distinct stream_id) from {schema}.mt_events where type = 'finding_raised.v1'"));
                Assert.Equal(0, await reader.ScalarAsync("select count(*) from {schema}.mt_doc_deadletterevent"));
                output.WriteLine($"checked after {test.Elapsed.TotalSeconds:F1} s");
            }
            finally
            {
                await reader.StopAsync();
            }
        }
        finally
        {
            await holder.DisposeAsync();
            if (a is not null)
                await a.DisposeAsync();
            if (b is not null)
                await b.DisposeAsync();
            await using var connection = new NpgsqlConnection(TestDatabase.ConnectionString);
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP SCHEMA IF EXISTS {schema} CASCADE", connection);
            await drop.ExecuteNonQueryAsync();
        }
    }
}
