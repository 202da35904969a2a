using System.Security.Claims;
using System.Text.Json.Nodes;
using CaseLedger.Api.Exports.Dossiers;

namespace CaseLedger.Api.Exports.Findings;

/// <summary>
/// The findings an <c>auditFindings</c> query with the same filters returns, every page of it, as the caller (remit and
/// masking are the query's), in its order: newest effective date first. One row per finding, the columns below.
/// </summary>
internal sealed class FindingsExport(ExportQuery query, IConfiguration configuration)
{
    /// <summary>The filters, named as auditFindings' arguments, with their GraphQL types.</summary>
    public static IReadOnlyDictionary<string, string> Filters { get; } = new Dictionary<string, string>
    {
        ["ruleId"] = "String",
        ["severity"] = "AuditSeverity",
        ["status"] = "FindingStatus",
        ["cadreId"] = "ID",
        ["caseId"] = "ID",
        ["unitId"] = "ID",
        ["effectiveFrom"] = "DateOnly",
        ["effectiveTo"] = "DateOnly",
    };

    /// <summary>Findings read per query (CaseLedger:Exports:FindingsPageSize, at most the connection's 100).</summary>
    private int PageSize => Math.Clamp(configuration.GetValue("CaseLedger:Exports:FindingsPageSize", 100), 1, 100);

    private static readonly string Document =
        $"query Findings($first: Int!, $after: String, {string.Join(", ", Filters.Select(f => $"${f.Key}: {f.Value}"))}) {{ "
        + $"auditFindings(first: $first, after: $after, {string.Join(", ", Filters.Keys.Select(k => $"{k}: ${k}"))}) {{ "
        + "totalCount pageInfo { hasNextPage endCursor } edges { node { id ruleId ruleVersion severity status effectiveOn raisedOn statusChangedOn statusReason "
        + "explanationZh explanationEn evidenceVersions actions version rule { titleChinese citation { document clause quote } versions { number citation { document clause quote } } } "
        + "case { id number } cadre { name birthYear birthDate } } } } }";

    /// <summary>The columns of the CSV and the workbook: (heading, value of a finding as the query returned it).</summary>
    public static IReadOnlyList<(string Heading, Func<JsonObject, string> Value)> Columns { get; } =
    [
        ("发现编号 id", f => T(f["id"])),
        ("规则编号 ruleId", f => T(f["ruleId"])),
        ("规则版本 ruleVersion", f => T(f["ruleVersion"])),
        ("规则名称 rule", f => T(f["rule"]!["titleChinese"])),
        ("出处 citation", f => $"{T(DossierLayout.Citation(f)["document"])} {T(DossierLayout.Citation(f)["clause"])}"),
        ("等级 severity", f => T(f["severity"])),
        ("状态 status", f => T(f["status"])),
        ("判定日期 effectiveOn", f => T(f["effectiveOn"])),
        ("发现日期 raisedOn", f => T(f["raisedOn"])),
        ("状态变更日期 statusChangedOn", f => T(f["statusChangedOn"])),
        ("状态理由 statusReason", f => T(f["statusReason"])),
        ("问责措施 actions", f => T(f["actions"])),
        ("证据版本 evidenceVersions", f => T(f["evidenceVersions"])),
        ("案件编号 case", f => T(f["case"]?["number"])),
        ("案件 caseId", f => T(f["case"]?["id"])),
        ("干部 cadre", f => T(f["cadre"]!["name"])),
        ("出生年份 birthYear", f => T(f["cadre"]!["birthYear"])),
        ("出生日期 birthDate", f => T(f["cadre"]!["birthDate"])),
        ("说明 explanationZh", f => T(f["explanationZh"])),
        ("Explanation explanationEn", f => T(f["explanationEn"])),
        ("版本 version", f => T(f["version"])),
    ];

    /// <summary>
    /// Reads every page, handing each to <paramref name="page"/> with the total; a refusal (bad filter, role, token) comes
    /// before any page. <paramref name="filters"/> are as given (text), checked by the query's own argument types.
    /// </summary>
    public async Task<ExportRefusal?> RunAsync(IReadOnlyDictionary<string, string> filters, ClaimsPrincipal user, IServiceProvider services,
        Func<int, IReadOnlyList<JsonObject>, Task> page, CancellationToken ct)
    {
        if (filters.Keys.FirstOrDefault(k => !Filters.ContainsKey(k)) is { } unknown)
            return ExportRefusal.BadRequest($"未知筛选条件 {unknown} / Unknown filter '{unknown}': the filters are auditFindings' arguments {string.Join(", ", Filters.Keys)}.");
        string? after = null;
        while (true)
        {
            var variables = new JsonObject { ["first"] = PageSize, ["after"] = after };
            foreach (var (name, value) in filters)
                variables[name] = value;
            var (data, refusal) = await query.RunAsync(Document, variables, user, services, ct);
            if (refusal is not null)
                return refusal;
            var connection = data!["auditFindings"]!;
            await page(connection["totalCount"]!.GetValue<int>(), [.. connection["edges"]!.AsArray().Select(e => (JsonObject)e!["node"]!)]);
            if (!connection["pageInfo"]!["hasNextPage"]!.GetValue<bool>())
                return null;
            after = connection["pageInfo"]!["endCursor"]!.GetValue<string>();
        }
    }

    private static string T(JsonNode? value) => DossierReader.Text(value);
}
