namespace CaseLedger.Api.GraphQL;

/// <summary>
/// GraphiQL for people with a browser. Its files are built from npm by the run command into
/// wwwroot/graphiql (never committed) and served from there, so it works offline.
/// </summary>
internal static class GraphiQLPage
{
    public static bool IsWanted(HttpRequest request) =>
        request.Headers.Accept.ToString().Contains("text/html", StringComparison.OrdinalIgnoreCase)
        && !request.Query.ContainsKey("query");

    public static async Task WriteAsync(HttpContext http, IWebHostEnvironment environment)
    {
        var page = environment.WebRootFileProvider.GetFileInfo("graphiql/index.html");
        if (!page.Exists)
        {
            http.Response.StatusCode = StatusCodes.Status404NotFound;
            await http.Response.WriteAsync("GraphiQL is not built: tools/run builds it (tools/graphiql/build.sh).", http.RequestAborted);
            return;
        }
        http.Response.ContentType = "text/html; charset=utf-8";
        await http.Response.SendFileAsync(page, http.RequestAborted);
    }
}
