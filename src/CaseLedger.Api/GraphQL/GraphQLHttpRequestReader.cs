using System.Text.Json;
using CaseLedger.Domain.Shared;
using GraphQL;
using GraphQL.Transport;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Net.Http.Headers;

namespace CaseLedger.Api.GraphQL;

/// <summary>A request the transport refuses before GraphQL sees it.</summary>
internal sealed record GraphQLRequestError(int StatusCode, string Message, string? Code = null);

internal sealed record GraphQLReadResult(GraphQLRequest? Request, GraphQLRequestError? Error);

/// <summary>Reads a GraphQL request from GET parameters or a POSTed JSON body, refusing malformed ones.</summary>
internal static class GraphQLHttpRequestReader
{
    /// <summary>Bodies above this are refused with 413 before they are parsed.</summary>
    public const long MaxBodyBytes = 1024 * 1024;

    public static async Task<GraphQLReadResult> ReadAsync(HttpRequest request, IGraphQLTextSerializer serializer, CancellationToken ct)
    {
        if (HttpMethods.IsGet(request.Method))
            return FromQueryString(request.Query, serializer);

        if (!IsJson(request.ContentType))
            return Fail(StatusCodes.Status415UnsupportedMediaType, "POST requests must have Content-Type: application/json.");
        if (request.ContentLength > MaxBodyBytes)
            return Fail(StatusCodes.Status413PayloadTooLarge, $"The request body is larger than {MaxBodyBytes} bytes.");

        var sizeLimit = request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>();
        if (sizeLimit is { IsReadOnly: false })
            sizeLimit.MaxRequestBodySize = MaxBodyBytes;

        JsonDocument body;
        try
        {
            body = await JsonDocument.ParseAsync(request.Body, cancellationToken: ct);
        }
        catch (JsonException ex)
        {
            return Fail(StatusCodes.Status400BadRequest, $"The body is not valid JSON: {ex.Message}");
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return Fail(StatusCodes.Status413PayloadTooLarge, $"The request body is larger than {MaxBodyBytes} bytes.");
        }

        using (body)
        {
            if (body.RootElement.ValueKind != JsonValueKind.Object)
                return Fail(StatusCodes.Status400BadRequest, "The body must be one JSON object; batched requests are not supported.");
            // Before anything reads a string: a lone surrogate or invalid UTF-8 would throw there, and a NUL would reach PostgreSQL.
            if (RequestText.FirstProblem(body.RootElement) is { } problem)
                return Fail(StatusCodes.Status400BadRequest, problem, ErrorCodes.InvalidText);
            return FromJson(body.RootElement, serializer);
        }
    }

    private static GraphQLReadResult FromJson(JsonElement body, IGraphQLTextSerializer serializer)
    {
        if (!body.TryGetProperty("query", out var query) || query.ValueKind != JsonValueKind.String)
            return Fail(StatusCodes.Status400BadRequest, "The body must have a string \"query\".");
        if (!OptionalString(body, "operationName", out var operationName))
            return Fail(StatusCodes.Status400BadRequest, "\"operationName\" must be a string or null.");
        if (!OptionalMap(body, "variables", serializer, out var variables))
            return Fail(StatusCodes.Status400BadRequest, "\"variables\" must be an object or null.");
        if (!OptionalMap(body, "extensions", serializer, out var extensions))
            return Fail(StatusCodes.Status400BadRequest, "\"extensions\" must be an object or null.");

        return Ok(query.GetString(), operationName, variables, extensions);
    }

    private static GraphQLReadResult FromQueryString(IQueryCollection parameters, IGraphQLTextSerializer serializer)
    {
        var query = parameters["query"].ToString();
        if (string.IsNullOrEmpty(query))
            return Fail(StatusCodes.Status400BadRequest, "GET requests must have a \"query\" parameter.");

        Inputs? variables = null, extensions = null;
        try
        {
            if (parameters.TryGetValue("variables", out var v) && !string.IsNullOrEmpty(v))
                variables = ParseMap(v.ToString(), serializer);
            if (parameters.TryGetValue("extensions", out var e) && !string.IsNullOrEmpty(e))
                extensions = ParseMap(e.ToString(), serializer);
        }
        catch (InvalidTextException ex)
        {
            return Fail(StatusCodes.Status400BadRequest, ex.Message, ErrorCodes.InvalidText);
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException)
        {
            return Fail(StatusCodes.Status400BadRequest, "\"variables\" and \"extensions\" must be JSON objects.");
        }

        var operationName = parameters["operationName"].ToString();
        return Ok(query, string.IsNullOrEmpty(operationName) ? null : operationName, variables, extensions);
    }

    private static Inputs? ParseMap(string json, IGraphQLTextSerializer serializer)
    {
        using var document = JsonDocument.Parse(json);
        if (RequestText.FirstProblem(document.RootElement) is { } problem)
            throw new InvalidTextException(problem);
        return document.RootElement.ValueKind switch
        {
            JsonValueKind.Object => serializer.Deserialize<Inputs>(json),
            JsonValueKind.Null => null,
            _ => throw new InvalidOperationException("Not a JSON object."),
        };
    }

    private static bool OptionalString(JsonElement body, string name, out string? value)
    {
        value = null;
        if (!body.TryGetProperty(name, out var element) || element.ValueKind == JsonValueKind.Null)
            return true;
        value = element.ValueKind == JsonValueKind.String ? element.GetString() : null;
        return element.ValueKind == JsonValueKind.String;
    }

    private static bool OptionalMap(JsonElement body, string name, IGraphQLTextSerializer serializer, out Inputs? value)
    {
        value = null;
        if (!body.TryGetProperty(name, out var element) || element.ValueKind == JsonValueKind.Null)
            return true;
        if (element.ValueKind != JsonValueKind.Object)
            return false;
        value = serializer.Deserialize<Inputs>(element.GetRawText());
        return true;
    }

    private static bool IsJson(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var parsed)
        && string.Equals(parsed.MediaType.Value, "application/json", StringComparison.OrdinalIgnoreCase)
        && (parsed.Charset.Value is null || string.Equals(parsed.Charset.Value, "utf-8", StringComparison.OrdinalIgnoreCase));

    private static GraphQLReadResult Ok(string? query, string? operationName, Inputs? variables, Inputs? extensions) =>
        new(new GraphQLRequest { Query = query, OperationName = operationName, Variables = variables, Extensions = extensions }, null);

    private static GraphQLReadResult Fail(int statusCode, string message, string? code = null) => new(null, new GraphQLRequestError(statusCode, message, code));
}
