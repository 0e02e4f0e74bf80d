using System.Text.Encodings.Web;
using System.Text.Json;
using Q.Core.Model;

namespace Q.Core.Interchange;

/// <summary>
/// Writes records as JSON Lines in the import format, one object per line with a fixed field order, so an
/// export is diffable and re-importing it reproduces the store exactly.
/// </summary>
public sealed class RecordWriter(Stream output) : IAsyncDisposable
{
    private static readonly JsonWriterOptions Options = new()
    {
        // Names like "Siobhán" stay readable; the output is a data file, never embedded in HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private static readonly byte[] NewLine = "\n"u8.ToArray();
    private readonly Utf8JsonWriter _json = new(output, Options);

    public long Count { get; private set; }

    /// <summary>One record as its line, without the newline.</summary>
    public static string ToJson(object record)
    {
        using var stream = new MemoryStream();
        // Writing to memory never waits, so the async path completes synchronously here.
        var writer = new RecordWriter(stream);
        writer.WriteAsync(record).GetAwaiter().GetResult();
        writer.DisposeAsync().AsTask().GetAwaiter().GetResult();
        return System.Text.Encoding.UTF8.GetString(stream.ToArray()).TrimEnd('\n');
    }

    public async Task WriteAsync(object record, CancellationToken ct = default)
    {
        switch (record)
        {
            case Organisation o: Write(o); break;
            case Topic t: Write(t); break;
            case Member m: Write(m); break;
            case Project p: Write(p); break;
            case Resource r: Write(r); break;
            case Connection c: Write(c); break;
            default: throw new ArgumentException($"cannot write {record.GetType().Name}", nameof(record));
        }
        _json.Flush();
        _json.Reset();
        await output.WriteAsync(NewLine, ct);
        Count++;
        if (Count % 1024 == 0) await output.FlushAsync(ct);
    }

    private void Write(Organisation o)
    {
        Start("organisation", o.Id);
        _json.WriteString("name", o.Name);
        Opt("type", o.Type);
        Opt("region", o.RegionId);
        _json.WriteEndObject();
    }

    private void Write(Topic t)
    {
        Start("topic", t.Id);
        _json.WriteString("name", t.Name);
        StringArray("synonyms", t.Synonyms);
        Opt("broader", t.BroaderId);
        _json.WriteEndObject();
    }

    private void Write(Member m)
    {
        Start("member", m.Id);
        _json.WriteString("name", m.Name);
        _json.WriteString("role", WireName<MemberRole>.Of(m.Role));
        Opt("organisation", m.OrganisationId);
        Opt("region", m.RegionId);
        Opt("headline", m.Headline);
        Opt("bio", m.Bio);
        Opt("email", m.Email);
        Opt("phone", m.Phone);
        Opt("joined", m.Joined);
        _json.WriteStartArray("topics");
        foreach (var t in m.Topics)
        {
            _json.WriteStartObject();
            _json.WriteString("topic", t.TopicId);
            _json.WriteString("level", WireName<TopicLevel>.Of(t.Level));
            _json.WriteEndObject();
        }
        _json.WriteEndArray();
        _json.WriteStartObject("visibility");
        foreach (var field in ProfileVisibility.FieldNames)
            _json.WriteString(field, WireName<Visibility>.Of(m.Visibility[field]));
        _json.WriteBoolean(ProfileVisibility.EmployerField, m.Visibility.Employer);
        if (m.Visibility.SuggestionsOptOut) _json.WriteBoolean(ProfileVisibility.SuggestionsOptOutField, true);
        if (m.Visibility.NotificationsOptOut) _json.WriteBoolean(ProfileVisibility.NotificationsOptOutField, true);
        _json.WriteEndObject();
        _json.WriteEndObject();
    }

    private void Write(Project p)
    {
        Start("project", p.Id);
        _json.WriteString("title", p.Title);
        Opt("summary", p.Summary);
        Opt("status", p.Status);
        Opt("started", p.Started);
        Opt("ended", p.Ended);
        StringArray("topics", p.Topics);
        _json.WriteStartArray("members");
        foreach (var m in p.Members)
        {
            _json.WriteStartObject();
            _json.WriteString("member", m.MemberId);
            _json.WriteString("role", WireName<ProjectRole>.Of(m.Role));
            _json.WriteEndObject();
        }
        _json.WriteEndArray();
        _json.WriteEndObject();
    }

    private void Write(Resource r)
    {
        Start("resource", r.Id);
        _json.WriteString("type", WireName<ResourceType>.Of(r.Type));
        _json.WriteString("title", r.Title);
        Opt("body", r.Body);
        Opt("url", r.Url);
        Opt("published", r.Published);
        StringArray("topics", r.Topics);
        StringArray("authors", r.Authors);
        _json.WriteEndObject();
    }

    private void Write(Connection c)
    {
        _json.WriteStartObject();
        _json.WriteString("kind", "connection");
        _json.WriteString("from", c.From);
        _json.WriteString("to", c.To);
        Opt("since", c.Since);
        _json.WriteString("source", WireName<ConnectionSource>.Of(c.Source));
        _json.WriteEndObject();
    }

    private void Start(string kind, string id)
    {
        _json.WriteStartObject();
        _json.WriteString("kind", kind);
        _json.WriteString("id", id);
    }

    private void Opt(string name, string? value)
    {
        if (value is not null) _json.WriteString(name, value);
    }

    private void Opt(string name, DateOnly? value)
    {
        if (value is { } d) _json.WriteString(name, d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
    }

    private void Opt<T>(string name, T? value) where T : struct, Enum
    {
        if (value is { } v) _json.WriteString(name, WireName<T>.Of(v));
    }

    private void StringArray(string name, IReadOnlyList<string> values)
    {
        _json.WriteStartArray(name);
        foreach (var v in values) _json.WriteStringValue(v);
        _json.WriteEndArray();
    }

    public async ValueTask DisposeAsync()
    {
        await _json.DisposeAsync();
        await output.FlushAsync();
    }
}
