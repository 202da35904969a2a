using CaseLedger.Api.Ledger;
using CaseLedger.Api.Remit;
using CaseLedger.Api.Security;
using CaseLedger.Api.Tests.Testing;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using static CaseLedger.Api.Tests.Testing.GraphQLClient;

namespace CaseLedger.Api.Tests.Security;

/// <summary>A process that only rebuilds (as <c>caseledger rebuild</c> runs): on the ledger's schema, its connections deferring the remit index.</summary>
public sealed class RebuildingNode : CaseLedgerHost
{
    public RebuildingNode(string schema) => Schema = schema;

    protected override bool DropsSchema => false;

    protected override string ConnectionString => RemitIndex.Deferring(TestDatabase.ConnectionString);
}

/// <summary>
/// A rebuild leaves the remit index to its last step (one recomputation) instead of maintaining it row by row: the
/// remit after the rebuild is the remit before it, for a county registrar and a city inspector alike; a deferring
/// connection's writes leave the tables alone while every other connection's writes still maintain them.
/// </summary>
public sealed class RemitRebuildTests(SiblingSubtrees ledger) : IClassFixture<SiblingSubtrees>
{
    private GraphQLClient Admin => ledger.GraphQL;

    /// <summary>What each scoped user sees: every cadre and case id of their remit, and the index's rows.</summary>
    private async Task<List<string>> RemitAsync()
    {
        var seen = new List<string>();
        var users = new (string Name, GraphQLClient Client)[]
        {
            ("registrar-county-a", ledger.ClientFor(Role.Registrar, SiblingSubtrees.Uuid(ledger.A.CountyId), "registrar-county-a")),
            ("registrar-city-a", ledger.ClientFor(Role.Registrar, ledger.A.City, "registrar-city-a")),
            ("inspector-city-b", ledger.ClientFor(Role.Inspector, ledger.B.City, "inspector-city-b")),
        };
        foreach (var (name, client) in users)
        {
            var data = await client.QueryAsync("{ cadres(first: 100) { totalCount edges { node { id } } } cases(first: 100) { totalCount edges { node { id } } } }");
            seen.Add($"{name} cadres {data["cadres"]!["totalCount"]}: {string.Join(",", data["cadres"]!["edges"]!.AsArray().Select(n => n!["node"]!["id"]!.GetValue<string>()).Order())}");
            seen.Add($"{name} cases {data["cases"]!["totalCount"]}: {string.Join(",", data["cases"]!["edges"]!.AsArray().Select(n => n!["node"]!["id"]!.GetValue<string>()).Order())}");
        }
        seen.AddRange(await ledger.RemitIndexRowsAsync());
        return seen;
    }

    [Fact]
    public async Task The_remit_after_a_rebuild_that_defers_the_index_is_the_remit_before_it()
    {
        // Every way into a remit: posts and cases (the fixture), a secondment hosted in A from B, a registrar's unplaced cadre.
        var seconded = Id(await Admin.RegisterCadreAsync("马强"));
        await Admin.MutateAsync("recordBaselinePost",
            new { cadreId = seconded, post = LedgerScenarios.Post(ledger.B.CountyId, "县委办公室副主任", "TOWNSHIP"), from = "2019-01-01" }, "cadre { id }");
        var secondment = Id(await Admin.MutateAsync("openCase", new { channel = "OUTBOUND_SECONDMENT", cadreId = seconded, effectiveOn = "2026-05-06" }, "case { id }"));
        await Admin.StepAsync("startSecondment", secondment, new
        {
            sendingUnitId = ledger.B.CountyId, hostUnitId = ledger.A.CountyId,
            hostPost = LedgerScenarios.Post(ledger.A.CountyId, "挂职副县长", "COUNTY", "DEPUTY"), startOn = "2026-05-15", plannedEndOn = "2027-05-15",
        });
        await ledger.ClientFor(Role.Registrar, SiblingSubtrees.Uuid(ledger.A.CountyId), "registrar-county-a").RegisterCadreAsync("待岗");
        var before = await RemitAsync();

        IReadOnlyList<ProjectionRebuilt> rebuilt;
        var node = new RebuildingNode(ledger.Schema);
        await ((IAsyncLifetime)node).InitializeAsync();
        try
        {
            rebuilt = await ProjectionRebuild.RebuildAllAsync(node.Store, node.Services.GetServices<IFeature>(), null, CancellationToken.None);
        }
        finally
        {
            await ((IAsyncLifetime)node).DisposeAsync();
        }
        var after = await RemitAsync();

        Assert.Equal(ProjectionRebuild.RemitIndexStep, rebuilt[^1].Projection);
        Assert.Contains(before, r => r.StartsWith("registrar-county-a cases 2:", StringComparison.Ordinal)); // its own case and the hosted secondment
        Assert.Contains(before, r => r.StartsWith("m ", StringComparison.Ordinal) && r.Contains(" custody ", StringComparison.Ordinal));
        Assert.Contains(before, r => r.StartsWith("m ", StringComparison.Ordinal) && r.Contains(" sending ", StringComparison.Ordinal));
        Assert.Equal(before, after);
    }

    [Fact]
    public async Task A_deferring_connection_leaves_the_index_alone_and_any_other_connection_keeps_it()
    {
        var unit = SiblingSubtrees.Uuid(Id(await Admin.RegisterUnitAsync("640121199", "待迁镇", "TOWNSHIP", ledger.B.CountyId)));
        string Move(string parent) =>
            $"update {ledger.Schema}.mt_doc_unitdetails set data = jsonb_set(data, '{{ParentId}}', '\"{SiblingSubtrees.Uuid(parent)}\"') where id = '{unit}' returning 1";
        var underA = $"select count(*) from {ledger.Schema}.remit_unit_ancestor where unit_id = '{unit}' and ancestor_id = '{ledger.A.City}'";

        async Task<long> RunAsync(string connectionString, string sql)
        {
            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand(sql, connection);
            return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
        }
        await RunAsync(RemitIndex.Deferring(TestDatabase.ConnectionString), Move(ledger.A.CountyId));
        var afterDeferredMove = await RunAsync(TestDatabase.ConnectionString, underA);
        // A move of its own (an update that leaves the parent as it was fires no trigger: it changes nothing in the index).
        await RunAsync(TestDatabase.ConnectionString, Move(ledger.A.CityId));
        var afterMaintainedMove = await RunAsync(TestDatabase.ConnectionString, underA);

        Assert.Equal(0, afterDeferredMove);
        Assert.Equal(1, afterMaintainedMove);
    }
}
