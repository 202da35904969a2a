using System.Security.Claims;
using System.Text;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace CaseLedger.Api.Security;

/// <summary>
/// CaseLedger:Auth:* — the tokens this ledger accepts: HMAC-SHA256, from this issuer, for this
/// audience. Without a signing key (at least 32 bytes) no token validates and every request is
/// anonymous; appsettings.Development.json carries a development key, never used elsewhere.
/// </summary>
public sealed class AuthOptions
{
    public string Issuer { get; init; } = "caseledger";

    public string Audience { get; init; } = "caseledger";

    public string? SigningKey { get; init; }

    /// <summary>How many validated tokens to remember (<see cref="ValidatedTokenCache"/>); 0 validates every request's token afresh.</summary>
    public int ValidatedTokenCacheSize { get; init; } = 10_000;

    public static AuthOptions From(IConfiguration configuration) =>
        configuration.GetSection("CaseLedger:Auth").Get<AuthOptions>() ?? new AuthOptions();

    public SymmetricSecurityKey? Key() =>
        SigningKey is { } key && Encoding.UTF8.GetByteCount(key) >= 32 ? new SymmetricSecurityKey(Encoding.UTF8.GetBytes(key)) : null;
}

/// <summary>Signs tokens for <c>caseledger token</c> and the tests.</summary>
public static class TokenIssuer
{
    public static string Issue(AuthOptions options, CaseLedgerUser user, TimeSpan lifetime, DateTimeOffset now)
    {
        var key = options.Key() ?? throw new InvalidOperationException(
            "CaseLedger:Auth:SigningKey is not set (or shorter than 32 bytes): no token can be signed.");
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = options.Issuer,
            Audience = options.Audience,
            IssuedAt = now.UtcDateTime,
            NotBefore = now.UtcDateTime,
            Expires = (now + lifetime).UtcDateTime,
            Subject = new ClaimsIdentity(
            [
                new Claim("sub", user.Name),
                new Claim(CaseLedgerUser.NameClaim, user.Name),
                new Claim(CaseLedgerUser.RoleClaim, user.Role.ToString().ToLowerInvariant()),
                new Claim(CaseLedgerUser.UnitClaim, user.UnitId?.ToString("D") ?? CaseLedgerUser.WholeLedger),
            ]),
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.HmacSha256),
        });
    }
}

internal static class AuthSetup
{
    public static IServiceCollection AddCaseLedgerAuth(this IServiceCollection services, IConfiguration configuration)
    {
        var options = AuthOptions.From(configuration);
        services.AddSingleton(options);
        services.AddScoped<Jurisdiction>();
        services.AddScoped<RemitGuard>();
        services.AddScoped<AccessLog>();
        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer(jwt =>
        {
            jwt.MapInboundClaims = false;
            if (options.ValidatedTokenCacheSize > 0)
            {
                jwt.TokenHandlers.Clear();
                jwt.TokenHandlers.Add(new ValidatedTokenCache(options.ValidatedTokenCacheSize) { MapInboundClaims = false });
            }
            jwt.TokenValidationParameters = new TokenValidationParameters
            {
                ValidIssuer = options.Issuer,
                ValidAudience = options.Audience,
                IssuerSigningKey = options.Key(),
                RequireSignedTokens = true,
                ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
                NameClaimType = CaseLedgerUser.NameClaim,
                RoleClaimType = CaseLedgerUser.RoleClaim,
                ClockSkew = TimeSpan.FromMinutes(1),
            };
        });
        return services;
    }
}
