using System.Globalization;
using System.Text.Json;
using Q.Core.Model;

namespace Q.Core.Interchange;

/// <summary>
/// Typed access to one JSON object's fields that turns every mismatch into a message naming the field, and
/// remembers which fields were read so the rest can be reported as unknown.
/// </summary>
internal sealed class JsonFields(JsonElement obj, string path = "")
{
    private readonly HashSet<string> _read = new(StringComparer.Ordinal);
    private readonly List<JsonFields> _children = [];

    /// <summary>Fields nobody read, here and in every nested object read through this one (a typo anywhere shows).</summary>
    public IEnumerable<string> Unread() =>
        obj.EnumerateObject().Select(p => p.Name).Where(n => !_read.Contains(n)).Select(n => path + n)
            .Concat(_children.SelectMany(c => c.Unread()));

    public string? String(string name, bool required = false)
    {
        if (!TryGet(name, out var v) || v.ValueKind == JsonValueKind.Null)
            return required ? throw Bad(name, "is required") : null;
        if (v.ValueKind != JsonValueKind.String) throw Bad(name, $"must be a string, not {Describe(v)}");
        var s = Text(v, name);
        return required && string.IsNullOrWhiteSpace(s) ? throw Bad(name, "is required") : s;
    }

    public bool? Boolean(string name)
    {
        if (!TryGet(name, out var v) || v.ValueKind == JsonValueKind.Null) return null;
        return v.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => throw Bad(name, $"must be true or false, not {Describe(v)}"),
        };
    }

    public T? Enum<T>(string name) where T : struct, System.Enum
    {
        var s = String(name);
        if (s is null) return null;
        return WireName<T>.TryParse(s, out var value)
            ? value
            : throw Bad(name, $"'{Validation.Clip(s)}' is not one of: {string.Join(", ", WireName<T>.Names)}");
    }

    public DateOnly? Date(string name)
    {
        var s = String(name);
        if (s is null) return null;
        return DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d
            : throw Bad(name, $"'{Validation.Clip(s)}' is not a date (expected YYYY-MM-DD)");
    }

    public IReadOnlyList<string> Strings(string name) =>
        Array(name).Select((e, i) => e.ValueKind == JsonValueKind.String
            ? Text(e, $"{name}[{i}]")
            : throw Bad($"{name}[{i}]", $"must be a string, not {Describe(e)}")).ToArray();

    public IReadOnlyList<T> Objects<T>(string name, Func<JsonFields, T> read, Func<string, T>? fromString = null) =>
        Array(name).Select((e, i) => e.ValueKind switch
        {
            JsonValueKind.Object => read(Child(e, $"{path}{name}[{i}].")),
            JsonValueKind.String when fromString is not null => fromString(Text(e, $"{name}[{i}]")),
            _ => throw Bad($"{name}[{i}]", $"must be an object, not {Describe(e)}"),
        }).ToArray();

    public JsonFields? Object(string name)
    {
        if (!TryGet(name, out var v) || v.ValueKind == JsonValueKind.Null) return null;
        return v.ValueKind == JsonValueKind.Object
            ? Child(v, $"{path}{name}.")
            : throw Bad(name, $"must be an object, not {Describe(v)}");
    }

    public IEnumerable<JsonProperty> Properties() => obj.EnumerateObject();

    public void MarkAllRead()
    {
        foreach (var p in obj.EnumerateObject()) _read.Add(p.Name);
    }

    public FormatException Bad(string name, string message) => new($"{path}{name} {message}");

    private JsonFields Child(JsonElement element, string childPath)
    {
        var child = new JsonFields(element, childPath);
        _children.Add(child);
        return child;
    }

    /// <summary>A JSON string as text; a lone surrogate ("\ud800") is not text, and is the line's error, not a crash.</summary>
    private string Text(JsonElement e, string name)
    {
        try
        {
            return e.GetString()!;
        }
        catch (InvalidOperationException)
        {
            throw Bad(name, "is not valid Unicode text");
        }
    }

    private List<JsonElement> Array(string name)
    {
        if (!TryGet(name, out var v) || v.ValueKind == JsonValueKind.Null) return [];
        return v.ValueKind == JsonValueKind.Array ? v.EnumerateArray().ToList() : throw Bad(name, $"must be an array, not {Describe(v)}");
    }

    private bool TryGet(string name, out JsonElement value)
    {
        _read.Add(name);
        return obj.TryGetProperty(name, out value);
    }

    private static string Describe(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.String => "a string",
        _ => e.ValueKind.ToString().ToLowerInvariant(),
    };
}
