using CaseLedger.Api.GraphQL;
using Npgsql;
using OpenTelemetry;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace CaseLedger.Api.Hosting;

/// <summary>
/// OpenTelemetry traces and metrics for HTTP (ASP.NET Core in, HttpClient out), GraphQL operations
/// (<see cref="GraphQLTelemetry"/>) and PostgreSQL (Npgsql), exported over OTLP — only when an endpoint is
/// configured: OTEL_EXPORTER_OTLP_ENDPOINT (with the other standard OTEL_* variables), or
/// CaseLedger:Telemetry:OtlpEndpoint in appsettings. Otherwise nothing is registered and nothing is collected.
/// </summary>
internal static class TelemetrySetup
{
    public const string ServiceName = "CaseLedger";

    public static IServiceCollection AddCaseLedgerTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        if (configuration["CaseLedger:Telemetry:OtlpEndpoint"] is { Length: > 0 } endpoint)
        {
            var protocol = configuration.GetValue("CaseLedger:Telemetry:OtlpProtocol", OtlpExportProtocol.Grpc);
            return services.AddCaseLedgerTelemetry(otel => otel.UseOtlpExporter(protocol, new Uri(endpoint)));
        }
        if (configuration["OTEL_EXPORTER_OTLP_ENDPOINT"] is { Length: > 0 })
            return services.AddCaseLedgerTelemetry(otel => otel.UseOtlpExporter());
        return services;
    }

    /// <summary>The instrumentation, with the exporter <paramref name="export"/> adds (OTLP; the tests' in-memory one).</summary>
    public static IServiceCollection AddCaseLedgerTelemetry(this IServiceCollection services, Action<IOpenTelemetryBuilder> export)
    {
        var otel = services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(ServiceName))
            .WithTracing(tracing => tracing
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddNpgsql()
                .AddSource(GraphQLTelemetry.Name))
            .WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddNpgsqlInstrumentation()
                .AddMeter(GraphQLTelemetry.Name));
        export(otel);
        return services;
    }
}
