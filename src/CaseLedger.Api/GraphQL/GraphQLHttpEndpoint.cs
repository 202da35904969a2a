using System.Net.Mime;
using CaseLedger.Domain.Shared;
using GraphQL;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;

namespace CaseLedger.Api.GraphQL;

/// <summary>
/// GraphQL over HTTP at one endpoint, written to the GraphQL-over-HTTP spec: POST with JSON,
/// GET for queries only, the response type negotiated from <c>Accept</c>, request errors as 4xx.
/// Browsers asking for HTML get GraphiQL.
/// </summary>
internal static class GraphQLHttpEndpoint
{
    public static IEndpointConventionBuilder MapGraphQLEndpoint(this IEndpointRouteBuilder app, string pattern) =>
        app.MapMethods(pattern, [HttpMethods.Get, HttpMethods.Post], HandleAsync).DisableAntiforgery()
            .RequireRateLimiting(Security.RateLimitOptions.Policy);

    private static async Task HandleAsync(HttpContext http, IDocumentExecuter executer, IGraphQLTextSerializer serializer,
        IWebHostEnvironment environment)
    {
        if (http.WebSockets.IsWebSocketRequest)
        {
            await GraphQLWebSocket.HandleAsync(http);
            return;
        }
        if (HttpMethods.IsGet(http.Request.Method) && GraphiQLPage.IsWanted(http.Request))
        {
            await GraphiQLPage.WriteAsync(http, environment);
            return;
        }

        var mediaType = GraphQLMediaTypes.Negotiate(http.Request.Headers.Accept);
        if (mediaType is null)
        {
            await WriteRequestErrorAsync(http, StatusCodes.Status406NotAcceptable, MediaTypeNames.Application.Json,
                "Accept must allow application/graphql-response+json or application/json.");
            return;
        }

        var read = await GraphQLHttpRequestReader.ReadAsync(http.Request, serializer, http.RequestAborted);
        if (read.Error is { } error)
        {
            await WriteRequestErrorAsync(http, error.StatusCode, mediaType, error.Message, error.Code);
            return;
        }

        var request = read.Request!;
        var cache = http.RequestServices.GetRequiredService<DocumentCache>();
        if (!cache.TryGet(request.Query!, out var document))
        {
            if (await ParseAndCheckAsync(http, mediaType, request.Query!) is not { } parsed)
                return;
            document = parsed;
            cache.Add(request.Query!, document);
        }

        if (HttpMethods.IsGet(http.Request.Method) && IsMutation(document, request.OperationName))
        {
            http.Response.Headers.Allow = HttpMethods.Post;
            await WriteRequestErrorAsync(http, StatusCodes.Status405MethodNotAllowed, mediaType,
                "Mutations are only accepted over POST.");
            return;
        }

        ExecutionResult result;
        try
        {
            // Validation and execution stop when the client goes away or the time limit passes
            // (WithTimeout links its own token to this one; see ValidationCancellation).
            result = await executer.ExecuteAsync(new ExecutionOptions
            {
                Query = request.Query,
                Document = document,
                OperationName = request.OperationName,
                Variables = request.Variables,
                Extensions = request.Extensions,
                RequestServices = http.RequestServices,
                User = http.User,
                CancellationToken = http.RequestAborted,
            });
            await http.RequestServices.GetRequiredService<Security.AccessLog>().FlushAsync(http.RequestAborted);
        }
        catch (OperationCanceledException) when (http.RequestAborted.IsCancellationRequested)
        {
            return; // nobody is listening any more
        }
        catch (Exception ex) when (ServerErrors.IsOutage(ex))
        {
            http.Response.Headers.RetryAfter = ServerErrors.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            await WriteRequestErrorAsync(http, StatusCodes.Status503ServiceUnavailable, mediaType, ServerErrors.UnavailableMessage, ErrorCodes.Unavailable);
            return;
        }

        // A request that never reached execution (validation, variable coercion) is the client's
        // error under application/graphql-response+json; the legacy type always answers 200.
        // During a database outage the answer says when to retry.
        var unavailable = ServerErrors.AnyOutage(result);
        if (unavailable)
            http.Response.Headers.RetryAfter = ServerErrors.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        http.Response.StatusCode = unavailable && result.Data is null ? StatusCodes.Status503ServiceUnavailable
            : !result.Executed && mediaType == GraphQLMediaTypes.GraphQLResponse
            ? StatusCodes.Status400BadRequest
            : StatusCodes.Status200OK;
        http.Response.ContentType = $"{mediaType}; charset=utf-8";
        await serializer.WriteAsync(http.Response.Body, result, http.RequestAborted);
    }

