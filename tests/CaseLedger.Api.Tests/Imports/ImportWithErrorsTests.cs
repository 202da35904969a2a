using CaseLedger.Api.Tests.Testing;
using static CaseLedger.Api.Tests.Imports.ImportFiles;

namespace CaseLedger.Api.Tests.Imports;

/// <summary>
/// samples/import-with-errors (Chinese headers): good rows and bad ones. The dry run reports every problem where it
/// is and writes nothing; a real run writes nothing while a row is bad; a partial run writes the good rows and never
/// a cadre or case that had a bad row.
/// </summary>
public sealed class ImportWithErrorsTests(ImportHost host) : IClassFixture<ImportHost>
{
    private static readonly string[] ExpectedProblems =
    [
        "单位|4|parentCode|NOT_FOUND",
        "单位|5|effectiveOn|INVALID_VALUE",
        "干部|3|workStartDate|WORK_BEFORE_BIRTH",
        "基线任职|3|from|POST_BEFORE_BIRTH",
        "基线任职|4|cadreKey|DEPENDS_ON_REJECTED_ROW",
        "案件|3|cadreKey|DEPENDS_ON_REJECTED_ROW",
        "案件|4|exchangeReason|REQUIRED",
        "步骤|3|details.candidateCount|NOT_POSITIVE",
        "步骤|4|caseKey|NOT_FOUND",
    ];

    [Fact]
    public async Task A_dry_run_reports_every_bad_row_where_it_is_and_writes_nothing_and_a_partial_run_writes_only_whole_good_records()
    {
        var workbook = Workbook("import-with-errors");
        var before = await host.EventCountAsync();

        var dry = await ImportAsync(host.GraphQL, "历史档案.xlsx", workbook, dryRun: true);
        Assert.Equal(ExpectedProblems, Problems(dry));
        Assert.All(dry["problems"]!.AsArray(), p => Assert.Contains(" / ", p!["message"]!.GetValue<string>(), StringComparison.Ordinal));
        Assert.Equal(16, dry["rowsRead"]!.GetValue<int>());
        Assert.False(dry["written"]!.GetValue<bool>());
        Assert.Equal(before, await host.EventCountAsync());

        var refused = await ImportAsync(host.GraphQL, "历史档案.xlsx", workbook);
        Assert.Equal(ExpectedProblems, Problems(refused));
        Assert.False(refused["written"]!.GetValue<bool>());
        Assert.Equal(before, await host.EventCountAsync());

        var partial = await ImportAsync(host.GraphQL, "历史档案.xlsx", workbook, partial: true);
        Assert.Equal(ExpectedProblems, Problems(partial));
        Assert.True(partial["written"]!.GetValue<bool>());
        // Units 640000 and 640400, cadre GY-0001 and its baseline post; GY-0003 (a bad post) and case A-2017-1 (a bad step) not at all.
        Assert.Equal(4, partial["rowsWritten"]!.GetValue<int>());
        Assert.Equal(before + 4, await host.EventCountAsync());
        var ledger = await host.GraphQL.QueryAsync("{ cadres(first: 10) { edges { node { name } } } cases(first: 10) { totalCount } units(first: 10) { edges { node { code } } } }");
        Assert.Equal(["马文军"], ledger["cadres"]!["edges"]!.AsArray().Select(e => e!["node"]!["name"]!.GetValue<string>()));
        Assert.Equal(0, ledger["cases"]!["totalCount"]!.GetValue<int>());
        Assert.Equal(["640000", "640400"], ledger["units"]!["edges"]!.AsArray().Select(e => e!["node"]!["code"]!.GetValue<string>()).Order());
    }
}
