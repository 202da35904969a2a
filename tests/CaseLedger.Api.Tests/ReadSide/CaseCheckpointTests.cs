using CaseLedger.Api.Cases;
using CaseLedger.Api.Tests.Testing;
using Marten;
using Microsoft.AspNetCore.Hosting;
using static CaseLedger.Api.Tests.Testing.GraphQLClient;

namespace CaseLedger.Api.Tests.ReadSide;

/// <summary>A host whose time-travel checkpoints come every <paramref name="every"/> events instead of the default.</summary>
public abstract class CheckpointEveryHost(int every) : CaseLedgerHost
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("CaseLedger:TimeTravel:CheckpointEvery", every.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>
    /// Runs the checkpoints' daemon agent (and only it: a test host evaluates no audits, so no daemon runs) until it has
    /// passed every event recorded so far.
    /// </summary>
    public async Task BuildCheckpointsWithTheDaemonAsync()
    {
        var shard = $"{CaseCheckpointProjection.ProjectionName}:All";
        using var daemon = await Store.BuildProjectionDaemonAsync();
        await daemon.StartAgentAsync(shard, CancellationToken.None);
        for (var wait = 0; await ScalarAsync(
                 $"select coalesce((select last_seq_id from {{schema}}.mt_event_progression where name = '{shard}'), 0) < (select max(seq_id) from {{schema}}.mt_events)::bigint") == 1; wait++)
        {
            Assert.True(wait < 600, "The checkpoints' daemon did not catch up within 60 s.");
            await Task.Delay(100);
        }
        await daemon.StopAllAsync();
    }
}

/// <summary>A host whose time-travel checkpoints come every 10 events, so a few hundred events make many of them.</summary>
public sealed class CheckpointHost() : CheckpointEveryHost(Every)
{
    public const int Every = 10;
}

/// <summary>
/// asRecordedAt / asOfVersion start from the nearest checkpoint (every N events) and fold at most N events: the answer
/// is the full fold's at every version and every moment, whether the checkpoints exist yet or were rebuilt from the events.
/// </summary>
public sealed class CaseCheckpointTests(CheckpointHost host) : IClassFixture<CheckpointHost>
{
    private readonly GraphQLClient graphQL = host.GraphQL;

