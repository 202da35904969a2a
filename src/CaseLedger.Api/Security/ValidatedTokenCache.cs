using System.Collections.Concurrent;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace CaseLedger.Api.Security;

/// <summary>
/// The bearer-token handler with a bounded cache of tokens it already validated, keyed by the raw token: a client
/// sends the same token on every request, and checking its signature and claims anew each time is work repeated.
/// Only a successful validation is kept, and only until the token expires (never past <c>exp</c>, whatever the
/// clock skew allows) or for at most <see cref="MaxAge"/>; a full cache takes no more entries until the expired
/// ones are swept. Each request gets its own copy of the identity, so nothing a request does to it leaks into another.
/// CaseLedger:Auth:ValidatedTokenCacheSize (default 10,000; 0 turns the cache off).
/// </summary>
internal sealed class ValidatedTokenCache(int capacity) : JsonWebTokenHandler
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(5);

    private readonly ConcurrentDictionary<string, Entry> validated = new(StringComparer.Ordinal);

    public int Count => validated.Count;

    public override async Task<TokenValidationResult> ValidateTokenAsync(string token, TokenValidationParameters validationParameters)
    {
        // The wall clock, as the validation itself uses (not the app's TimeProvider, which tests move).
        var now = DateTime.UtcNow;
        if (validated.TryGetValue(token, out var hit))
        {
            if (now < hit.Until)
                return hit.Copy();
            validated.TryRemove(token, out _);
        }
        var result = await base.ValidateTokenAsync(token, validationParameters);
        if (result.IsValid && result.ClaimsIdentity is { } identity && result.SecurityToken is { } securityToken
            && securityToken.ValidTo > now)
        {
            if (validated.Count >= capacity)
                Sweep(now);
            if (validated.Count < capacity)
                validated[token] = new Entry(identity, securityToken, result.Issuer, result.TokenType, Min(securityToken.ValidTo, now + MaxAge));
        }
        return result;
    }

    private void Sweep(DateTime now)
    {
        foreach (var (key, entry) in validated)
        {
            if (entry.Until <= now)
                validated.TryRemove(key, out _);
        }
    }

    private static DateTime Min(DateTime a, DateTime b) => a < b ? a : b;

    private sealed record Entry(System.Security.Claims.ClaimsIdentity Identity, SecurityToken Token, string Issuer, string TokenType, DateTime Until)
    {
        public TokenValidationResult Copy() => new()
        {
            IsValid = true,
            ClaimsIdentity = Identity.Clone(),
            SecurityToken = Token,
            Issuer = Issuer,
            TokenType = TokenType,
        };
    }
}
