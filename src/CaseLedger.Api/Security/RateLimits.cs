using System.Globalization;
using System.Threading.RateLimiting;
using CaseLedger.Domain.Shared;

namespace CaseLedger.Api.Security;

/// <summary>
/// How many GraphQL requests one client may send per window (CaseLedger:RateLimit:*): a signed-in
/// user is counted by name, anyone else by IP address. Over the limit the answer is 429 with
/// Retry-After and a GraphQL error RATE_LIMITED.
/// </summary>
internal sealed class RateLimitOptions
{
    public const string Policy = "graphql";

    public bool Enabled { get; init; } = true;

    public int WindowSeconds { get; init; } = 10;

    /// <summary>Requests per window from one IP address without a valid token.</summary>
    public int AnonymousPermits { get; init; } = 300;

    /// <summary>Requests per window from one signed-in user.</summary>
    public int AuthenticatedPermits { get; init; } = 1_200;

    public static RateLimitOptions From(IConfiguration configuration) =>
        configuration.GetSection("CaseLedger:RateLimit").Get<RateLimitOptions>() ?? new RateLimitOptions();
}

internal static class RateLimits
{
    public static IServiceCollection AddCaseLedgerRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var options = RateLimitOptions.From(configuration);
        return services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.AddPolicy(RateLimitOptions.Policy, http =>
            {
                if (!options.Enabled)
                    return RateLimitPartition.GetNoLimiter("off");
                var window = TimeSpan.FromSeconds(Math.Max(1, options.WindowSeconds));
                // The token was validated by UseAuthentication; an invalid one counts as anonymous.
                return CaseLedgerUser.From(http.User) is { } user
                    ? RateLimitPartition.GetFixedWindowLimiter($"user:{user.Name}", _ => Window(options.AuthenticatedPermits, window))
                    : RateLimitPartition.GetFixedWindowLimiter($"ip:{http.Connection.RemoteIpAddress}", _ => Window(options.AnonymousPermits, window));
            });
            limiter.OnRejected = async (context, ct) =>
            {
                var seconds = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter)
                    ? (int)Math.Ceiling(retryAfter.TotalSeconds)
                    : options.WindowSeconds;
                seconds = Math.Max(1, seconds);
                var response = context.HttpContext.Response;
                response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
                response.ContentType = "application/json; charset=utf-8";
                await response.WriteAsJsonAsync(new
                {
                    errors = new[]
                    {
                        new
                        {
                            message = $"请求过于频繁 / Too many requests; retry after {seconds} s.",
                            extensions = new { code = ErrorCodes.RateLimited, retryAfterSeconds = seconds },
                        },
                    },
                }, ct);
            };
        });
    }

    private static FixedWindowRateLimiterOptions Window(int permits, TimeSpan window) => new()
    {
        PermitLimit = Math.Max(1, permits),
        Window = window,
        QueueLimit = 0,
        AutoReplenishment = true,
    };
}
