using System.Security.Claims;
using System.Text.Json.Nodes;
using CaseLedger.Api.GraphQL;
using CaseLedger.Api.Security;
using CaseLedger.Domain.Shared;
using GraphQL;

namespace CaseLedger.Api.Exports;

/// <summary>Why an export is not given: the HTTP status, an <c>errorCodes</c> code and a bilingual message.</summary>
public sealed record ExportRefusal(int Status, string Code, string Message)
{
    /// <summary>Unknown and out of remit alike: the same answer, so a refusal never tells that something exists.</summary>
    public static ExportRefusal NotFound { get; } = new(StatusCodes.Status404NotFound, ErrorCodes.NotFound,
        "没有这个案件，或不在您的管辖范围内 / No such case, or it is outside your remit.");

    public static ExportRefusal AuthRequired { get; } = new(StatusCodes.Status401Unauthorized, ErrorCodes.AuthRequired,
        "需要登录 / Authentication required: send Authorization: Bearer <token> (tools/caseledger token).");

    public static ExportRefusal BadRequest(string message) => new(StatusCodes.Status400BadRequest, ErrorCodes.InvalidRequest, message);

    public override string ToString() => $"{Code}: {Message}";
}

/// <summary>
/// Runs an export's GraphQL document as the caller, through the same schema, authorization, remit filters and personal
/// data masking as /graphql (and the same access log): an export shows exactly what the caller's own queries show.
/// </summary>
internal sealed class ExportQuery(IDocumentExecuter executer, IGraphQLTextSerializer serializer)
{
    public async Task<(JsonNode? Data, ExportRefusal? Refusal)> RunAsync(string query, JsonObject variables, ClaimsPrincipal user,
        IServiceProvider services, CancellationToken ct)
    {
        if (CaseLedgerUser.From(user) is null)
            return (null, ExportRefusal.AuthRequired);
        var result = await executer.ExecuteAsync(new ExecutionOptions
        {
            Query = query,
            Variables = serializer.Deserialize<Inputs>(variables.ToJsonString()),
            RequestServices = services,
            User = user,
            CancellationToken = ct,
        });
        await services.GetRequiredService<AccessLog>().FlushAsync(ct);
        var answer = JsonNode.Parse(serializer.Serialize(result))!;
        if (answer["errors"] is JsonArray { Count: > 0 } errors)
        {
            var code = errors[0]!["extensions"]?["code"]?.GetValue<string>() ?? ErrorCodes.InvalidRequest;
            var message = errors[0]!["message"]!.GetValue<string>();
            return (null, new ExportRefusal(StatusOf(code), code, message));
        }
        return (answer["data"], null);
    }

    /// <summary>As /graphql would answer the same refusal over HTTP: the caller's mistakes are 4xx, outages 503.</summary>
    private static int StatusOf(string code) => code switch
    {
        ErrorCodes.AuthRequired => StatusCodes.Status401Unauthorized,
        ErrorCodes.Forbidden => StatusCodes.Status403Forbidden,
        ErrorCodes.Unavailable => StatusCodes.Status503ServiceUnavailable,
        ErrorCodes.Internal => StatusCodes.Status500InternalServerError,
        _ => StatusCodes.Status400BadRequest,
    };

    /// <summary>Writes a refusal as /graphql writes a request error: one error with its code (401 also says Bearer).</summary>
    public static async Task WriteAsync(HttpContext http, ExportRefusal refusal)
    {
        http.Response.StatusCode = refusal.Status;
        if (refusal.Status == StatusCodes.Status401Unauthorized)
            http.Response.Headers.WWWAuthenticate = "Bearer";
        if (refusal.Status == StatusCodes.Status503ServiceUnavailable)
            http.Response.Headers.RetryAfter = ServerErrors.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        await http.Response.WriteAsJsonAsync(new { errors = new[] { new { message = refusal.Message, extensions = new { code = refusal.Code } } } }, http.RequestAborted);
    }
}
