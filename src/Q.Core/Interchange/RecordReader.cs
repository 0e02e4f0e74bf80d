using System.Text.Json;
using Q.Core.Model;
using Q.Core.Ports;

namespace Q.Core.Interchange;

/// <summary>
/// Reads one line of the JSON Lines import format (docs/import-format.md) into a domain record, or says
/// exactly what is wrong with it. Checks everything a line can show by itself; references are the importer's.
/// </summary>
public static class RecordReader
{
    public static IReadOnlyList<string> Kinds { get; } = ["organisation", "topic", "member", "project", "resource", "connection"];

    /// <summary>Parses a line. On success <paramref name="warnings"/> lists fields that were ignored.</summary>
    public static ParsedRecord Parse(string line, int lineNumber, out IReadOnlyList<string> warnings)
    {
        JsonDocument doc;
        try
        {
            // Duplicate keys are refused: {"id":"a", …, "id":"b"} must not silently become b.
            doc = JsonDocument.Parse(line, new JsonDocumentOptions { MaxDepth = 16, AllowDuplicateProperties = false });
        }
        catch (JsonException e)
        {
            // The parser's own message can quote the input; say only where it broke.
            var what = e.Message.Contains("Duplicate", StringComparison.OrdinalIgnoreCase) ? "has the same field twice" : "not valid JSON";
            throw new FormatException($"{what} (at column {(e.BytePositionInLine ?? 0) + 1})");
        }
        using (doc)
        {
            if (doc.RootElement.ValueKind != JsonValueKind.Object) throw new FormatException("not a JSON object");
            var f = new JsonFields(doc.RootElement);
            var kind = f.String("kind") ?? throw new FormatException($"kind is required (one of: {string.Join(", ", Kinds)})");
            if (!Kinds.Contains(kind))
                throw new FormatException($"kind '{Validation.Clip(kind)}' is not one of: {string.Join(", ", Kinds)}");
            var (recordKind, record) = ReadKind(kind, f, doc.RootElement);
            var problems = Validation.ValidateRecord(record);
            if (problems.Count > 0) throw new FormatException($"{Describe(kind, record)}: {string.Join("; ", problems)}");
            warnings = f.Unread().Select(n => $"ignored unknown field '{Validation.Clip(n)}'").ToArray();
            return new ParsedRecord(lineNumber, recordKind, record);
        }
    }

