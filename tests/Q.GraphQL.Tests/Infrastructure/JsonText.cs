using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Q.GraphQL.Tests.Infrastructure;

public static class JsonText
{
    private static readonly JsonSerializerOptions Readable = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Compact JSON with accents and apostrophes as written, so expected values read like the data.</summary>
    public static string Json(this JsonNode node) => node.ToJsonString(Readable);
}
