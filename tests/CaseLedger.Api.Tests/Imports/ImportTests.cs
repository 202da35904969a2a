using System.Text.Json.Nodes;
using CaseLedger.Api.Security;
using CaseLedger.Api.Tests.Testing;
using static CaseLedger.Api.Tests.Imports.ImportFiles;

namespace CaseLedger.Api.Tests.Imports;

/// <summary>
/// samples/import (English headers): units, cadres with baseline posts, a historical case and its steps. Imported
/// through the admin mutation as one .xlsx, each row decided as its own mutation; importing it again appends nothing.
/// </summary>
public sealed class ImportTests(ImportHost host) : IClassFixture<ImportHost>
{
    [Fact]
    public async Task The_template_imports_as_the_mutations_would_record_it_and_importing_it_again_appends_nothing()
    {
        var workbook = Workbook("import");
        var before = await host.EventCountAsync();

        var dry = await ImportAsync(host.GraphQL, "records.xlsx", workbook, dryRun: true);
        Assert.Empty(Problems(dry));
        Assert.Equal(10, dry["rowsRead"]!.GetValue<int>());
        Assert.Equal(before, await host.EventCountAsync());

        var imported = await ImportAsync(host.GraphQL, "records.xlsx", workbook);
        Assert.Empty(Problems(imported));
        Assert.True(imported["written"]!.GetValue<bool>());
        Assert.Equal(10, imported["rowsWritten"]!.GetValue<int>());
        Assert.Equal(before + 10, await host.EventCountAsync());

        // Another admin imports the same file: nothing is appended (the rows' keys are the file's, not the caller's).
        var again = await ImportAsync(host.ClientFor(Role.Admin, null, "另一位管理员"), "records.xlsx", workbook);
        Assert.Empty(Problems(again));
        Assert.Equal(0, again["rowsWritten"]!.GetValue<int>());
        Assert.Equal(10, again["rowsAlreadyImported"]!.GetValue<int>());
        Assert.Equal(before + 10, await host.EventCountAsync());

        // The case as a user would have recorded it: the steps, the posts by unit code, the reason and 文号 on its events.
        var ledger = await host.GraphQL.QueryAsync("""
            { cases(first: 5) { edges { node { kind channel stepsDone
                cadre { name currentPosting { primary { post { title unit { code } } } } }
                fromPost { title unit { code } } toPost { title unit { code } }
                history { type actor reason documentReference } } } } }
            """);
        var @case = ledger["cases"]!["edges"]![0]!["node"]!;
        Assert.Equal("LATERAL_TRANSFER", @case["channel"]!.GetValue<string>());
        Assert.Equal("640422", @case["fromPost"]!["unit"]!["code"]!.GetValue<string>());
        Assert.Equal("640400", @case["toPost"]!["unit"]!["code"]!.GetValue<string>());
        Assert.Equal("副县长", @case["cadre"]!["currentPosting"]!["primary"]!["post"]!["title"]!.GetValue<string>());
        var history = @case["history"]!.AsArray();
        Assert.Equal(3, history.Count);
        Assert.All(history, e => Assert.Equal(CaseLedgerHost.DefaultUser, e!["actor"]!.GetValue<string>()));
        Assert.Equal("固组〔2017〕3号", history[0]!["documentReference"]!.GetValue<string>());
        Assert.Equal("历史档案导入", history[1]!["reason"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_csv_of_one_kind_imports_on_its_own_and_names_its_rows_by_line()
    {
        var csv = "code,name,kind,level,parentCode,effectiveOn\nCSV-1,某局,PARTY_GOV_ORGAN,CITY,,2016-01-01\n\nCSV-2,某处,NOT_A_KIND,CITY,CSV-1,2016-01-01\n"u8.ToArray();

        var report = await ImportAsync(host.GraphQL, "units.csv", csv, dryRun: true);

        // Line 3 is empty: the bad row is the file's line 4.
        Assert.Equal(["units.csv|4|kind|INVALID_VALUE"], Problems(report));
        Assert.Equal(2, report["rowsRead"]!.GetValue<int>());
    }

    [Fact]
    public async Task Only_an_admin_may_import()
    {
        var before = await host.EventCountAsync();
        var registrar = host.ClientFor(Role.Registrar, null, "张三");

        var answer = await registrar.ExecuteAsync("mutation($input: ImportRecordsInput!) { importRecords(input: $input) { rowsRead } }",
            new { input = new { fileName = "records.xlsx", contentBase64 = Convert.ToBase64String(Workbook("import")) } });

        Assert.Equal("FORBIDDEN", answer["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
        Assert.Equal(before, await host.EventCountAsync());
    }

    [Fact]
    public async Task An_unknown_sheet_and_an_unknown_column_are_reported_before_any_row()
    {
        var csv = "code,name,kind,level,colour,effectiveOn\nX-1,某局,PARTY_GOV_ORGAN,CITY,red,2016-01-01\n"u8.ToArray();

        var unknownColumn = await ImportAsync(host.GraphQL, "单位.csv", csv, dryRun: true);
        var unknownSheet = await ImportAsync(host.GraphQL, "people.csv", csv, dryRun: true);

        Assert.Equal(["单位.csv|1|colour|INVALID_VALUE"], Problems(unknownColumn));
        Assert.Equal(["people.csv|1||INVALID_VALUE"], Problems(unknownSheet));
        Assert.Equal(0, ((JsonValue)unknownColumn["rowsRead"]!).GetValue<int>());
    }
}
