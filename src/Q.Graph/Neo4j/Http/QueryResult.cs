using System.Text.Json;

namespace Q.Graph.Neo4j.Http;

/// <summary>
/// A Query API answer in the plain JSON format (<c>Accept: application/json</c>):
/// <c>{"data":{"fields":[…],"values":[[…],…]},"bookmarks":[…],"transaction":{"id":…,"expires":…}}</c>
/// (https://neo4j.com/docs/query-api/current/query/ and …/transactions/). Plain JSON is enough because Q stores
/// only strings, integers, booleans and lists of them: dates are ISO strings, so no typed values are needed.
/// </summary>
internal sealed class QueryResult
{
    public static QueryResult Empty { get; } = new([], [], [], null);

    private QueryResult(IReadOnlyList<string> fields, IReadOnlyList<JsonElement[]> rows, IReadOnlyList<string> bookmarks, string? transactionId)
    {
        Fields = fields;
        Rows = rows;
        Bookmarks = bookmarks;
        TransactionId = transactionId;
    }

    public IReadOnlyList<string> Fields { get; }

    /// <summary>Each row's values, in the order of <see cref="Fields"/>.</summary>
    public IReadOnlyList<JsonElement[]> Rows { get; }

    public IReadOnlyList<string> Bookmarks { get; }

    /// <summary>The explicit transaction's id, when the request opened or ran in one that is still open.</summary>
    public string? TransactionId { get; }

    public static QueryResult Parse(JsonElement root)
    {
        var fields = new List<string>();
        var rows = new List<JsonElement[]>();
        if (root.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object)
        {
            if (data.TryGetProperty("fields", out var f) && f.ValueKind == JsonValueKind.Array)
                fields.AddRange(f.EnumerateArray().Select(x => x.GetString() ?? ""));
            if (data.TryGetProperty("values", out var v) && v.ValueKind == JsonValueKind.Array)
                rows.AddRange(v.EnumerateArray().Select(row => row.EnumerateArray().Select(x => x.Clone()).ToArray()));
        }
        var bookmarks = root.TryGetProperty("bookmarks", out var b) && b.ValueKind == JsonValueKind.Array
            ? b.EnumerateArray().Select(x => x.GetString() ?? "").Where(x => x.Length > 0).ToArray()
            : [];
        var tx = root.TryGetProperty("transaction", out var t) && t.ValueKind == JsonValueKind.Object
            && t.TryGetProperty("id", out var id) ? id.ToString() : null;
        return new QueryResult(fields, rows, bookmarks, tx);
    }

    /// <summary>The single value of a one-row, one-column answer.</summary>
    public JsonElement Single() => Rows.Count == 1 && Rows[0].Length >= 1
        ? Rows[0][0]
        : throw new InvalidOperationException($"expected one row, got {Rows.Count}");
}
