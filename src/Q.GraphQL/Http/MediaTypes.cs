using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace Q.GraphQL.Http;

/// <summary>Response media type negotiation per the GraphQL-over-HTTP draft.</summary>
public static class MediaTypes
{
    public const string GraphQLResponse = "application/graphql-response+json";
    public const string Json = "application/json";

    /// <summary>
    /// The media type to answer with, or null when the client accepts neither (406). Preference follows q, then
    /// order; wildcards get <c>application/json</c>, which every legacy client understands.
    /// </summary>
    public static string? Negotiate(StringValues accept)
    {
        if (StringValues.IsNullOrEmpty(accept)) return Json;
        if (!MediaTypeHeaderValue.TryParseList(accept, out var ranges) || ranges.Count == 0) return Json;
        foreach (var range in ranges.Where(r => (r.Quality ?? 1) > 0).OrderByDescending(r => r.Quality ?? 1))
        {
            var type = range.MediaType.Value ?? "";
            if (type.Equals(GraphQLResponse, StringComparison.OrdinalIgnoreCase)) return GraphQLResponse;
            if (type.Equals(Json, StringComparison.OrdinalIgnoreCase) || type is "*/*" || type.Equals("application/*", StringComparison.OrdinalIgnoreCase))
                return Json;
        }
        return null;
    }

    /// <summary>Whether a request body is JSON we read: <c>application/json</c>, in UTF-8 if a charset is named.</summary>
    public static bool IsJsonBody(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var parsed)
        && parsed.MediaType.Equals(Json, StringComparison.OrdinalIgnoreCase)
        && (parsed.Charset.Value is null || parsed.Charset.Value.Trim('"').Equals("utf-8", StringComparison.OrdinalIgnoreCase));
}
