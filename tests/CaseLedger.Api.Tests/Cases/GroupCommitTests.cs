using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using CaseLedger.Api.Cadres.Career;
using CaseLedger.Api.Tests.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using static CaseLedger.Api.Tests.Testing.GraphQLClient;

namespace CaseLedger.Api.Tests.Cases;

/// <summary>
/// Case steps are saved in groups (group commit): steps that arrive while a group is being saved wait and are saved together.
/// Each caller still gets its own answer. To make a group, the tests hold one cadre's career row locked from outside, so the
/// writer waits in its read while the next steps queue behind it; what is asserted holds whether or not they were grouped.
/// </summary>
public sealed class GroupCommitTests(GroupCommitHost host) : IClassFixture<GroupCommitHost>
{
    private readonly GraphQLClient graphQL = host.GraphQL;

    private async Task<(string Sending, string Hosting)> UnitsAsync(string code) =>
        (Id(await graphQL.RegisterUnitAsync($"{code}-S", "原州区")), Id(await graphQL.RegisterUnitAsync($"{code}-H", "西吉县")));

    /// <summary>A started secondment of a new cadre: the case is at version 2.</summary>
    private async Task<(string CaseId, Guid CadreId)> SecondmentAsync((string Sending, string Hosting) units, string name)
    {
        var cadre = Id(await graphQL.RegisterCadreAsync(name));
        var caseId = Id(await graphQL.MutateAsync("openCase", new { channel = "OUTBOUND_SECONDMENT", cadreId = cadre, effectiveOn = "2026-01-05" }, "case { id }"));
        await graphQL.StepAsync("startSecondment", caseId, new { sendingUnitId = units.Sending, hostUnitId = units.Hosting, startOn = "2026-02-01", plannedEndOn = "2027-02-01" });
        return (caseId, StreamId(new JsonObject { ["id"] = cadre }));
    }

    private Task<long> StreamLengthAsync(string caseId) =>
        host.ScalarAsync($"select count(*) from {{schema}}.mt_events where stream_id = '{StreamId(new JsonObject { ["id"] = caseId })}' and type <> 'tombstone'");

    private Task<JsonNode> ExtendAsync(string caseId, string newPlannedEndOn, int? expectedVersion) =>
        graphQL.StepPayloadAsync("extendSecondment", caseId,
            expectedVersion is { } expected
                ? new { newPlannedEndOn, effectiveOn = "2026-05-01", expectedVersion = expected }
                : (object)new { newPlannedEndOn, effectiveOn = "2026-05-01" },
            "case { version }");

    /// <summary>Holds <paramref name="cadreId"/>'s career row locked (as a writer of that cadre would) until disposed.</summary>
    private async Task<NpgsqlTransaction> LockCareerAsync(Guid cadreId)
    {
        var connection = new NpgsqlConnection(TestDatabase.ConnectionString);
        await connection.OpenAsync();
        var transaction = await connection.BeginTransactionAsync();
        await using var command = new NpgsqlCommand($"select id from {host.Schema}.mt_doc_cadrecareer where id = '{cadreId}' for update", connection, transaction);
        Assert.NotNull(await command.ExecuteScalarAsync());
        return transaction;
    }

    /// <summary>
    /// Six extensions of one case sent at once while its cadre's career is held locked, so they queue behind the first
    /// (and group); released after a second, each caller's payload in the order sent.
    /// </summary>
    private async Task<JsonNode[]> SixExtensionsQueuedBehindTheCareerAsync(string caseId, Guid cadreId, int? expectedVersion)
    {
        var transaction = await LockCareerAsync(cadreId);
        await using (transaction.Connection)
        await using (transaction)
        {
            var racing = Enumerable.Range(1, 6).Select(i => ExtendAsync(caseId, $"2028-{i:00}-01", expectedVersion)).ToArray();
            await Task.Delay(1000);
            await transaction.RollbackAsync();
            return await Task.WhenAll(racing);
        }
    }

    /// <summary>
    /// Waits until <paramref name="count"/> transactions of this host wait for a career row's lock: a step's read blocked on a
    /// row the test (or another step) holds.
    /// </summary>
    private async Task WaitForCareerLockWaitersAsync(int count)
    {
        var sql = $"select count(*) from pg_stat_activity where wait_event_type = 'Lock' and query like '%{host.Schema}.mt_doc_cadrecareer%'";
        for (var tries = 0; await host.ScalarAsync(sql) != count; tries++)
        {
            Assert.True(tries < 600, $"{count} steps never waited for a career row.");
            await Task.Delay(50);
        }
    }

