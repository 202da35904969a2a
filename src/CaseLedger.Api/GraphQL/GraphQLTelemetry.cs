using System.Diagnostics;
using System.Diagnostics.Metrics;
using GraphQL;
using GraphQL.DI;

namespace CaseLedger.Api.GraphQL;

/// <summary>
/// Each GraphQL operation as an OpenTelemetry span (named "query CaseScreen", as the semantic conventions name
/// GraphQL spans) with its name, type and error codes, and as metrics: its duration and its errors. Without a
/// listener (no OTLP endpoint configured) no span is made and nothing is recorded.
/// </summary>
internal static class GraphQLTelemetry
{
    public const string Name = "CaseLedger.GraphQL";

    private static readonly ActivitySource Source = new(Name);
    private static readonly Meter Meter = new(Name);

    private static readonly Histogram<double> Duration = Meter.CreateHistogram<double>("caseledger.graphql.operation.duration", "s",
        "How long GraphQL operations take, by operation name and type.");

    private static readonly Counter<long> Errors = Meter.CreateCounter<long>("caseledger.graphql.operation.errors", "{error}",
        "Top-level errors GraphQL operations answered with, by operation name, type and error code.");

    public static async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        using var activity = Source.StartActivity("graphql.operation", ActivityKind.Internal);
        var started = Stopwatch.GetTimestamp();
        var result = await next(options);

        var type = result.Operation?.Operation.ToString().ToLowerInvariant() ?? "unknown";
        var name = result.Operation?.Name?.StringValue ?? options.OperationName;
        var tags = new TagList { { "graphql.operation.type", type }, { "graphql.operation.name", name ?? "" } };
        Duration.Record(Stopwatch.GetElapsedTime(started).TotalSeconds, tags);
        foreach (var error in result.Errors ?? [])
        {
            var errorTags = tags;
            errorTags.Add("error.type", error.Code ?? "UNKNOWN");
            Errors.Add(1, errorTags);
        }

        if (activity is not null)
        {
            activity.DisplayName = name is null ? type : $"{type} {name}";
            activity.SetTag("graphql.operation.type", type);
            activity.SetTag("graphql.operation.name", name);
            if (result.Errors is { Count: > 0 } errors)
            {
                activity.SetTag("caseledger.graphql.error_codes", string.Join(",", errors.Select(e => e.Code).Distinct()));
                activity.SetStatus(ActivityStatusCode.Error, errors[0].Message);
            }
        }
        return result;
    }
}
