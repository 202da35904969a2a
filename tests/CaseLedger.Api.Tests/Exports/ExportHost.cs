using System.Text.Json.Nodes;
using CaseLedger.Api.Security;
using CaseLedger.Api.Tests.Audits;
using CaseLedger.Api.Tests.Testing;
using Microsoft.AspNetCore.Hosting;
using MiniExcelLibs;
using static CaseLedger.Api.Tests.Testing.GraphQLClient;

namespace CaseLedger.Api.Tests.Exports;

/// <summary>
/// Two cities' cases with findings: one in 固原 (a motion whose reason holds markup, a collective decision short of
/// its quorum, the finding acknowledged by a 固原 supervisor) and one in 银川. Findings are exported one per page, so
/// every export walks several pages.
/// </summary>
public sealed class ExportHost : AuditHost
{
    /// <summary>The export tests share one host: its seed waits for the audit evaluator.</summary>
    public const string Collection = "exports";

    public string CaseId { get; private set; } = "";

    public Guid CaseStream { get; private set; }

    public Guid Guyuan { get; private set; }

    public Guid Yinchuan { get; private set; }

    public const string BirthDate = "1975-01-01";

    public const string MarkupReason = "拟任<script>alert(1)</script> & \"交流\"";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("CaseLedger:Exports:FindingsPageSize", "1");
        // The seed and each export run whole documents as one request would; on a loaded machine 10 s is too tight.
        builder.UseSetting("CaseLedger:Limits:TimeoutSeconds", "60");
    }

    protected override async Task SeedAsync()
    {
        var guyuan = await GraphQL.RegisterUnitAsync("EX-640400", "固原市", "CITY");
        var yinchuan = await GraphQL.RegisterUnitAsync("EX-640100", "银川市", "CITY", area: "PLAIN");
        (Guyuan, Yinchuan) = (StreamId(guyuan), StreamId(yinchuan));
        var yuanzhou = Id(await GraphQL.RegisterUnitAsync("EX-640402", "原州区", "COUNTY", Id(guyuan)));
        var xingqing = Id(await GraphQL.RegisterUnitAsync("EX-640104", "兴庆区", "COUNTY", Id(yinchuan), area: "PLAIN"));

        var cadre = await GraphQL.RegisterCadreAsync("张伟", BirthDate);
        var opened = await GraphQL.OpenCaseAsync(Id(cadre), LedgerScenarios.Post(yuanzhou, "区委秘书长"), effectiveOn: "2026-07-01");
        (CaseId, CaseStream) = (Id(opened), StreamId(opened));
        await GraphQL.StepAsync("raiseMotion", CaseId, new { proposedBy = "固原市委组织部", summary = "拟交流", effectiveOn = "2026-07-02", reason = MarkupReason });
        await DecideShortOfQuorumAsync(CaseId);

        var other = await GraphQL.RegisterCadreAsync("李娜", "1980-02-02");
        var otherCase = Id(await GraphQL.OpenCaseAsync(Id(other), LedgerScenarios.Post(xingqing, "副区长"), effectiveOn: "2026-07-01"));
        await DecideShortOfQuorumAsync(otherCase);

        var finding = Id((await FindingsOfCaseAsync(CaseId)).First()!);
        await ClientFor(Role.Supervisor, Guyuan, "监督员王").MutateAsync("acknowledgeFinding",
            new { findingId = finding, reason = "已转纪检组核实", documentReference = "固纪〔2026〕3号" }, "finding { status }");
        await WaitForAuditsAsync();
    }

    private Task<JsonNode> DecideShortOfQuorumAsync(string caseId) =>
        GraphQL.StepAsync("takeCollectiveDecision", caseId, new
        {
            body = "STANDING_COMMITTEE", membersEntitled = 11, attendees = 6, votesFor = 6, votesAgainst = 0, abstentions = 0,
            principalSpokeLast = true, effectiveOn = "2026-07-15",
        });

    /// <summary>GET a path as the bearer of the token (none: anonymous): status, content type and body.</summary>
    public async Task<(int Status, string? ContentType, byte[] Body)> GetAsync(string path, string? token)
    {
        using var http = HttpFor(token);
        using var response = await http.GetAsync(path);
        return ((int)response.StatusCode, response.Content.Headers.ContentType?.MediaType, await response.Content.ReadAsByteArrayAsync());
    }

    /// <summary>One sheet of an .xlsx read back with MiniExcel, every cell as text (null as "").</summary>
    public static List<Dictionary<string, string>> Sheet(byte[] workbook, string sheet)
    {
        using var stream = new MemoryStream(workbook);
        return [.. MiniExcel.Query(stream, useHeaderRow: true, sheetName: sheet).Cast<IDictionary<string, object?>>()
            .Select(row => row.ToDictionary(c => c.Key, c => c.Value?.ToString() ?? ""))];
    }
}

[CollectionDefinition(ExportHost.Collection)]
public sealed class SharedExportHost : ICollectionFixture<ExportHost>;
