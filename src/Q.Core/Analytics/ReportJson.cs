using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Q.Core.Analytics;

/// <summary>
/// How connectivity reports and network filters are written as JSON, the same way everywhere (<c>q metrics --json</c>,
/// stored snapshots): camelCase names, enums by their kebab-case wire names (as in the import format), dates as
/// <c>yyyy-MM-dd</c>, filter fields left out when not set, and an undefined figure (NaN or infinite) as <c>null</c>
/// (read back as NaN).
/// </summary>
public static class ReportJson
{
    public static JsonSerializerOptions Options { get; } = Create(indented: false);

    public static JsonSerializerOptions Indented { get; } = Create(indented: true);

    private static JsonSerializerOptions Create(bool indented)
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            WriteIndented = indented,
            TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { LeaveOutConvenienceProperties } },
        };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false));
        options.Converters.Add(new UndefinedAsNull());
        options.MakeReadOnly();
        return options;
    }

    /// <summary>The filter as canonical JSON: its fields in declaration order, unset ones left out (<c>{}</c> for none).</summary>
    public static string Canonical(NetworkFilter filter) => JsonSerializer.Serialize(filter, Options);

    public static NetworkFilter ReadFilter(string json) =>
        JsonSerializer.Deserialize<NetworkFilter>(json, Options) ?? throw new JsonException("a filter cannot be null");

    public static string Write(ConnectivityReport report, bool indented = false) =>
        JsonSerializer.Serialize(report, indented ? Indented : Options);

    public static ConnectivityReport ReadReport(string json) =>
        JsonSerializer.Deserialize<ConnectivityReport>(json, Options) ?? throw new JsonException("a report cannot be null");

    // NetworkFilter.IsNone is derived from the other fields: not part of the wire form.
    private static void LeaveOutConvenienceProperties(JsonTypeInfo type)
    {
        if (type.Type != typeof(NetworkFilter)) return;
        for (var i = type.Properties.Count - 1; i >= 0; i--)
            if (type.Properties[i].Name == "isNone") type.Properties.RemoveAt(i);
    }

    /// <summary>NaN and infinities as <c>null</c> (JSON has no NaN); <c>null</c> reads back as NaN.</summary>
    private sealed class UndefinedAsNull : JsonConverter<double>
    {
        public override bool HandleNull => true;

        public override double Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            reader.TokenType == JsonTokenType.Null ? double.NaN : reader.GetDouble();

        public override void Write(Utf8JsonWriter writer, double value, JsonSerializerOptions options)
        {
            if (double.IsFinite(value)) writer.WriteNumberValue(value);
            else writer.WriteNullValue();
        }
    }
}
