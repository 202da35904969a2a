using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace CaseLedger.Api.GraphQL;

/// <summary>The two response media types of GraphQL over HTTP, chosen from the client's Accept header.</summary>
internal static class GraphQLMediaTypes
{
    public const string GraphQLResponse = "application/graphql-response+json";
    public const string Json = "application/json";

    /// <summary>The media type to answer with, or null when the client accepts neither.</summary>
    public static string? Negotiate(StringValues accept)
    {
        if (StringValues.IsNullOrEmpty(accept))
            return Json;
        if (!MediaTypeHeaderValue.TryParseList(accept, out var accepted))
            return Json;

        string? best = null;
        double bestQuality = 0;
        foreach (var candidate in accepted)
        {
            var quality = candidate.Quality ?? 1.0;
            var type = candidate.MediaType.Value?.ToLowerInvariant();
            var offered = type switch
            {
                GraphQLResponse => GraphQLResponse,
                Json or "application/*" or "*/*" => Json,
                _ => null,
            };
            if (offered is null || quality <= 0)
                continue;
            // On equal quality the spec's new media type wins.
            if (quality > bestQuality || (quality == bestQuality && offered == GraphQLResponse))
            {
                best = offered;
                bestQuality = quality;
            }
        }
        return best;
    }
}