    /// <summary>Best effort, for a line that failed: which kind of record, with which id, it meant to be.</summary>
    public static (RecordKind? Kind, string? Id) Identify(string line)
    {
        try
        {
            using var doc = JsonDocument.Parse(line);
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object) return (null, null);
            var kind = root.TryGetProperty("kind", out var k) && k.ValueKind == JsonValueKind.String ? k.GetString() : null;
            var index = kind is null ? -1 : Kinds.ToList().IndexOf(kind);
            var id = root.TryGetProperty("id", out var i) && i.ValueKind == JsonValueKind.String ? i.GetString() : null;
            return (index < 0 ? null : (RecordKind)index, id);
        }
        catch (JsonException)
        {
            return (null, null);
        }
    }

    private static (RecordKind, object) ReadKind(string kind, JsonFields f, JsonElement root)
    {
        try
        {
            return kind switch
            {
                "organisation" => (RecordKind.Organisation, (object)ReadOrganisation(f)),
                "topic" => (RecordKind.Topic, ReadTopic(f)),
                "member" => (RecordKind.Member, ReadMember(f)),
                "project" => (RecordKind.Project, ReadProject(f)),
                "resource" => (RecordKind.Resource, ReadResource(f)),
                _ => (RecordKind.Connection, ReadConnection(f)),
            };
        }
        catch (FormatException e) when (root.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String)
        {
            // Name the record when its id is readable, so a report line says which member is wrong.
            throw new FormatException($"{kind} {Validation.Clip(id.GetString()!)}: {e.Message}");
        }
    }

    private static Organisation ReadOrganisation(JsonFields f) => new()
    {
        Id = f.String("id", required: true)!,
        Name = TextHygiene.Line(f.String("name", required: true))!,
        Type = f.Enum<OrganisationType>("type"),
        RegionId = f.String("region"),
    };

    private static Topic ReadTopic(JsonFields f) => new()
    {
        Id = f.String("id", required: true)!,
        Name = TextHygiene.Line(f.String("name", required: true))!,
        Synonyms = f.Strings("synonyms").Select(s => TextHygiene.Line(s)!).ToArray(),
        BroaderId = f.String("broader"),
    };

    private static Member ReadMember(JsonFields f) => new()
    {
        Id = f.String("id", required: true)!,
        Name = TextHygiene.Line(f.String("name", required: true))!,
        Role = f.Enum<MemberRole>("role") ?? MemberRole.Other,
        OrganisationId = f.String("organisation"),
        RegionId = f.String("region"),
        Headline = TextHygiene.Line(f.String("headline")),
        Bio = TextHygiene.Paragraphs(f.String("bio")),
        Email = f.String("email"),
        Phone = f.String("phone"),
        Joined = f.Date("joined"),
        // A bare topic id means "works on it": practitioner.
        Topics = f.Objects("topics",
            t => new MemberTopic(t.String("topic", required: true)!, t.Enum<TopicLevel>("level") ?? TopicLevel.Practitioner),
            id => new MemberTopic(id, TopicLevel.Practitioner)),
        Visibility = ReadVisibility(f.Object("visibility")),
    };

    private static ProfileVisibility ReadVisibility(JsonFields? v)
    {
        if (v is null) return ProfileVisibility.Default;
        var result = ProfileVisibility.Default;
        foreach (var p in v.Properties())
        {
            if (p.Name == ProfileVisibility.EmployerField)
            {
                result = result with { Employer = v.Boolean(p.Name) ?? false };
                continue;
            }
            if (p.Name == ProfileVisibility.SuggestionsOptOutField)
            {
                result = result with { SuggestionsOptOut = v.Boolean(p.Name) ?? false };
                continue;
            }
            if (p.Name == ProfileVisibility.NotificationsOptOutField)
            {
                result = result with { NotificationsOptOut = v.Boolean(p.Name) ?? false };
                continue;
            }
            if (!ProfileVisibility.FieldNames.Contains(p.Name))
                throw v.Bad(Validation.Clip(p.Name), $"is not a field with visibility (expected one of: {string.Join(", ", ProfileVisibility.FieldNames)})");
            result = result.With(p.Name, v.Enum<Visibility>(p.Name)!.Value);
        }
        return result;
    }

    private static Project ReadProject(JsonFields f) => new()
    {
        Id = f.String("id", required: true)!,
        Title = TextHygiene.Line(f.String("title", required: true))!,
        Summary = TextHygiene.Paragraphs(f.String("summary")),
        Status = f.Enum<ProjectStatus>("status"),
        Started = f.Date("started"),
        Ended = f.Date("ended"),
        Topics = f.Strings("topics"),
        Members = f.Objects("members",
            m => new ProjectMember(m.String("member", required: true)!, m.Enum<ProjectRole>("role") ?? ProjectRole.Member),
            id => new ProjectMember(id, ProjectRole.Member)),
    };

    private static Resource ReadResource(JsonFields f) => new()
    {
        Id = f.String("id", required: true)!,
        Title = TextHygiene.Line(f.String("title", required: true))!,
        Type = f.Enum<ResourceType>("type") ?? ResourceType.Other,
        Body = TextHygiene.Paragraphs(f.String("body")),
        Url = f.String("url"),
        Published = f.Date("published"),
        Topics = f.Strings("topics"),
        Authors = f.Strings("authors"),
    };

    private static Connection ReadConnection(JsonFields f) => new Connection
    {
        From = f.String("from", required: true)!,
        To = f.String("to", required: true)!,
        Since = f.Date("since"),
        Source = f.Enum<ConnectionSource>("source") ?? ConnectionSource.Other,
    }.Canonical();


    internal static string Describe(string kind, object record) => record switch
    {
        Connection c => $"connection {Validation.Clip(c.From)}–{Validation.Clip(c.To)}",
        _ => $"{kind} {Validation.Clip(new ParsedRecord(0, default, record).Key)}",
    };
}
