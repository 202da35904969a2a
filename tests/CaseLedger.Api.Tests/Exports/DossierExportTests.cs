using System.Text;
using System.Text.Json.Nodes;
using CaseLedger.Api.GraphQL;
using CaseLedger.Api.Security;
using CaseLedger.Api.Tests.Testing;

namespace CaseLedger.Api.Tests.Exports;

/// <summary>
/// GET /dossier/{caseId} (HTML) and .xlsx over real HTTP: the case's events are its GraphQL history (same events, hashes,
/// order), a supervisor's copy is masked as their GraphQL view is, and refusals answer as /graphql's remit does.
/// </summary>
[Collection(ExportHost.Collection)]
public sealed class DossierExportTests(ExportHost host)
{
    private const string Events = "事件 events";

    private string Path(string suffix = "") => $"/dossier/{Uri.EscapeDataString(host.CaseId)}{suffix}";

    private async Task<JsonNode> GraphViewAsync(string token) =>
        (await new GraphQLClient(host.HttpFor(token)).QueryAsync(
            "query($id: ID!) { case(id: $id) { number cadre { birthDate birthYear growthPlaces } steps { step version } findings { ruleId history { change actor } } "
            + "history { version sequence type effectiveOn recordedAt actor reason documentReference hash } } }", new { id = host.CaseId }))["case"]!;

    [Fact]
    public async Task The_workbooks_events_are_the_ledgers_history_of_the_case_with_each_hash_chained_to_the_one_before()
    {
        var token = CaseLedgerHost.TokenFor(Role.Inspector, host.Guyuan);
        var view = await GraphViewAsync(token);
        var history = view["history"]!.AsArray();

        var (status, type, body) = await host.GetAsync(Path(".xlsx"), token);

        Assert.Equal(200, status);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", type);
        var events = ExportHost.Sheet(body, Events);
        Assert.Equal(history.Count, events.Count);
        Assert.True(history.Count >= 3);
        for (var i = 0; i < history.Count; i++)
        {
            var (expected, row) = (history[i]!, events[i]);
            Assert.Equal(Text(expected["version"]), row["版本 version"]);
            Assert.Equal(Text(expected["sequence"]), row["全局序号 sequence"]);
            Assert.Equal(Text(expected["type"]), row["事件类型 type"]);
            Assert.Equal(Text(expected["effectiveOn"]), row["生效日期 effective on"]);
            Assert.Equal(Text(expected["recordedAt"]), row["登记时间 recorded at (UTC)"]);
            Assert.Equal(Text(expected["actor"]), row["经办人 actor"]);
            Assert.Equal(Text(expected["reason"]), row["理由 reason"]);
            Assert.Equal(Text(expected["documentReference"]), row["文号 document reference"]);
            Assert.Equal(Text(expected["hash"]), row["哈希 hash"]);
            Assert.Equal(i == 0 ? "" : Text(history[i - 1]!["hash"]), row["前一哈希 previous hash"]);
        }
        Assert.Contains(events, e => e["文号 document reference"] == "宁组干〔2026〕1号");
        Assert.Contains(events, e => e["理由 reason"] == ExportHost.MarkupReason);

        var proof = ExportHost.Sheet(body, "完整性 integrity").ToDictionary(r => r["项目 field"], r => r["内容 value"]);
        Assert.Equal("完整 intact", proof["哈希链 chain"]);
        Assert.Equal(Text(history[^1]!["hash"]), proof["链头哈希 head hash"]);
        Assert.Equal(Text(history[^1]!["version"]), proof["链头版本 head version"]);
        Assert.Equal(history.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), proof["核验事件数 events checked"]);

        var steps = ExportHost.Sheet(body, "步骤 steps");
        foreach (var step in view["steps"]!.AsArray())
            Assert.Contains(steps, s => s["步骤 step"] == Text(step!["step"]) && s["版本 version"] == Text(step["version"]));
        Assert.Contains(steps, s => s["内容 value"] == "11"); // the decision's membersEntitled, from its typed details

