using CaseLedger.Api.Security;
using CaseLedger.Api.Tests.Testing;
using Npgsql;
using static CaseLedger.Api.Tests.Testing.GraphQLClient;

namespace CaseLedger.Api.Tests.Security;

/// <summary>
/// The remit is kept in indexed tables as the ledger changes (not computed per request): a unit registered
/// below a remit, a cadre posted or seconded into it, a unit moved under it all show at once to its users and
/// to no one else's; and the tables always equal their recomputation from the documents.
/// </summary>
public sealed class RemitIndexTests(SiblingSubtrees ledger) : IClassFixture<SiblingSubtrees>
{
    private GraphQLClient Admin => ledger.GraphQL;

    private GraphQLClient RegistrarA => ledger.ClientFor(Role.Registrar, ledger.A.City, "registrar-a");

    private GraphQLClient InspectorB => ledger.ClientFor(Role.Inspector, ledger.B.City, "inspector-b");

    private static async Task<bool> SeesAsync(GraphQLClient client, string field, string id) =>
        (await client.QueryAsync($"{{ x: {field}(id: \"{id}\") {{ id }} }}"))["x"] is not null;

    private static async Task<int> CountAsync(GraphQLClient client, string connection) =>
        (await client.QueryAsync($"{{ x: {connection}(first: 100) {{ totalCount }} }}"))["x"]!["totalCount"]!.GetValue<int>();

    [Fact]
    public async Task A_unit_registered_below_a_remit_and_a_cadre_posted_there_are_in_it_at_once()
    {
        var casesBefore = await CountAsync(RegistrarA, "cases");
        var township = Id(await Admin.RegisterUnitAsync("640121101", "望远镇", "TOWNSHIP", ledger.A.CountyId));
        var village = Id(await Admin.RegisterUnitAsync("640121101201", "望远村", "VILLAGE", township));
        var cadre = Id(await Admin.RegisterCadreAsync("李明"));
        var unplaced = await SeesAsync(RegistrarA, "cadre", cadre);

        await Admin.MutateAsync("recordBaselinePost",
            new { cadreId = cadre, post = LedgerScenarios.Post(village, "村党支部书记", "TOWNSHIP", "CHIEF"), from = "2021-01-01" }, "cadre { id }");
        var opened = Id(await Admin.OpenCaseAsync(cadre, LedgerScenarios.Post(township, "副镇长", "TOWNSHIP")));

        Assert.False(unplaced); // registered by a whole-ledger admin: no registrar's custody
        Assert.True(await SeesAsync(RegistrarA, "unit", village));
        Assert.True(await SeesAsync(RegistrarA, "cadre", cadre));
        Assert.True(await SeesAsync(RegistrarA, "case", opened));
        Assert.Equal(casesBefore + 1, await CountAsync(RegistrarA, "cases"));
        Assert.False(await SeesAsync(InspectorB, "unit", village));
        Assert.False(await SeesAsync(InspectorB, "cadre", cadre));
        Assert.False(await SeesAsync(InspectorB, "case", opened));
    }

    [Fact]
    public async Task A_secondment_hosted_in_a_remit_brings_its_case_and_cadre_in_and_nothing_else_of_theirs()
    {
        // A cadre of city B, seconded to city A's county: A sees the secondment and the cadre, not B's other case.
        var cadre = Id(await Admin.RegisterCadreAsync("马强"));
        await Admin.MutateAsync("recordBaselinePost",
            new { cadreId = cadre, post = LedgerScenarios.Post(ledger.B.CountyId, "县委办公室副主任", "TOWNSHIP"), from = "2019-01-01" }, "cadre { id }");
        var elsewhere = Id(await Admin.OpenCaseAsync(cadre, LedgerScenarios.Post(ledger.B.CountyId, "副县长")));
        var secondment = Id(await Admin.MutateAsync("openCase",
            new { channel = "OUTBOUND_SECONDMENT", cadreId = cadre, effectiveOn = "2026-05-06" }, "case { id }"));
        var beforeStart = (await SeesAsync(RegistrarA, "cadre", cadre), await SeesAsync(RegistrarA, "case", secondment));

        await Admin.StepAsync("startSecondment", secondment, new
        {
            sendingUnitId = ledger.B.CountyId, hostUnitId = ledger.A.CountyId,
            hostPost = LedgerScenarios.Post(ledger.A.CountyId, "挂职副县长", "COUNTY", "DEPUTY"), startOn = "2026-05-15", plannedEndOn = "2027-05-15",
        });

        Assert.Equal((false, false), beforeStart);
        Assert.True(await SeesAsync(RegistrarA, "case", secondment));
        Assert.True(await SeesAsync(RegistrarA, "cadre", cadre));
        Assert.False(await SeesAsync(RegistrarA, "case", elsewhere));
        Assert.True(await SeesAsync(InspectorB, "case", elsewhere));
        Assert.False(await SeesAsync(InspectorB, "case", secondment)); // the sending unit places nothing in a remit
    }

