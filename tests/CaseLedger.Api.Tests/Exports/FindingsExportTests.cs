using System.Text;
using System.Text.Json.Nodes;
using CaseLedger.Api.Security;
using CaseLedger.Api.Tests.Testing;
using CsvHelper;

namespace CaseLedger.Api.Tests.Exports;

/// <summary>
/// GET /exports/findings.csv and .xlsx over real HTTP: the rows are what auditFindings returns to the same user with
/// the same filters (remit and masking included), every page of it; refusals come before any row.
/// </summary>
[Collection(ExportHost.Collection)]
public sealed class FindingsExportTests(ExportHost host)
{
    private const string Selection = "totalCount edges { node { id ruleId status severity effectiveOn statusReason case { number } cadre { name birthYear birthDate } } }";

    private async Task<JsonArray> QueryAsync(string token, string arguments)
    {
        var data = await new GraphQLClient(host.HttpFor(token)).QueryAsync($"{{ auditFindings(first: 100{arguments}) {{ {Selection} }} }}");
        return data["auditFindings"]!["edges"]!.AsArray();
    }

    public static TheoryData<string, string> Filters() => new()
    {
        { "", "" },
        { "?severity=VIOLATION", ", severity: VIOLATION" },
        { "?status=ACKNOWLEDGED", ", status: ACKNOWLEDGED" },
        { "?effectiveFrom=2026-07-01&effectiveTo=2026-07-31", ", effectiveFrom: \"2026-07-01\", effectiveTo: \"2026-07-31\"" },
    };

    [Theory]
    [MemberData(nameof(Filters))]
    public async Task Csv_and_xlsx_rows_are_the_auditFindings_of_the_same_user_and_filters(string query, string arguments)
    {
        foreach (var token in new[] { CaseLedgerHost.TokenFor(Role.Supervisor, host.Guyuan), CaseLedgerHost.TokenFor(Role.Admin, null) })
        {
            var expected = await QueryAsync(token, arguments);

            var csv = await host.GetAsync($"/exports/findings.csv{query}", token);
            Assert.Equal(200, csv.Status);
            Assert.Equal("text/csv", csv.ContentType);
            Assert.Equal([0xEF, 0xBB, 0xBF], csv.Body[..3]);
            AssertRows(expected, ReadCsv(csv.Body));

            var xlsx = await host.GetAsync($"/exports/findings.xlsx{query}", token);
            Assert.Equal(200, xlsx.Status);
            AssertRows(expected, ExportHost.Sheet(xlsx.Body, "审计发现 findings"));
        }
    }

    [Fact]
    public async Task A_supervisor_exports_only_their_remit_with_birth_dates_masked_as_their_query()
    {
        var supervisor = CaseLedgerHost.TokenFor(Role.Supervisor, host.Guyuan);
        var rows = ReadCsv((await host.GetAsync("/exports/findings.csv", supervisor)).Body);
        var everything = ReadCsv((await host.GetAsync("/exports/findings.csv", CaseLedgerHost.TokenFor(Role.Admin, null))).Body);

        Assert.NotEmpty(rows);
        Assert.True(everything.Count > rows.Count, "the admin sees 银川's findings too");
        Assert.All(rows, r => Assert.Equal("张伟", r["干部 cadre"]));
        Assert.All(rows, r => Assert.Equal("", r["出生日期 birthDate"]));
        Assert.All(rows, r => Assert.Equal("1975", r["出生年份 birthYear"]));
        Assert.Contains(everything, r => r["出生日期 birthDate"] == ExportHost.BirthDate);
        Assert.Contains(everything, r => r["干部 cadre"] == "李娜");
    }

    [Fact]
    public async Task Bad_filters_a_missing_token_and_a_role_without_findings_are_refused_before_any_row()
    {
        var supervisor = CaseLedgerHost.TokenFor(Role.Supervisor, host.Guyuan);

        var unknown = await host.GetAsync("/exports/findings.csv?rule=NX-X", supervisor);
        Assert.Equal(400, unknown.Status);
        Assert.Contains("Unknown filter 'rule'", Encoding.UTF8.GetString(unknown.Body), StringComparison.Ordinal);
        Assert.Equal(400, (await host.GetAsync("/exports/findings.csv?severity=SEVERE", supervisor)).Status);
        Assert.Equal(400, (await host.GetAsync("/exports/findings.csv?effectiveFrom=yesterday", supervisor)).Status);
        Assert.Equal(400, (await host.GetAsync("/exports/findings.csv?status=RAISED&status=ACKNOWLEDGED", supervisor)).Status);
        Assert.Equal(400, (await host.GetAsync("/exports/findings.pdf", supervisor)).Status);

        var anonymous = await host.GetAsync("/exports/findings.csv", null);
        Assert.Equal(401, anonymous.Status);
        Assert.Contains("AUTH_REQUIRED", Encoding.UTF8.GetString(anonymous.Body), StringComparison.Ordinal);
        var registrar = await host.GetAsync("/exports/findings.xlsx", CaseLedgerHost.TokenFor(Role.Registrar, host.Guyuan));
        Assert.Equal(403, registrar.Status);
        Assert.Contains("FORBIDDEN", Encoding.UTF8.GetString(registrar.Body), StringComparison.Ordinal);
    }

    private static void AssertRows(JsonArray expected, List<Dictionary<string, string>> rows)
    {
        Assert.Equal(expected.Count, rows.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            var (finding, row) = (expected[i]!["node"]!, rows[i]);
            Assert.Equal(Text(finding["id"]), row["发现编号 id"]);
            Assert.Equal(Text(finding["ruleId"]), row["规则编号 ruleId"]);
            Assert.Equal(Text(finding["status"]), row["状态 status"]);
            Assert.Equal(Text(finding["severity"]), row["等级 severity"]);
            Assert.Equal(Text(finding["effectiveOn"]), row["判定日期 effectiveOn"]);
            Assert.Equal(Text(finding["statusReason"]), row["状态理由 statusReason"]);
            Assert.Equal(Text(finding["case"]?["number"]), row["案件编号 case"]);
            Assert.Equal(Text(finding["cadre"]!["name"]), row["干部 cadre"]);
            Assert.Equal(Text(finding["cadre"]!["birthDate"]), row["出生日期 birthDate"]);
        }
    }

    /// <summary>The CSV read back (after its byte order mark) as rows keyed by the header.</summary>
    private static List<Dictionary<string, string>> ReadCsv(byte[] body)
    {
        using var csv = CsvReader.Create(new MemoryStream(body, 3, body.Length - 3), new CsvReaderOptions { HasHeader = false }, false);
        var lines = new List<string[]>();
        while (csv.Read())
            lines.Add([.. Enumerable.Range(0, csv.FieldCount).Select(csv.GetString)]);
        return [.. lines.Skip(1).Select(l => lines[0].Zip(l).ToDictionary(p => p.First, p => p.Second))];
    }

    private static string Text(JsonNode? value) => value switch
    {
        null => "",
        JsonValue v when v.TryGetValue<string>(out var s) => s,
        _ => value.ToJsonString(),
    };
}
