using System.Security.Claims;
using CaseLedger.Api.Security;
using Microsoft.IdentityModel.Tokens;

namespace CaseLedger.Api.Tests.Security;

/// <summary>
/// The validated-token cache answers a token it already validated without checking it again, and otherwise changes
/// nothing: a forged, expired or unknown token is validated (and refused) as before and never remembered, each answer
/// carries its own identity, and the cache never holds more than its capacity.
/// </summary>
public sealed class ValidatedTokenCacheTests
{
    private const string Key = "validated-token-cache-test-key-0123456789abcdef";

    private static readonly TokenValidationParameters Parameters = new()
    {
        ValidIssuer = "caseledger",
        ValidAudience = "caseledger",
        IssuerSigningKey = new AuthOptions { SigningKey = Key }.Key(),
        RequireSignedTokens = true,
        ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
        NameClaimType = CaseLedgerUser.NameClaim,
        RoleClaimType = CaseLedgerUser.RoleClaim,
        ClockSkew = TimeSpan.FromMinutes(1),
    };

    private static string Token(string name, string key = Key, DateTimeOffset? issued = null) =>
        TokenIssuer.Issue(new AuthOptions { SigningKey = key }, new CaseLedgerUser(name, Role.Registrar, Guid.NewGuid()), TimeSpan.FromHours(1), issued ?? DateTimeOffset.UtcNow);

    private static string? Name(TokenValidationResult result) => CaseLedgerUser.From(new ClaimsPrincipal(result.ClaimsIdentity))?.Name;

    [Fact]
    public async Task A_valid_token_is_remembered_and_each_answer_gets_its_own_identity()
    {
        var cache = new ValidatedTokenCache(10) { MapInboundClaims = false };
        var token = Token("张三");

        var first = await cache.ValidateTokenAsync(token, Parameters);
        var second = await cache.ValidateTokenAsync(token, Parameters);

        Assert.True(first.IsValid);
        Assert.True(second.IsValid);
        Assert.Equal("张三", Name(first));
        Assert.Equal("张三", Name(second));
        Assert.NotSame(first.ClaimsIdentity, second.ClaimsIdentity);
        Assert.Equal(1, cache.Count);
    }

    [Fact]
    public async Task A_forged_or_expired_token_is_refused_and_not_remembered()
    {
        var cache = new ValidatedTokenCache(10) { MapInboundClaims = false };
        var good = Token("李四");
        Assert.True((await cache.ValidateTokenAsync(good, Parameters)).IsValid);

        var forged = Token("李四", "someone-elses-signing-key-0123456789abcdef");
        var expired = Token("李四", issued: DateTimeOffset.UtcNow.AddHours(-3));
        var tampered = good[..^2] + (good[^2] == 'A' ? "BB" : "AA");

        foreach (var token in new[] { forged, expired, tampered })
        {
            Assert.False((await cache.ValidateTokenAsync(token, Parameters)).IsValid);
            Assert.False((await cache.ValidateTokenAsync(token, Parameters)).IsValid);
        }
        Assert.Equal(1, cache.Count);
    }

    [Fact]
    public async Task A_full_cache_remembers_no_more_tokens_and_still_validates_every_one()
    {
        var cache = new ValidatedTokenCache(2) { MapInboundClaims = false };
        var tokens = Enumerable.Range(0, 5).Select(i => Token($"用户{i}")).ToList();

        foreach (var token in tokens)
            Assert.True((await cache.ValidateTokenAsync(token, Parameters)).IsValid);
        foreach (var token in tokens)
            Assert.True((await cache.ValidateTokenAsync(token, Parameters)).IsValid);

        Assert.Equal(2, cache.Count);
    }
}
