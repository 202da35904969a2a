using System.Diagnostics;
using CaseLedger.Api.Hosting;
using CaseLedger.Api.Tests.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace CaseLedger.Api.Tests.Transport;

/// <summary>
/// OpenTelemetry: a GraphQL request gives a trace with the HTTP server span, the GraphQL operation's span (named
/// after the operation) and the PostgreSQL commands beneath it, plus the operation's duration and errors as
/// metrics — here into the in-memory exporter, in production over OTLP, and only when an endpoint is configured.
/// </summary>
public sealed class TelemetryTests(TelemetryTests.Host host) : IClassFixture<TelemetryTests.Host>
{
    [Fact]
    public async Task A_GraphQL_request_is_traced_over_HTTP_GraphQL_and_PostgreSQL()
    {
        await host.GraphQL.QueryAsync("query TelemetryProbe { units(first: 1) { totalCount } }");
        host.Services.GetRequiredService<TracerProvider>().ForceFlush();

        var operation = Assert.Single(host.Spans.ToArray(), s => s.Source.Name == "CaseLedger.GraphQL" && s.DisplayName == "query TelemetryProbe");
        Assert.Equal("TelemetryProbe", operation.GetTagItem("graphql.operation.name"));
        Assert.Equal("query", operation.GetTagItem("graphql.operation.type"));
        Assert.Equal(ActivityStatusCode.Unset, operation.Status);
        var trace = host.Spans.Where(s => s.TraceId == operation.TraceId).ToArray();
        var server = Assert.Single(trace, s => s.Kind == ActivityKind.Server);
        Assert.Equal("/graphql", server.GetTagItem("url.path"));
        Assert.Equal(server.SpanId, operation.ParentSpanId);
        Assert.Contains(trace, s => s.Source.Name == "Npgsql" && s.Kind == ActivityKind.Client);
    }

    [Fact]
    public async Task A_refused_operation_is_an_error_span_and_counted_by_its_code()
    {
        var result = await host.Anonymous().ExecuteAsync("query TelemetryRefused { accessLog { totalCount } }");
        Assert.Equal("AUTH_REQUIRED", result["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
        host.Services.GetRequiredService<TracerProvider>().ForceFlush();
        host.Services.GetRequiredService<MeterProvider>().ForceFlush();

        var operation = Assert.Single(host.Spans.ToArray(), s => s.DisplayName == "query TelemetryRefused");
        Assert.Equal(ActivityStatusCode.Error, operation.Status);
        Assert.Equal("AUTH_REQUIRED", operation.GetTagItem("caseledger.graphql.error_codes"));
        Assert.Equal(1, Sum(host.Metrics.ToArray(), "caseledger.graphql.operation.errors", "TelemetryRefused", "AUTH_REQUIRED"));
        Assert.True(Sum(host.Metrics.ToArray(), "caseledger.graphql.operation.duration", "TelemetryRefused", null) >= 1);
    }

    [Fact]
    public void Telemetry_is_off_without_an_endpoint_and_on_with_one()
    {
        Assert.Null(Configured([]).GetService<TracerProvider>());
        Assert.Null(Configured([]).GetService<MeterProvider>());
        Assert.NotNull(Configured(new() { ["CaseLedger:Telemetry:OtlpEndpoint"] = "http://127.0.0.1:4317" }).GetService<TracerProvider>());
        Assert.NotNull(Configured(new() { ["OTEL_EXPORTER_OTLP_ENDPOINT"] = "http://127.0.0.1:4317" }).GetService<MeterProvider>());
    }

    private static ServiceProvider Configured(Dictionary<string, string?> settings) =>
        new ServiceCollection().AddLogging()
            .AddCaseLedgerTelemetry(new ConfigurationBuilder().AddInMemoryCollection(settings).Build())
            .BuildServiceProvider();

    /// <summary>The sum (counter) or count (histogram) of one operation's points, optionally of one error code.</summary>
    private static double Sum(Metric[] metrics, string name, string operation, string? errorType)
    {
        double total = 0;
        foreach (var metric in metrics.Where(m => m.Name == name))
        {
            foreach (ref readonly var point in metric.GetMetricPoints())
            {
                var tags = new Dictionary<string, object?>();
                foreach (var tag in point.Tags)
                    tags[tag.Key] = tag.Value;
                if (!Equals(tags.GetValueOrDefault("graphql.operation.name"), operation)
                    || (errorType is not null && !Equals(tags.GetValueOrDefault("error.type"), errorType)))
                    continue;
                total += metric.MetricType == MetricType.Histogram ? point.GetHistogramCount() : point.GetSumLong();
            }
        }
        return total;
    }

    /// <summary>The test host with the API's own instrumentation, exporting into memory instead of OTLP.</summary>
    public sealed class Host : CaseLedgerHost
    {
        public List<Activity> Spans { get; } = [];

        public List<Metric> Metrics { get; } = [];

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(services => services.AddCaseLedgerTelemetry(otel => otel
                .WithTracing(tracing => tracing.AddInMemoryExporter(Spans))
                .WithMetrics(metrics => metrics.AddInMemoryExporter(Metrics))));
        }
    }
}