    /// <summary>A secondment extended again and again, every third extension corrected: about 200 events on one case.</summary>
    private async Task<(Guid Id, string GlobalId)> LongCaseAsync()
    {
        var county = await graphQL.RegisterUnitAsync("CP-1");
        var village = await graphQL.RegisterUnitAsync("CP-1-V", "明荣村", "VILLAGE", Id(county), "VILLAGE_ORGANIZATION");
        var cadre = await graphQL.RegisterCadreAsync();
        var opened = await graphQL.MutateAsync("openCase",
            new { channel = "OUTBOUND_SECONDMENT", cadreId = Id(cadre), effectiveOn = "2026-01-05" }, "case { id }");
        var caseId = Id(opened);
        await graphQL.StepAsync("startSecondment", caseId, new
        {
            sendingUnitId = Id(county), hostUnitId = Id(village), hostPost = LedgerScenarios.Post(Id(village), "第一书记", "TOWNSHIP", "CHIEF"),
            startOn = "2026-02-01", plannedEndOn = "2028-02-01",
        });
        var plannedEnd = new DateOnly(2028, 2, 1);
        for (var i = 1; i <= 130; i++)
        {
            host.Clock.Advance(TimeSpan.FromMinutes(1));
            plannedEnd = plannedEnd.AddDays(1);
            var extended = await graphQL.StepAsync("extendSecondment", caseId, new { newPlannedEndOn = plannedEnd.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), effectiveOn = "2026-10-01" });
            if (i % 3 != 0)
                continue;
            host.Clock.Advance(TimeSpan.FromMinutes(1));
            plannedEnd = plannedEnd.AddDays(1);
            var version = extended["steps"]!.AsArray().Single(s => s!["step"]!.GetValue<string>() == "SECONDMENT_EXTENSION")!["version"]!.GetValue<int>();
            await graphQL.StepAsync("extendSecondment", caseId, new
            {
                newPlannedEndOn = plannedEnd.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), effectiveOn = "2026-10-01",
                correction = new { correctedVersion = version, reason = "结束日期录入错误" },
            });
        }
        return (StreamId(opened), caseId);
    }

    /// <summary>Every version and moment of the case, checkpointed and fully folded; returns how many checkpoints there were.</summary>
    private async Task<int> AssertEqualToTheFullFoldAsync(Guid caseId)
    {
        await using var session = host.Store.QuerySession();
        var serializer = host.Store.Options.Serializer();
        var events = await session.Events.FetchStreamAsync(caseId);
        var checkpoints = (await session.Query<CaseCheckpoint>().Where(c => c.CaseId == caseId).ToListAsync()).OrderBy(c => c.Version).ToList();
        foreach (var e in events)
        {
            var full = await session.Events.AggregateStreamAsync<CaseSummary>(caseId, e.Version);
            var checkpointed = await CaseAsRecorded.AtVersionAsync(session, caseId, e.Version, CancellationToken.None);
            Assert.Equal(serializer.ToJson(full!), serializer.ToJson(checkpointed!.Value.Case));
            Assert.Equal(e.Timestamp, checkpointed.Value.RecordedAt);

            // At the moment it was recorded, and just before (the previous event's state, or nothing yet).
            foreach (var at in new[] { e.Timestamp, e.Timestamp.AddSeconds(-30) })
            {
                var fullThen = await session.Events.AggregateStreamAsync<CaseSummary>(caseId, timestamp: at);
                var then = await CaseAsRecorded.AtAsync(session, caseId, at, CancellationToken.None);
                Assert.Equal(fullThen is null ? null : serializer.ToJson(fullThen), then is null ? null : serializer.ToJson(then));
            }

            // At most N events are folded: a checkpoint lies within N of every version at or past the first one.
            if (checkpoints.Count > 0 && e.Version >= CheckpointHost.Every)
                Assert.True(e.Version - checkpoints.Last(c => c.Version <= e.Version).Version < CheckpointHost.Every, $"version {e.Version}");
        }
        return checkpoints.Count;
    }

    [Fact]
    public async Task Checkpointed_views_equal_the_full_fold_at_every_version_and_moment_before_and_after_the_checkpoints_are_rebuilt()
    {
        var (caseId, globalId) = await LongCaseAsync();
        await using (var session = host.Store.QuerySession())
            Assert.True((await session.Events.FetchStreamStateAsync(caseId))!.Version >= 200);

        // The test host runs no daemon: no checkpoint yet, every view is the full fold.
        Assert.Equal(0, await AssertEqualToTheFullFoldAsync(caseId));
        int expected;
        await using (var session = host.Store.QuerySession())
            expected = (int)(await session.Events.FetchStreamStateAsync(caseId))!.Version / CheckpointHost.Every;

        // Built by the daemon, each from the previous checkpoint and the events since.
        await host.BuildCheckpointsWithTheDaemonAsync();
        Assert.Equal(expected, await AssertEqualToTheFullFoldAsync(caseId));

        // Thrown away and built again by the rebuild, from the summaries' fold.
        Assert.Equal(expected, await host.ScalarAsync("with gone as (delete from {schema}.mt_doc_casecheckpoint returning 1) select count(*) from gone"));
        Assert.Equal(0, await AssertEqualToTheFullFoldAsync(caseId));
        var rebuilt = await graphQL.QueryAsync("mutation { rebuildProjections { projection } }");
        Assert.Contains(rebuilt["rebuildProjections"]!.AsArray(), p => p!["projection"]!.GetValue<string>() == nameof(CaseCheckpointProjection));
        Assert.Equal(expected, await AssertEqualToTheFullFoldAsync(caseId));

        // Through the API, a view from a checkpoint plus the events after it.
        var version = 10 * CheckpointHost.Every + 3;
        var found = (await graphQL.QueryAsync("query($id: ID!, $v: Int!) { case(id: $id) { asOfVersion(version: $v) { version secondment { plannedEnds } corrections { version } } } }",
            new { id = globalId, v = version }))["case"]!["asOfVersion"]!;
        await using (var session = host.Store.QuerySession())
        {
            var full = (await session.Events.AggregateStreamAsync<CaseSummary>(caseId, version))!;
            Assert.Equal(version, found["version"]!.GetValue<int>());
            Assert.Equal(full.Secondment!.PlannedEnds.Select(d => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)), found["secondment"]!["plannedEnds"]!.AsArray().Select(d => d!.GetValue<string>()));
            Assert.Equal(full.Corrections.Select(c => (int)c.Version), found["corrections"]!.AsArray().Select(c => c!["version"]!.GetValue<int>()));
        }
    }
}
