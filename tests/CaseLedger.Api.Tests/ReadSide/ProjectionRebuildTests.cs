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

        Assert.Equal(9, data["rebuildProjections"]!.AsArray().Count); // eight read models, then the remit index
        Assert.Equal("RemitIndex", data["rebuildProjections"]![8]!["projection"]!.GetValue<string>());
        Assert.All(data["rebuildProjections"]!.AsArray(), r => Assert.Equal(events, r!["events"]!.GetValue<long>()));
        Assert.Equal(inline, await ReadModelsAsync());
    }
}
