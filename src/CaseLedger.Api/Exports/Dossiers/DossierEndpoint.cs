using System.Text;
using CaseLedger.Api.Security;

namespace CaseLedger.Api.Exports.Dossiers;

/// <summary>
/// <c>GET /dossier/{caseId}</c> (printable HTML) and <c>/dossier/{caseId}.xlsx</c> or <c>?format=xlsx</c>: the case's
/// dossier for the bearer of the token, as /graphql would answer them (401 without a token, 403 for a role without
/// history, 404 alike for an unknown case and one outside the remit). The id is the case's global id (or its UUID).
/// </summary>
internal static class DossierEndpoint
{
    public static void MapDossier(this IEndpointRouteBuilder app) =>
        // A global id is base64 and may hold '/': the rest of the path is the id.
        app.MapGet("/dossier/{**caseId}", HandleAsync).RequireRateLimiting(RateLimitOptions.Policy);

    private static async Task HandleAsync(HttpContext http, string caseId, DossierReader reader)
    {
        var id = Uri.UnescapeDataString(caseId);
        var format = http.Request.Query["format"].ToString();
        if (id.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase) || id.EndsWith(".html", StringComparison.OrdinalIgnoreCase))
            (id, format) = (id[..^5], id[^4..].ToLowerInvariant());
        if (format is not ("" or "html" or "xlsx"))
        {
            await ExportQuery.WriteAsync(http, ExportRefusal.BadRequest($"format 只能是 html 或 xlsx / format must be html or xlsx, not '{format}'."));
            return;
        }

        var (dossier, refusal) = await reader.ReadAsync(id, http.User, http.RequestServices, http.RequestAborted);
        if (refusal is not null)
        {
            await ExportQuery.WriteAsync(http, refusal);
            return;
        }
        // Personal data: never kept by a shared cache.
        http.Response.Headers.CacheControl = "no-store";
        var name = $"案卷-{DossierReader.Text(dossier!.Case["number"])}";
        if (format == "xlsx")
        {
            var bytes = DossierWorkbook.Render(dossier);
            http.Response.ContentType = Workbook.ContentType;
            http.Response.Headers.ContentDisposition = ContentDisposition("attachment", name + ".xlsx");
            await http.Response.Body.WriteAsync(bytes, http.RequestAborted);
            return;
        }
        http.Response.ContentType = "text/html; charset=utf-8";
        http.Response.Headers.ContentDisposition = ContentDisposition("inline", name + ".html");
        await http.Response.WriteAsync(DossierHtml.Render(dossier), Encoding.UTF8, http.RequestAborted);
    }

    /// <summary>A Content-Disposition with an ASCII fallback name and the UTF-8 one (RFC 6266).</summary>
    internal static string ContentDisposition(string kind, string fileName)
    {
        var ascii = new string([.. fileName.Select(c => c is >= ' ' and < '\u007f' and not '"' and not '\\' ? c : '_')]);
        return $"{kind}; filename=\"{ascii}\"; filename*=UTF-8''{Uri.EscapeDataString(fileName)}";
    }
}
