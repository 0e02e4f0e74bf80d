using System.Text.Json;
using GraphQL;
using Q.GraphQL.Errors;

namespace Q.GraphQL.Http;

/// <summary>One GraphQL request as sent over HTTP (a POST body or GET query parameters).</summary>
public sealed record GraphQLRequest(string Query, string? OperationName, Inputs? Variables, Inputs? Extensions)
{
    /// <summary>Reads a POST body; every way it can be malformed is a <see cref="BadUserInputError"/>.</summary>
    public static GraphQLRequest FromBody(ReadOnlyMemory<byte> body, IGraphQLTextSerializer serializer)
    {
        try
        {
            return ReadBody(body, serializer);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or FormatException)
        {
            // Malformed JSON, duplicate keys, bytes that are not UTF-8, a lone surrogate ("\ud800") in a string:
            // all the client's to fix. The parser's message can quote the body; say only what is wrong.
            throw new BadUserInputError(null, "The request body is not valid JSON in UTF-8.");
        }
    }

    private static GraphQLRequest ReadBody(ReadOnlyMemory<byte> body, IGraphQLTextSerializer serializer)
    {
        using (var document = JsonDocument.Parse(body, new JsonDocumentOptions { MaxDepth = 64, AllowDuplicateProperties = false }))
        {
            var root = document.RootElement;
            if (root.ValueKind == JsonValueKind.Array)
                throw new BadUserInputError(null, "batched requests are not supported");
            if (root.ValueKind != JsonValueKind.Object)
                throw new BadUserInputError(null, "The request body must be a JSON object with a 'query'.");
            var query = root.TryGetProperty("query", out var q) && q.ValueKind == JsonValueKind.String
                ? q.GetString()!
                : throw new BadUserInputError("query", "The request must have a 'query' string.");
            return new GraphQLRequest(
                query,
                OptionalString(root, "operationName"),
                OptionalInputs(root, "variables", serializer),
                OptionalInputs(root, "extensions", serializer));
        }
    }

    /// <summary>Reads GET parameters; <c>variables</c> and <c>extensions</c> are JSON objects in the query string.</summary>
    public static GraphQLRequest FromQueryString(Microsoft.AspNetCore.Http.IQueryCollection query, IGraphQLTextSerializer serializer)
    {
        try
        {
            return ReadQueryString(query, serializer);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or FormatException)
        {
            throw new BadUserInputError("variables", "'variables' and 'extensions' must be JSON objects of valid text.");
        }
    }

    private static GraphQLRequest ReadQueryString(Microsoft.AspNetCore.Http.IQueryCollection query, IGraphQLTextSerializer serializer)
    {
        var text = query["query"].ToString();
        if (string.IsNullOrEmpty(text)) throw new BadUserInputError("query", "The request must have a 'query' parameter.");
        var operationName = query["operationName"].ToString();
        return new GraphQLRequest(
            text,
            operationName.Length == 0 ? null : operationName,
            ParseInputs(query["variables"].ToString(), "variables", serializer),
            ParseInputs(query["extensions"].ToString(), "extensions", serializer));
    }

    private static string? OptionalString(JsonElement root, string name) =>
        !root.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null ? null
        : value.ValueKind == JsonValueKind.String ? value.GetString()
        : throw new BadUserInputError(name, $"'{name}' must be a string.");

    private static Inputs? OptionalInputs(JsonElement root, string name, IGraphQLTextSerializer serializer) =>
        !root.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null ? null
        : value.ValueKind == JsonValueKind.Object ? serializer.Deserialize<Inputs>(value.GetRawText())
        : throw new BadUserInputError(name, $"'{name}' must be a JSON object.");

    private static Inputs? ParseInputs(string text, string name, IGraphQLTextSerializer serializer)
    {
        if (string.IsNullOrEmpty(text)) return null;
        try
        {
            using var document = JsonDocument.Parse(text, new JsonDocumentOptions { AllowDuplicateProperties = false });
            if (document.RootElement.ValueKind == JsonValueKind.Null) return null;
            if (document.RootElement.ValueKind != JsonValueKind.Object) throw new JsonException();
        }
        catch (JsonException)
        {
            throw new BadUserInputError(name, $"'{name}' must be a JSON object.");
        }
        return serializer.Deserialize<Inputs>(text);
    }
}
