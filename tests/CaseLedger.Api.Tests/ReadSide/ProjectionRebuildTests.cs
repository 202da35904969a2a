using System.Text.Json.Nodes;
using CaseLedger.Api.Cadres;
using CaseLedger.Api.Cadres.Career;
using CaseLedger.Api.Cases;
using CaseLedger.Cli.DemoData;
using CaseLedger.Api.Tests.Testing;
using CaseLedger.Api.Units;
using Marten;

namespace CaseLedger.Api.Tests.ReadSide;

/// <summary>Every read model can be thrown away and rebuilt from the events alone, to the byte.</summary>
public sealed class ProjectionRebuildTests(CaseLedgerHost host) : IClassFixture<CaseLedgerHost>
{
    private async Task<string> ReadModelsAsync()
    {
        await using var session = host.Store.QuerySession();
        var serializer = host.Store.Options.Serializer();
        async Task<JsonArray> All<T>(Func<T, Guid> id)
            where T : notnull =>
            [.. (await session.Query<T>().ToListAsync()).OrderBy(id).Select(d => JsonNode.Parse(serializer.ToJson(d)))];
        return new JsonObject
        {
            ["units"] = await All<UnitDetails>(x => x.Id),
            ["cadres"] = await All<CadreProfile>(x => x.Id),
            ["careers"] = await All<CadreCareer>(x => x.Id),
            ["cases"] = await All<CaseSummary>(x => x.Id),
            ["caseHeads"] = await All<CaseHead>(x => x.Id),
            ["custody"] = await All<CadreCustody>(x => x.Id),
        }.ToJsonString();
    }

    [Fact]
    public async Task Rebuilding_every_projection_from_the_events_reproduces_the_inline_read_models_exactly()
    {
        await new NingxiaDemoSlice(new LedgerWriter(host.Services, "demo-data")).LoadAsync(CancellationToken.None);
        var inline = await ReadModelsAsync();
        var events = await host.ScalarAsync("select count(*) from {schema}.mt_events where type <> 'tombstone'");
        // Wipe the read models first, so the rebuild cannot lean on what inline projection wrote.
        foreach (var table in new[] { "mt_doc_unitdetails", "mt_doc_cadreprofile", "mt_doc_cadrecareer", "mt_doc_casesummary", "mt_doc_casehead", "mt_doc_cadrecustody" })
            await host.ScalarAsync($"with gone as (delete from {{schema}}.{table} returning 1) select count(*) from gone");

        var data = await host.GraphQL.QueryAsync("mutation { rebuildProjections { projection events seconds } }");

        Assert.Equal(10, data["rebuildProjections"]!.AsArray().Count); // reading the log once, eight read models, then the remit index
        Assert.Equal("Events", data["rebuildProjections"]![0]!["projection"]!.GetValue<string>());
        Assert.Equal("RemitIndex", data["rebuildProjections"]![9]!["projection"]!.GetValue<string>());
        Assert.All(data["rebuildProjections"]!.AsArray(), r => Assert.Equal(events, r!["events"]!.GetValue<long>()));
        Assert.Equal(inline, await ReadModelsAsync());
    }
}

/// <summary>A host whose time-travel checkpoints come every 3 events, so the demo's cases have some to rebuild.</summary>
public sealed class FrequentCheckpointHost() : CheckpointEveryHost(Every)
{
    public const int Every = 3;
}

/// <summary>
/// The one-pass rebuild (every projection folds each page of the log once, the rows replaced in one transaction) gives back
/// every read model exactly as the inline write path left it, document and stored version alike, after a varied ledger:
/// step corrections, withdrawals, secondments (the demo slice) and a unit moved under another parent; and the checkpoints
/// every N-th version equal the summary folded from the events up to that version.
/// </summary>
public sealed class OnePassRebuildTests(FrequentCheckpointHost host) : IClassFixture<FrequentCheckpointHost>
{
    private static readonly string[] Tables =
        ["mt_doc_unitdetails", "mt_doc_cadreprofile", "mt_doc_cadrecareer", "mt_doc_casesummary", "mt_doc_casehead", "mt_doc_cadrecustody", "mt_doc_findingdetails", "mt_doc_casecheckpoint"];

    /// <summary>Every read model's rows as stored: id, document and, for the single-stream ones, the version Marten keeps with it.</summary>
    private async Task<Dictionary<string, string>> RowsAsync()
    {
        await using var session = host.Store.QuerySession();
        var rows = new Dictionary<string, string>();
        foreach (var table in Tables[..^1])
        {
            // A career is folded from many streams: Marten keeps no stream version for it, so only its document counts.
            var version = table == "mt_doc_cadrecareer" ? "''" : "mt_version::text";
            rows[table] = (await session.AdvancedSql.QueryAsync<string>(
                $"select coalesce(string_agg(id::text || ' ' || {version} || ' ' || data::text, E'\\n' order by id), '') from {host.Schema}.{table}", CancellationToken.None))[0];
        }
        return rows;
    }