        var findings = ExportHost.Sheet(body, "审计发现 findings");
        Assert.Equal(view["findings"]!.AsArray().Count, findings.Count);
        Assert.All(findings, f => Assert.False(string.IsNullOrEmpty(f["出处 citation"])));
        var workflow = ExportHost.Sheet(body, "发现处理 finding workflow");
        Assert.Contains(workflow, w => w["变化 change"] == "ACKNOWLEDGED" && w["经办人 actor"] == "监督员王"
            && w["理由 reason"] == "已转纪检组核实" && w["文号 document reference"] == "固纪〔2026〕3号");
    }

    [Fact]
    public async Task The_page_is_printable_html_with_every_event_in_order_and_every_value_encoded()
    {
        var token = CaseLedgerHost.TokenFor(Role.Inspector, host.Guyuan);
        var history = (await GraphViewAsync(token))["history"]!.AsArray();

        var (status, type, body) = await host.GetAsync(Path(), token);

        Assert.Equal(200, status);
        Assert.Equal("text/html", type);
        var html = Encoding.UTF8.GetString(body);
        Assert.Equal(history.Count, html.Split("<tr class=\"event\">").Length - 1);
        var at = 0;
        foreach (var entry in history)
        {
            var next = html.IndexOf(Text(entry!["hash"]), at, StringComparison.Ordinal);
            Assert.True(next > at, $"hash of version {entry["version"]} missing or out of order");
            at = next;
        }
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("拟任&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;交流&quot;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("http://", html, StringComparison.Ordinal); // no external asset
        Assert.DoesNotContain("https://", html, StringComparison.Ordinal);
        Assert.Contains("@media print", html, StringComparison.Ordinal);
        Assert.Contains("完整 intact", html, StringComparison.Ordinal);

        // The same dossier by ?format=xlsx, and by the case's bare UUID.
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", (await host.GetAsync(Path("?format=xlsx"), token)).ContentType);
        Assert.Equal(200, (await host.GetAsync($"/dossier/{host.CaseStream:D}", token)).Status);
    }

    [Fact]
    public async Task A_supervisors_dossier_is_masked_exactly_as_their_graphql_view_and_an_inspectors_is_not()
    {
        var supervisor = CaseLedgerHost.TokenFor(Role.Supervisor, host.Guyuan);
        var inspector = CaseLedgerHost.TokenFor(Role.Inspector, host.Guyuan);
        var masked = await GraphViewAsync(supervisor);
        var unmasked = await GraphViewAsync(inspector);
        Assert.Null(masked["cadre"]!["birthDate"]);
        Assert.Null(masked["cadre"]!["growthPlaces"]);
        Assert.Equal(ExportHost.BirthDate, Text(unmasked["cadre"]!["birthDate"]));

        var supervisorsCase = Facts((await host.GetAsync(Path(".xlsx"), supervisor)).Body);
        var inspectorsCase = Facts((await host.GetAsync(Path(".xlsx"), inspector)).Body);
        Assert.Equal("（不向您的角色显示 / masked for your role）", supervisorsCase["出生日期 birth date"]);
        Assert.Equal("（不向您的角色显示 / masked for your role）", supervisorsCase["成长地 growth places"]);
        Assert.Equal("1975", supervisorsCase["出生年份 birth year"]);
        Assert.Equal(ExportHost.BirthDate, inspectorsCase["出生日期 birth date"]);
        Assert.Equal("西吉县", inspectorsCase["成长地 growth places"]);

        var html = Encoding.UTF8.GetString((await host.GetAsync(Path(), supervisor)).Body);
        Assert.DoesNotContain(ExportHost.BirthDate, html, StringComparison.Ordinal);
        Assert.DoesNotContain("西吉县", html, StringComparison.Ordinal);
        Assert.Contains(ExportHost.BirthDate, Encoding.UTF8.GetString((await host.GetAsync(Path(), inspector)).Body), StringComparison.Ordinal);

        // Everything else is the supervisor's own view: the same events.
        var events = ExportHost.Sheet((await host.GetAsync(Path(".xlsx"), supervisor)).Body, Events);
        Assert.Equal(masked["history"]!.AsArray().Select(h => Text(h!["hash"])), events.Select(e => e["哈希 hash"]));
    }

    [Fact]
    public async Task Out_of_remit_and_unknown_cases_are_the_same_404_no_token_is_401_and_a_role_without_history_403()
    {
        var outside = CaseLedgerHost.TokenFor(Role.Supervisor, host.Yinchuan);
        var unknownId = Uri.EscapeDataString(GlobalId.Encode("Case", Guid.NewGuid()));

        var outOfRemit = await host.GetAsync(Path(), outside);
        var unknown = await host.GetAsync($"/dossier/{unknownId}", outside);
        var unknownXlsx = await host.GetAsync($"/dossier/{unknownId}.xlsx", CaseLedgerHost.TokenFor(Role.Admin, null));

        Assert.Equal(404, outOfRemit.Status);
        Assert.Equal(404, unknown.Status);
        Assert.Equal(404, unknownXlsx.Status);
        Assert.Equal(Encoding.UTF8.GetString(unknown.Body), Encoding.UTF8.GetString(outOfRemit.Body));
        Assert.Contains("NOT_FOUND", Encoding.UTF8.GetString(outOfRemit.Body), StringComparison.Ordinal);
        Assert.Equal(200, (await host.GetAsync(Path(), CaseLedgerHost.TokenFor(Role.Supervisor, host.Guyuan))).Status);

        var anonymous = await host.GetAsync(Path(), null);
        Assert.Equal(401, anonymous.Status);
        Assert.Contains("AUTH_REQUIRED", Encoding.UTF8.GetString(anonymous.Body), StringComparison.Ordinal);
        Assert.Equal(401, (await host.GetAsync(Path(), "not.a.token")).Status);

        var registrar = await host.GetAsync(Path(), CaseLedgerHost.TokenFor(Role.Registrar, host.Guyuan));
        Assert.Equal(403, registrar.Status);
        Assert.Contains("FORBIDDEN", Encoding.UTF8.GetString(registrar.Body), StringComparison.Ordinal);

        Assert.Equal(400, (await host.GetAsync(Path("?format=pdf"), CaseLedgerHost.TokenFor(Role.Admin, null))).Status);
    }

    private static Dictionary<string, string> Facts(byte[] workbook) =>
        ExportHost.Sheet(workbook, "案件 case").ToDictionary(r => r["项目 field"], r => r["内容 value"]);

    private static string Text(JsonNode? value) => value switch
    {
        null => "",
        JsonValue v when v.TryGetValue<string>(out var s) => s,
        _ => value.ToJsonString(),
    };
}