    private static int Version(JsonNode payload) => payload["case"]!["version"]!.GetValue<int>();

    private static string Code(JsonNode payload) => payload["errors"]!.AsArray().Single()!["code"]!.GetValue<string>();

    [Fact]
    public async Task Steps_saved_together_each_get_their_own_version_and_a_refused_or_stale_one_changes_nothing_for_the_others()
    {
        var units = await UnitsAsync("GC-1");
        var (blocker, blockerCadre) = await SecondmentAsync(units, "甲");
        var (first, firstCadre) = await SecondmentAsync(units, "乙");
        var (second, _) = await SecondmentAsync(units, "丙");
        var (refused, _) = await SecondmentAsync(units, "丁");
        var (stale, _) = await SecondmentAsync(units, "戊");

        JsonNode[] payloads;
        var transaction = await LockCareerAsync(blockerCadre);
        await using (transaction.Connection)
        await using (transaction)
        {
            // The writer takes this step and waits for the career; the next steps queue behind it and are saved as one group.
            var blocked = ExtendAsync(blocker, "2028-01-01", 2);
            await Task.Delay(500);
            var steps = new[]
            {
                ExtendAsync(first, "2028-02-01", 2),
                ExtendAsync(second, "2028-03-01", null),
                // Already recorded: the domain refuses it.
                graphQL.StepPayloadAsync("startSecondment", refused,
                    new { sendingUnitId = units.Sending, hostUnitId = units.Hosting, startOn = "2026-02-01", plannedEndOn = "2027-02-01" }, "case { version }"),
                // Read at version 1, the case is at 2.
                ExtendAsync(stale, "2028-04-01", 1),
            };
            await Task.Delay(1000);
            await transaction.RollbackAsync();
            payloads = await Task.WhenAll([blocked, .. steps]);
        }

        Assert.Equal(3, Version(payloads[0]));
        Assert.Equal(3, Version(payloads[1]));
        Assert.Equal(3, Version(payloads[2]));
        Assert.Equal("STEP_ALREADY_RECORDED", Code(payloads[3]));
        Assert.Null(payloads[3]["case"]);
        Assert.Equal("CONCURRENCY_CONFLICT", Code(payloads[4]));
        Assert.Null(payloads[4]["case"]);
        Assert.Equal(new long[] { 3, 3, 3, 2, 2 }, await Task.WhenAll(new[] { blocker, first, second, refused, stale }.Select(StreamLengthAsync)));
        // The inline read models saved with the group: the career of a grouped step carries its extension.
        await using (var session = host.Store.QuerySession())
        {
            var career = await session.LoadAsync<CadreCareer>(firstCadre);
            Assert.Equal(new DateOnly(2028, 2, 1), career!.Cases.Single().Secondment!.PlannedEnd);
        }
        Assert.True((await graphQL.QueryAsync("{ ledgerIntegrity { isIntact } }"))["ledgerIntegrity"]!["isIntact"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Concurrent_steps_on_one_case_with_one_expected_version_let_exactly_one_win()
    {
        var units = await UnitsAsync("GC-2");
        var (caseId, cadreId) = await SecondmentAsync(units, "己");

        var payloads = await SixExtensionsQueuedBehindTheCareerAsync(caseId, cadreId, 2);

        Assert.Equal(3, Version(Assert.Single(payloads, p => p["errors"]!.AsArray().Count == 0)));
        Assert.All(payloads.Where(p => p["errors"]!.AsArray().Count > 0), p => Assert.Equal("CONCURRENCY_CONFLICT", Code(p)));
        Assert.Equal(3, await StreamLengthAsync(caseId));
    }

    [Fact]
    public async Task Concurrent_steps_on_one_case_without_expected_version_are_each_decided_on_the_one_before()
    {
        var units = await UnitsAsync("GC-3");
        var (caseId, cadreId) = await SecondmentAsync(units, "庚");

        var payloads = await SixExtensionsQueuedBehindTheCareerAsync(caseId, cadreId, null);

        // Each is decided on the case as the previous one left it: an end not later than one recorded before it is refused
        // (NOT_AN_EXTENSION), never lost or conflicting; the ones recorded take consecutive versions.
        var recorded = payloads.Where(p => p["errors"]!.AsArray().Count == 0).ToArray();
        Assert.All(payloads.Except(recorded), p => Assert.Equal("NOT_AN_EXTENSION", Code(p)));
        Assert.Contains(payloads[5], recorded);
        Assert.Equal(Enumerable.Range(3, recorded.Length), recorded.Select(Version).Order());
        Assert.Equal(2 + recorded.Length, await StreamLengthAsync(caseId));
        Assert.True((await graphQL.QueryAsync("{ ledgerIntegrity { isIntact } }"))["ledgerIntegrity"]!["isIntact"]!.GetValue<bool>());
    }

    [Fact]
    public async Task A_group_whose_save_fails_records_each_step_on_its_own_so_only_the_step_that_lost_the_race_conflicts()
    {
        var units = await UnitsAsync("GC-4");
        var (ahead, aheadCadre) = await SecondmentAsync(units, "辛");
        var (loser, loserCadre) = await SecondmentAsync(units, "壬");
        var (winner, _) = await SecondmentAsync(units, "癸");

        var holdAhead = await LockCareerAsync(aheadCadre);
        var holdLoser = await LockCareerAsync(loserCadre);
        await using (holdAhead.Connection)
        await using (holdAhead)
        await using (holdLoser.Connection)
        await using (holdLoser)
        {
            // The writer takes this step alone and waits for its career, so the two steps below queue and make the next group.
            var first = ExtendAsync(ahead, "2028-01-01", 2);
            await WaitForCareerLockWaitersAsync(1);
            // A step with an idempotency key is recorded outside the writer: it reads the loser's case at version 2 and queues
            // first for its career.
            var racing = graphQL.StepPayloadAsync("extendSecondment", loser,
                new { newPlannedEndOn = "2028-06-01", effectiveOn = "2026-05-01", idempotencyKey = "GC-4-racing" }, "case { version }");
            await WaitForCareerLockWaitersAsync(2);
            var lost = ExtendAsync(loser, "2028-02-01", 2);
            var won = ExtendAsync(winner, "2028-03-01", 2);
            await Task.Delay(1500);

            // The group {lost, won} reads both cases at version 2 and queues for the loser's career behind the racing step.
            await holdAhead.RollbackAsync();
            Assert.Equal(3, Version(await first));
            await WaitForCareerLockWaitersAsync(2);
            // The racing step appends first; the group's save then fails on the loser's case as a whole.
            await holdLoser.RollbackAsync();

            Assert.Equal(3, Version(await racing));
            var lostPayload = await lost;
            Assert.Equal("CONCURRENCY_CONFLICT", Code(lostPayload));
            Assert.Null(lostPayload["case"]);
            Assert.Equal(3, Version(await won));
        }

        // The group's failure was what each step answered from, not two groups of one.
        Assert.Contains(host.Logged, m => m.StartsWith("A group of 2 case steps failed to save", StringComparison.Ordinal));
        Assert.Equal(new long[] { 3, 3, 3 }, await Task.WhenAll(new[] { ahead, loser, winner }.Select(StreamLengthAsync)));
        Assert.True((await graphQL.QueryAsync("{ ledgerIntegrity { isIntact } }"))["ledgerIntegrity"]!["isIntact"]!.GetValue<bool>());
    }
}

/// <summary>A host that keeps what the case-step writer logs, so a test can tell a group's failure from two single steps.</summary>
public sealed class GroupCommitHost : CaseLedgerHost
{
    private readonly ConcurrentQueue<string> logged = new();

    public IEnumerable<string> Logged => logged;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureLogging(logging => logging.AddProvider(new Capture(logged)));
    }

    private sealed class Capture(ConcurrentQueue<string> logged) : ILoggerProvider, ILogger
    {
        public ILogger CreateLogger(string categoryName) => categoryName == "CaseLedger.Api.Cases.CaseStepWriter" ? this : NullLogger.Instance;

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            logged.Enqueue(formatter(state, exception));

        public void Dispose()
        {
        }
    }
}
