using System.Security.Claims;
using CaseLedger.Api.Security;

namespace CaseLedger.Cli.Commands;

/// <summary>
/// The operator as the request: the API reads who acts (and their remit) from the HTTP request, so an in-process verb
/// sets one with the user it acts as, as a token would name them.
/// </summary>
internal static class CliRequest
{
    public static ClaimsPrincipal Enter(IServiceProvider services, CaseLedgerUser user, string correlationPrefix)
    {
        var principal = new ClaimsPrincipal(new ClaimsIdentity(
        [
            new Claim(CaseLedgerUser.NameClaim, user.Name),
            new Claim(CaseLedgerUser.RoleClaim, user.Role.ToString().ToLowerInvariant()),
            new Claim(CaseLedgerUser.UnitClaim, user.UnitId?.ToString("D") ?? CaseLedgerUser.WholeLedger),
        ], "caseledger-cli", CaseLedgerUser.NameClaim, CaseLedgerUser.RoleClaim));
        var http = new DefaultHttpContext { User = principal, RequestServices = services };
        http.Request.Headers[RequestActor.CorrelationHeader] = $"{correlationPrefix}-{Guid.NewGuid():N}";
        services.GetRequiredService<IHttpContextAccessor>().HttpContext = http;
        return principal;
    }
}
