using System.Globalization;
using System.Text.Json;
using Q.Core.Model;

namespace Q.Graph.Neo4j;

/// <summary>Turns the maps of <see cref="Projections"/> (plain JSON) back into records.</summary>
internal static class Records
{
    public static Member Member(JsonElement e) => new()
    {
        Id = Text(e, "id")!,
        Name = Text(e, "name")!,
        Role = WireName<MemberRole>.Parse(Text(e, "role")!),
        OrganisationId = Text(e, "organisationId"),
        RegionId = Text(e, "region"),
        Headline = Text(e, "headline"),
        Bio = Text(e, "bio"),
        Email = Text(e, "email"),
        Phone = Text(e, "phone"),
        Joined = Date(e, "joined"),
        Visibility = Text(e, "visibility") is { } v ? Sqlite.Rows.Visibility(v) : ProfileVisibility.Default,
        Topics = Listed(e, "topics").Select(x => new MemberTopic(x[1].GetString()!, WireName<TopicLevel>.Parse(x[2].GetString()!))).ToArray(),
    };

    public static Organisation Organisation(JsonElement e) => new()
    {
        Id = Text(e, "id")!,
        Name = Text(e, "name")!,
        Type = Text(e, "type") is { } t ? WireName<OrganisationType>.Parse(t) : null,
        RegionId = Text(e, "region"),
    };

    public static Topic Topic(JsonElement e) => new()
    {
        Id = Text(e, "id")!,
        Name = Text(e, "name")!,
        Synonyms = Text(e, "synonyms") is { } s ? JsonSerializer.Deserialize<string[]>(s) ?? [] : [],
        BroaderId = Text(e, "broaderId"),
    };

    public static Project Project(JsonElement e) => new()
    {
        Id = Text(e, "id")!,
        Title = Text(e, "title")!,
        Summary = Text(e, "summary"),
        Status = Text(e, "status") is { } s ? WireName<ProjectStatus>.Parse(s) : null,
        Started = Date(e, "started"),
        Ended = Date(e, "ended"),
        Topics = Listed(e, "topics").Select(x => x[1].GetString()!).ToArray(),
        Members = Listed(e, "members").Select(x => new ProjectMember(x[1].GetString()!, WireName<ProjectRole>.Parse(x[2].GetString()!))).ToArray(),
    };

    public static Resource Resource(JsonElement e) => new()
    {
        Id = Text(e, "id")!,
        Type = WireName<ResourceType>.Parse(Text(e, "type")!),
        Title = Text(e, "title")!,
        Body = Text(e, "body"),
        Url = Text(e, "url"),
        Published = Date(e, "published"),
        Topics = Listed(e, "topics").Select(x => x[1].GetString()!).ToArray(),
        Authors = Listed(e, "authors").Select(x => x[1].GetString()!).ToArray(),
    };

    /// <summary>A tie from a row of <c>a.id, b.id, c.since, c.source</c> starting at <paramref name="at"/>.</summary>
    public static Connection Connection(JsonElement[] row, int at = 0) => new()
    {
        From = row[at].GetString()!,
        To = row[at + 1].GetString()!,
        Since = row[at + 2].ValueKind == JsonValueKind.String ? ParseDate(row[at + 2].GetString()!) : null,
        Source = WireName<ConnectionSource>.Parse(row[at + 3].GetString()!),
    };

    public static string? DateText(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Timestamps as fixed-width UTC text (as in SQLite), so text order is time order in Cypher too.</summary>
    public static string Timestamp(DateTimeOffset at) => Sqlite.SqliteGraphWriter.Timestamp(at);

    public static DateTimeOffset ParseTimestamp(string text) =>
        DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);

    public static string? Text(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static DateOnly? Date(JsonElement e, string name) => Text(e, name) is { } d ? ParseDate(d) : null;

    private static DateOnly ParseDate(string d) => DateOnly.ParseExact(d, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A comprehension's <c>[position, …]</c> entries in position order.</summary>
    private static IEnumerable<JsonElement[]> Listed(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Array
            ? v.EnumerateArray().Select(x => x.EnumerateArray().ToArray()).OrderBy(x => x[0].GetInt64())
            : [];
}