    /// <summary>
    /// The bounds, the parse, fragment cycles and the alias cap, cheapest first; null once a refusal is written.
    /// Each is a function of the text alone, so <see cref="DocumentCache"/> keeps a document that passed them all.
    /// </summary>
    private static async Task<GraphQLDocument?> ParseAndCheckAsync(HttpContext http, string mediaType, string query)
    {
        // A linear, non-recursive pass first: the parser and the validation rules below recurse and
        // compare fields pairwise, so only a document within these bounds may reach them.
        if (DocumentPrePass.Check(query, http.RequestServices.GetRequiredService<DocumentBounds>(),
                http.RequestServices.GetRequiredService<QueryLimits>().MaxAliases) is { } tooBig)
        {
            await WriteRequestErrorAsync(http, StatusCodes.Status400BadRequest, mediaType, tooBig.Message, tooBig.Code);
            return null;
        }

        GraphQLDocument document;
        try
        {
            document = GraphQLParser.Parser.Parse(query);
        }
        catch (GraphQLMaxDepthExceededException)
        {
            await WriteRequestErrorAsync(http, StatusCodes.Status400BadRequest, mediaType,
                "The query nests deeper than the parser allows (limit: nesting).", ErrorCodes.NestingLimit);
            return null;
        }
        catch (GraphQLParserException ex)
        {
            // Under the legacy media type a parse failure still answers 200; the new one says 400.
            var status = mediaType == GraphQLMediaTypes.GraphQLResponse ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK;
            await WriteRequestErrorAsync(http, status, mediaType, ex.Message, ErrorCodes.SyntaxError);
            return null;
        }

        // Cheap checks first, so an abusive document never reaches the validation rules that would walk it
        // (the executor checks the same again): fragment cycles, then the alias cap.
        var limits = http.RequestServices.GetRequiredService<QueryLimits>();
        if ((FragmentCycles.Find(document) is { } cycle ? (Message: cycle, Code: Domain.Shared.ErrorCodes.FragmentCycle) :
             AliasLimitRule.Refusal(document, limits) is { } aliases ? (Message: aliases, Code: AliasLimitRule.Code) : default) is { Message: { } refusal } refused)
        {
            // Refused as a validation error would be: 400 under the new media type, 200 under the legacy one.
            var status = mediaType == GraphQLMediaTypes.GraphQLResponse ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK;
            await WriteRequestErrorAsync(http, status, mediaType, refusal, refused.Code);
            return null;
        }
        return document;
    }

    private static bool IsMutation(GraphQLDocument document, string? operationName)
    {
        var operations = document.Definitions.OfType<GraphQLOperationDefinition>().ToList();
        var selected = operationName is null
            ? operations.Count == 1 ? operations[0] : null
            : operations.FirstOrDefault(o => o.Name?.StringValue == operationName);
        return selected?.Operation == OperationType.Mutation;
    }

    private static async Task WriteRequestErrorAsync(HttpContext http, int statusCode, string mediaType, string message, string? code = null)
    {
        http.Response.StatusCode = statusCode;
        http.Response.ContentType = $"{mediaType}; charset=utf-8";
        // Every top-level error carries a code from the catalogue (errorCodes); a malformed request is INVALID_REQUEST.
        code ??= Domain.Shared.ErrorCodes.InvalidRequest;
        await http.Response.WriteAsJsonAsync(new { errors = new[] { new { message, extensions = new { code } } } }, http.RequestAborted);
    }
}