    [Fact]
    public async Task A_step_that_moves_no_unit_rewrites_none_of_the_case_or_cadre_remit_rows_and_one_that_does_rewrites_them()
    {
        var cadre = Id(await Admin.RegisterCadreAsync("王伟"));
        await Admin.MutateAsync("recordBaselinePost",
            new { cadreId = cadre, post = LedgerScenarios.Post(ledger.B.CountyId, "县发改局副局长", "TOWNSHIP"), from = "2020-01-01" }, "cadre { id }");
        var secondment = Id(await Admin.MutateAsync("openCase",
            new { channel = "OUTBOUND_SECONDMENT", cadreId = cadre, effectiveOn = "2026-05-06" }, "case { id }"));
        // Each row with its physical version: a trigger that deletes and re-inserts a row gives it a new one.
        var rows = "select string_agg(m.via || ':' || m.unit_id || '@' || m.xmin || m.ctid, ',' order by m.via, m.unit_id) from {schema}.remit_member m "
            + $"where m.source_id in ('{SiblingSubtrees.Uuid(secondment)}', '{SiblingSubtrees.Uuid(cadre)}')";
        var opened = await ledger.TextAsync(rows);

        await Admin.StepAsync("startSecondment", secondment, new
        {
            sendingUnitId = ledger.B.CountyId, hostUnitId = ledger.A.CountyId,
            hostPost = LedgerScenarios.Post(ledger.A.CountyId, "挂职副县长", "COUNTY", "DEPUTY"), startOn = "2026-05-15", plannedEndOn = "2027-05-15",
        });
        var started = await ledger.TextAsync(rows);
        await Admin.StepAsync("extendSecondment", secondment, new { newPlannedEndOn = "2027-11-15", effectiveOn = "2027-04-01" });
        var extended = await ledger.TextAsync(rows);

        Assert.NotEqual(opened, started); // the host unit places the case and the cadre
        Assert.Contains($"career:{SiblingSubtrees.Uuid(ledger.A.CountyId)}", started);
        Assert.Contains($"case:{SiblingSubtrees.Uuid(ledger.A.CountyId)}", started);
        Assert.Equal(started, extended); // a later end date moves no unit: the rows are the very same
        Assert.True(await SeesAsync(RegistrarA, "case", secondment));
        Assert.True(await SeesAsync(RegistrarA, "cadre", cadre));
    }

    [Fact]
    public async Task A_unit_moved_under_a_remit_takes_its_whole_subtree_and_their_cadres_with_it()
    {
        // No event moves a unit yet; a projection that changes a unit's parent does what this update does.
        var orphan = Id(await Admin.RegisterUnitAsync("640999", "某开发区", "CITY", ledger.RegionId));
        var below = Id(await Admin.RegisterUnitAsync("640999001", "某开发区管委会", "COUNTY", orphan));
        var cadre = Id(await Admin.RegisterCadreAsync("丁丽"));
        await Admin.MutateAsync("recordBaselinePost",
            new { cadreId = cadre, post = LedgerScenarios.Post(below, "办公室主任", "TOWNSHIP", "CHIEF"), from = "2022-01-01" }, "cadre { id }");
        var before = (await SeesAsync(RegistrarA, "unit", below), await SeesAsync(RegistrarA, "cadre", cadre));

        await ledger.ScalarAsync(
            $"update {{schema}}.mt_doc_unitdetails set data = jsonb_set(data, '{{ParentId}}', '\"{SiblingSubtrees.Uuid(ledger.A.CountyId)}\"') where id = '{SiblingSubtrees.Uuid(orphan)}' returning 1");

        Assert.Equal((false, false), before);
        Assert.True(await SeesAsync(RegistrarA, "unit", orphan));
        Assert.True(await SeesAsync(RegistrarA, "unit", below));
        Assert.True(await SeesAsync(RegistrarA, "cadre", cadre));
        Assert.False(await SeesAsync(InspectorB, "unit", below));
        Assert.Equal(1, await ledger.ScalarAsync(
            $"select count(*) from {{schema}}.remit_unit_ancestor where unit_id = '{SiblingSubtrees.Uuid(below)}' and ancestor_id = '{ledger.A.City}'"));
    }

