using CaseLedger.Api.Ledger;
using CaseLedger.Api.Tests.Testing;
using static CaseLedger.Api.Tests.Testing.GraphQLClient;

namespace CaseLedger.Api.Tests.Audits;

/// <summary>
/// The case files' lean read of many streams gives, stream by stream, the versions and data Marten's own read gives; read again
/// through the prefixes kept from a read before, it gives what a whole read gives.
/// </summary>
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

    [Fact]
    public async Task Streams_read_again_after_appends_through_their_kept_prefixes_read_as_whole_streams_do()
    {
        var graphQL = host.GraphQL;
        var cadre = await graphQL.RegisterCadreAsync("钱进", "1980-02-03");
        var opened = await graphQL.MutateAsync("openCase",
            new { channel = "OUTBOUND_SECONDMENT", cadreId = Id(cadre), effectiveOn = "2025-03-03" }, "case { id }");
        var unread = await graphQL.RegisterCadreAsync("孙立", "1981-04-05");
        var prefixes = new StreamPrefixes();
        await using var session = host.Store.QuerySession();
        await prefixes.ReadAsync(session, [StreamId(cadre), StreamId(opened)], CancellationToken.None);

        await graphQL.StepAsync("raiseMotion", Id(opened), new { proposedBy = "组织部", summary = "拟挂职", effectiveOn = "2025-03-04" });
        await graphQL.StepAsync("withdrawCase", Id(opened), new { reason = "人选调整", effectiveOn = "2025-03-05" });
        var streams = new[] { StreamId(opened), StreamId(cadre), StreamId(unread), Guid.NewGuid() };
        var again = await prefixes.ReadAsync(session, streams, CancellationToken.None);

        var whole = await StreamData.ReadAsync(session, streams, CancellationToken.None);
        var serializer = host.Store.Options.Serializer();
        foreach (var stream in streams)
            Assert.Equal(whole.Where(e => e.StreamId == stream).Select(e => (e.Version, serializer.ToJson(e.Data))),
                again.Where(e => e.StreamId == stream).Select(e => (e.Version, serializer.ToJson(e.Data))));
        Assert.Equal([1L, 2L, 3L], again.Where(e => e.StreamId == StreamId(opened)).Select(e => e.Version));
        Assert.Equal(whole.Count, prefixes.Held);
    }

    [Fact]
    public async Task A_trim_keeps_only_the_streams_read_since_the_last_one()
    {
        var graphQL = host.GraphQL;
        var first = await graphQL.RegisterCadreAsync("李一", "1980-02-03");
        var second = await graphQL.RegisterCadreAsync("李二", "1980-02-04");
        var prefixes = new StreamPrefixes();
        await using var session = host.Store.QuerySession();
        await prefixes.ReadAsync(session, [StreamId(first), StreamId(second)], CancellationToken.None);
        prefixes.Trim();
        var kept = prefixes.Held;

        await prefixes.ReadAsync(session, [StreamId(second)], CancellationToken.None);
        prefixes.Trim();

        Assert.Equal(kept - (await StreamData.ReadAsync(session, [StreamId(first)], CancellationToken.None)).Count, prefixes.Held);
    }
}