    [Fact]
    public async Task A_one_pass_rebuild_reproduces_every_read_model_and_checkpoint_after_corrections_withdrawals_secondments_and_unit_moves()
    {
        await new NingxiaDemoSlice(new LedgerWriter(host.Services, "demo-data")).LoadAsync(CancellationToken.None);
        Guid township, newParent;
        await using (var session = host.Store.QuerySession())
        {
            township = (await session.Query<UnitDetails>().SingleAsync(u => u.Code == "640422-101")).Id;
            newParent = (await session.Query<UnitDetails>().SingleAsync(u => u.Code == "640402")).Id;
        }
        await host.GraphQL.MutateAsync("moveUnit", new { unitId = CaseLedger.Api.GraphQL.GlobalId.Encode("Unit", township), parentId = CaseLedger.Api.GraphQL.GlobalId.Encode("Unit", newParent), effectiveOn = "2026-03-01" }, "unit { id }");
        Assert.True(await host.ScalarAsync("select count(*) from {schema}.mt_events where type = 'case_step_corrected.v1'") > 0);
        Assert.True(await host.ScalarAsync("select count(*) from {schema}.mt_events where type = 'case_withdrawn.v1'") > 0);
        Assert.True(await host.ScalarAsync("select count(*) from {schema}.mt_events where type = 'secondment_started.v1'") > 0);
        Assert.True(await host.ScalarAsync("select count(*) from {schema}.mt_events where type = 'unit_moved.v1'") > 0);
        // The daemon's checkpoints, caught up before the rebuild so none of its writes lands in the middle of the rebuild's.
        await host.BuildCheckpointsWithTheDaemonAsync();
        var inline = await RowsAsync();
        var expected = await ExpectedCheckpointsAsync();
        Assert.NotEmpty(expected);
        // The daemon's, folded event by event from each case's previous checkpoint.
        Assert.Equal(expected, await CheckpointsAsync());
        foreach (var table in Tables)
            await host.ScalarAsync($"with gone as (delete from {{schema}}.{table} returning 1) select count(*) from gone");

        var data = await host.GraphQL.QueryAsync("mutation { rebuildProjections { projection events seconds } }");

        Assert.Equal("RemitIndex", data["rebuildProjections"]!.AsArray()[^1]!["projection"]!.GetValue<string>());
        var rebuilt = await RowsAsync();
        foreach (var table in Tables[..^1])
            Assert.Equal(inline[table], rebuilt[table]);
        Assert.NotEqual("", rebuilt["mt_doc_casesummary"]);

        // And the rebuild's, taken by the summaries' fold as it passes them.
        Assert.Equal(expected, await CheckpointsAsync());
    }

    /// <summary>For every case, the summary folded from its events up to each N-th version, and that event's time.</summary>
    private async Task<List<string>> ExpectedCheckpointsAsync()
    {
        await using var query = host.Store.QuerySession();
        var serializer = host.Store.Options.Serializer();
        var expected = new List<string>();
        foreach (var summary in await query.Query<CaseSummary>().ToListAsync())
        {
            var events = await query.Events.FetchStreamAsync(summary.Id);
            for (var version = FrequentCheckpointHost.Every; version <= events.Count; version += FrequentCheckpointHost.Every)
                expected.Add(serializer.ToJson(CaseCheckpoint.Of(summary.Id, events[version - 1], (await query.Events.AggregateStreamAsync<CaseSummary>(summary.Id, version))!)));
        }
        return [.. expected.Order(StringComparer.Ordinal)];
    }

    /// <summary>The stored checkpoints, with the columns kept beside the JSON checked against it.</summary>
    private async Task<List<string>> CheckpointsAsync()
    {
        Assert.Equal(0, await host.ScalarAsync(
            "select count(*) from {schema}.mt_doc_casecheckpoint where case_id <> (data ->> 'CaseId')::uuid or version <> (data ->> 'Version')::bigint or recorded_at <> (data ->> 'RecordedAt')::timestamptz"));
        await using var query = host.Store.QuerySession();
        var serializer = host.Store.Options.Serializer();
        return [.. (await query.Query<CaseCheckpoint>().ToListAsync()).Select(c => serializer.ToJson(c)).Order(StringComparer.Ordinal)];
    }
}