    [Fact]
    public async Task A_unit_moved_out_of_a_remit_leaves_it_for_reads_the_connections_have_already_prepared()
    {
        // Reads repeated until their statements are prepared (and PostgreSQL settles on a generic plan): the plan is reused,
        // the answer never is.
        var township = Id(await Admin.RegisterUnitAsync("640121102", "胜利镇", "TOWNSHIP", ledger.A.CountyId));
        var cadre = Id(await Admin.RegisterCadreAsync("王芳"));
        await Admin.MutateAsync("recordBaselinePost",
            new { cadreId = cadre, post = LedgerScenarios.Post(township, "镇长", "TOWNSHIP", "CHIEF"), from = "2020-01-01" }, "cadre { id }");
        var posting = $"{{ cadre(id: \"{cadre}\") {{ name currentPosting {{ primary {{ post {{ unit {{ name }} }} }} }} }} }}";
        var countyCadres = await CountAsync(RegistrarA, "cadres");
        for (var i = 0; i < 8; i++)
        {
            Assert.True(await SeesAsync(RegistrarA, "unit", township));
            Assert.Equal("胜利镇", (await RegistrarA.QueryAsync(posting))["cadre"]!["currentPosting"]!["primary"]!["post"]!["unit"]!["name"]!.GetValue<string>());
            Assert.Equal(countyCadres, await CountAsync(RegistrarA, "cadres"));
        }

        await ledger.ScalarAsync(
            $"update {{schema}}.mt_doc_unitdetails set data = jsonb_set(data, '{{ParentId}}', '\"{SiblingSubtrees.Uuid(ledger.B.CountyId)}\"') where id = '{SiblingSubtrees.Uuid(township)}' returning 1");

        Assert.False(await SeesAsync(RegistrarA, "unit", township));
        Assert.Null((await RegistrarA.QueryAsync(posting))["cadre"]);
        Assert.Equal(countyCadres - 1, await CountAsync(RegistrarA, "cadres"));
        Assert.True(await SeesAsync(InspectorB, "unit", township));
        Assert.Equal("胜利镇", (await InspectorB.QueryAsync(posting))["cadre"]!["currentPosting"]!["primary"]!["post"]!["unit"]!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_tables_equal_their_recomputation_from_the_documents()
    {
        var cadre = Id(await RegistrarA.RegisterCadreAsync("新人")); // custody until placed
        var custodyRows = await ledger.ScalarAsync($"select count(*) from {{schema}}.remit_member where via = 'custody' and subject_id = '{SiblingSubtrees.Uuid(cadre)}'");
        await Admin.MutateAsync("recordBaselinePost",
            new { cadreId = cadre, post = LedgerScenarios.Post(ledger.A.CountyId, "科员", "TOWNSHIP", "DEPUTY"), from = "2023-01-01" }, "cadre { id }");

        await using var connection = new NpgsqlConnection(TestDatabase.ConnectionString);
        await connection.OpenAsync();
        var maintained = await ledger.RemitIndexRowsAsync();
        await using (var refresh = new NpgsqlCommand($"select {ledger.Schema}.remit_refresh()", connection))
            await refresh.ExecuteNonQueryAsync();
        var recomputed = await ledger.RemitIndexRowsAsync();

        Assert.Equal(1, custodyRows);
        Assert.Equal(0, await ledger.ScalarAsync($"select count(*) from {{schema}}.remit_member where via = 'custody' and subject_id = '{SiblingSubtrees.Uuid(cadre)}'"));
        Assert.Contains(maintained, r => r.StartsWith("m ", StringComparison.Ordinal) && r.EndsWith(" case " + r.Split(' ')[1], StringComparison.Ordinal));
        Assert.True(recomputed.SequenceEqual(maintained), $"kept but not recomputed: {string.Join("; ", maintained.Except(recomputed))}; recomputed but not kept: {string.Join("; ", recomputed.Except(maintained))}");
        Assert.Equal(recomputed, maintained);
    }

    [Fact]
    public async Task A_registrars_unplaced_cadre_stays_in_remit_after_every_read_model_is_rebuilt_from_the_events()
    {
        var cadre = Id(await RegistrarA.RegisterCadreAsync("待岗")); // custody: recorded on the registration event itself
        var elsewhere = ledger.ClientFor(Role.Registrar, ledger.B.City, "registrar-b");
        await ledger.ScalarAsync("with gone as (delete from {schema}.mt_doc_cadrecustody returning 1) select count(*) from gone");
        var wiped = await SeesAsync(RegistrarA, "cadre", cadre);

        await Admin.QueryAsync("mutation { rebuildProjections { projection } }");

        Assert.False(wiped);
        Assert.True(await SeesAsync(RegistrarA, "cadre", cadre));
        Assert.False(await SeesAsync(elsewhere, "cadre", cadre));
        Assert.Equal(1, await ledger.ScalarAsync($"select count(*) from {{schema}}.mt_events where stream_id = '{SiblingSubtrees.Uuid(cadre)}' and data ->> 'RegisteredInUnitId' = '{ledger.A.City}'"));
    }
}
