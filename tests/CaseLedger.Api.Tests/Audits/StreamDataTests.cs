using CaseLedger.Api.Ledger;
using CaseLedger.Api.Tests.Testing;
using static CaseLedger.Api.Tests.Testing.GraphQLClient;

namespace CaseLedger.Api.Tests.Audits;

/// <summary>The case files' lean read of many streams gives, stream by stream, the versions and data Marten's own read gives.</summary>
public sealed class StreamDataTests(CaseLedgerHost host) : IClassFixture<CaseLedgerHost>
{
    [Fact]
    public async Task Several_streams_read_at_once_hold_each_streams_events_in_order_as_Marten_reads_them()
    {
        var graphQL = host.GraphQL;
        var county = await graphQL.RegisterUnitAsync("SD-1", "原州区", "COUNTY");
        var cadre = await graphQL.RegisterCadreAsync("周敏", "1979-05-06");
        var opened = await graphQL.MutateAsync("openCase",
            new { channel = "OUTBOUND_SECONDMENT", cadreId = Id(cadre), effectiveOn = "2025-03-03" }, "case { id }");
        await graphQL.StepAsync("raiseMotion", Id(opened), new { proposedBy = "组织部", summary = "拟挂职", effectiveOn = "2025-03-04" });
        var streams = new[] { StreamId(cadre), StreamId(opened), StreamId(county), Guid.NewGuid() };

        await using var session = host.Store.QuerySession();
        var read = await StreamData.ReadAsync(session, streams, CancellationToken.None);

        var serializer = host.Store.Options.Serializer();
        foreach (var stream in streams)
        {
            var expected = (await session.Events.FetchStreamAsync(stream)).Select(e => (e.Version, e.EventTypeName, serializer.ToJson(e.Data)));
            var actual = read.Where(e => e.StreamId == stream).Select(e => (e.Version, StoredEventNames.Of(e.Data.GetType()), serializer.ToJson(e.Data)));
            Assert.Equal(expected, actual);
        }
        Assert.Equal(3, read.Select(e => e.StreamId).Distinct().Count());
        Assert.Equal([1L, 2L], read.Where(e => e.StreamId == StreamId(opened)).Select(e => e.Version));
    }
}
