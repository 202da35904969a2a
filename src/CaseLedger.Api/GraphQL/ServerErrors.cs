using System.Net.Sockets;
using CaseLedger.Domain.Shared;
using GraphQL;
using GraphQL.Execution;
using Npgsql;

namespace CaseLedger.Api.GraphQL;

/// <summary>
/// What a client learns of a failure on the server's side: <c>UNAVAILABLE</c> with a retry hint when
/// the database cannot be reached, <c>INTERNAL</c> otherwise — never the exception's own codes
/// (MARTEN_COMMAND, POSTGRES, …) or, outside Development, its details.
/// </summary>
internal static class ServerErrors
{
    public const int RetryAfterSeconds = 5;

    public const string UnavailableMessage =
        "数据库暂不可用，请稍后重试 / The database cannot be reached right now; nothing was recorded. Retry after a few seconds.";

    public const string InternalMessage =
        "服务器内部错误 / The server failed on its side. Retry later; report the X-Correlation-Id if it persists.";

    /// <summary>True when the exception (or one inside it) says the database is down, restarting or out of reach.</summary>
    public static bool IsOutage(Exception? exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            switch (current)
            {
                case PostgresException postgres:
                    // 08: connection exceptions; 57P01–57P03: shutdown, crash, not accepting yet; 53300: too many connections.
                    return postgres.SqlState.StartsWith("08", StringComparison.Ordinal)
                        || postgres.SqlState is "57P01" or "57P02" or "57P03" or "53300";
                case NpgsqlException { IsTransient: true }:
                case SocketException:
                case TimeoutException when current.InnerException is null or NpgsqlException or SocketException:
                    return true;
            }
        }
        return false;
    }

    /// <summary>True when some error of the result comes from an outage.</summary>
    public static bool AnyOutage(ExecutionResult result) =>
        result.Errors?.Any(e => e is UnhandledError && IsOutage(e.InnerException)) == true;
}

/// <summary>
/// Replaces what an unhandled exception would show (its type as the code, its details) by
/// <c>INTERNAL</c> or <c>UNAVAILABLE</c> (with <c>retryAfterSeconds</c>); every other error is left
/// to <paramref name="inner"/>. In Development the message keeps the exception, for debugging.
/// </summary>
internal sealed class ServerErrorInfoProvider(IErrorInfoProvider inner, bool development) : IErrorInfoProvider
{
    public ErrorInfo GetInfo(ExecutionError executionError)
    {
        if (executionError is not UnhandledError)
            return inner.GetInfo(executionError);
        // A refusal of ours that escaped a resolver outside the mutation convention (a subscription's malformed caseId):
        // the client's error, with its catalogued code, not a failure of the server.
        if (executionError.InnerException is DomainException refused && ErrorCodes.Descriptions.ContainsKey(refused.Code))
            return new ErrorInfo { Message = refused.Message, Extensions = new Dictionary<string, object?> { ["code"] = refused.Code, ["codes"] = new[] { refused.Code } } };

        var outage = ServerErrors.IsOutage(executionError.InnerException);
        var code = outage ? ErrorCodes.Unavailable : ErrorCodes.Internal;
        var extensions = new Dictionary<string, object?> { ["code"] = code, ["codes"] = new[] { code } };
        if (outage)
            extensions["retryAfterSeconds"] = ServerErrors.RetryAfterSeconds;
        var message = outage ? ServerErrors.UnavailableMessage : ServerErrors.InternalMessage;
        if (development)
            message = $"{message} ({executionError.InnerException?.GetType().Name}: {executionError.InnerException?.Message})";
        return new ErrorInfo { Message = message, Extensions = extensions };
    }
}

/// <summary>
/// Lets validation stop between nodes once the request's token is cancelled (client gone, time
/// limit passed): GraphQL.NET's rules walk the document without looking at the token themselves.
/// </summary>
internal sealed class ValidationCancellation : global::GraphQL.Validation.ValidationRuleBase
{
    public static readonly ValidationCancellation Instance = new();

    public override ValueTask<global::GraphQL.Validation.INodeVisitor?> GetPreNodeVisitorAsync(global::GraphQL.Validation.ValidationContext context) =>
        new(new Visitor());

    private sealed class Visitor : global::GraphQL.Validation.INodeVisitor
    {
        public ValueTask EnterAsync(GraphQLParser.AST.ASTNode node, global::GraphQL.Validation.ValidationContext context)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            return default;
        }

        public ValueTask LeaveAsync(GraphQLParser.AST.ASTNode node, global::GraphQL.Validation.ValidationContext context) => default;
    }
}
