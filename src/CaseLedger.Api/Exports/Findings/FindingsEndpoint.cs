using System.Text;
using System.Text.Json.Nodes;
using CaseLedger.Api.Exports.Dossiers;
using CaseLedger.Api.Security;

namespace CaseLedger.Api.Exports.Findings;

/// <summary>
/// <c>GET /exports/findings.csv?ruleId=…&amp;status=…</c> and <c>/exports/findings.xlsx?…</c>: what auditFindings with the
/// same filters returns to the bearer of the token, every page of it, one row per finding. A bad filter, an unknown
/// parameter, a missing token or a role without findings is refused before anything is written.
/// </summary>
internal static class FindingsEndpoint
{
    public static void MapFindingsExport(this IEndpointRouteBuilder app) =>
        app.MapGet("/exports/findings.{format}", HandleAsync).RequireRateLimiting(RateLimitOptions.Policy);

    private static async Task HandleAsync(HttpContext http, string format, FindingsExport export)
    {
        if (format is not ("csv" or "xlsx"))
        {
            await ExportQuery.WriteAsync(http, ExportRefusal.BadRequest($"只能导出 csv 或 xlsx / findings export as .csv or .xlsx, not .{format}."));
            return;
        }
        if (http.Request.Query.FirstOrDefault(q => q.Value.Count != 1) is { Key: { } repeated })
        {
            await ExportQuery.WriteAsync(http, ExportRefusal.BadRequest($"筛选条件 {repeated} 只能给一次 / Give the filter '{repeated}' once."));
            return;
        }
        var filters = http.Request.Query.ToDictionary(q => q.Key, q => q.Value.ToString());
        var all = new List<JsonObject>();
        var started = false;
        var refusal = await export.RunAsync(filters, http.User, http.RequestServices, async (_, page) =>
        {
            if (format == "xlsx")
            {
                all.AddRange(page);
                return;
            }
            if (!started)
            {
                started = true;
                http.Response.Headers.CacheControl = "no-store";
                http.Response.ContentType = FindingsCsv.ContentType;
                http.Response.Headers.ContentDisposition = DossierEndpoint.ContentDisposition("attachment", "findings.csv");
                await http.Response.Body.WriteAsync(FindingsCsv.ByteOrderMark, http.RequestAborted);
                await http.Response.WriteAsync(FindingsCsv.Header(), Encoding.UTF8, http.RequestAborted);
            }
            await http.Response.WriteAsync(FindingsCsv.Rows(page), Encoding.UTF8, http.RequestAborted);
        }, http.RequestAborted);
        if (refusal is not null)
        {
            if (started)
                http.Abort(); // a later page failed: a cut download, never a file that looks complete
            else
                await ExportQuery.WriteAsync(http, refusal);
            return;
        }
        if (format == "xlsx")
        {
            var bytes = FindingsWorkbook.Render(all);
            http.Response.Headers.CacheControl = "no-store";
            http.Response.ContentType = Workbook.ContentType;
            http.Response.Headers.ContentDisposition = DossierEndpoint.ContentDisposition("attachment", "findings.xlsx");
            await http.Response.Body.WriteAsync(bytes, http.RequestAborted);
        }
    }
}

/// <summary>The findings as one sheet, "审计发现 findings", with the CSV's columns.</summary>
internal static class FindingsWorkbook
{
    public const string Sheet = "审计发现 findings";

    public static byte[] Render(IEnumerable<JsonObject> findings) => new Workbook()
        .Sheet(Sheet, FindingsExport.Columns.Select(c => c.Heading), findings.Select(f => FindingsExport.Columns.Select(c => c.Value(f))))
        .ToBytes();
}
