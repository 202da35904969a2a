using Marten;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CaseLedger.Api.Hosting;

/// <summary><c>/health/ready</c>: healthy when PostgreSQL answers a query.</summary>
internal sealed class PostgresHealthCheck(IQuerySession session) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await session.QueryAsync<int>("select 1", cancellationToken);
            return HealthCheckResult.Healthy("PostgreSQL answers.");
        }
        catch (Exception ex) when (ex is Npgsql.NpgsqlException or TimeoutException or InvalidOperationException)
        {
            return HealthCheckResult.Unhealthy("PostgreSQL does not answer.", ex);
        }
    }
}

internal static class HealthSetup
{
    public static IServiceCollection AddCaseLedgerHealth(this IServiceCollection services)
    {
        services.AddHealthChecks().AddCheck<PostgresHealthCheck>("postgresql", tags: ["ready"]);
        return services;
    }

    public static void MapCaseLedgerHealth(this IEndpointRouteBuilder app)
    {
        app.MapHealthChecks("/health/ready", new() { Predicate = check => check.Tags.Contains("ready") });
        app.MapHealthChecks("/health/live", new() { Predicate = _ => false });
    }
}
