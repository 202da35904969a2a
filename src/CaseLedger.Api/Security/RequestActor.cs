using System.Diagnostics;

namespace CaseLedger.Api.Security;

/// <summary>Who is acting in this HTTP request and under which correlation id.</summary>
internal sealed class RequestActor(IHttpContextAccessor accessor)
{
    public const string CorrelationHeader = "X-Correlation-Id";

    public string Name => accessor.HttpContext?.User.Identity is { IsAuthenticated: true, Name: { } name } ? name : "anonymous";

    public string CorrelationId =>
        accessor.HttpContext?.Request.Headers[CorrelationHeader].FirstOrDefault() is { Length: > 0 and <= 100 } given
            ? given
            : Activity.Current?.TraceId.ToString() ?? accessor.HttpContext?.TraceIdentifier ?? Guid.NewGuid().ToString("N");
}
