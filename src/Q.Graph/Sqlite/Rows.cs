using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Q.Core.Model;

namespace Q.Graph.Sqlite;

/// <summary>
/// The SELECT lists and row readers for each record. Lists (topics, authors, project members) come back as
/// one JSON array per row, aggregated in position order, so a record is always one row and one query.
/// </summary>
internal static class Rows
{
    public const string MemberColumns = """
        m.id, m.name, m.role, m.organisation_id, m.region, m.headline, m.bio, m.email, m.joined, m.visibility, m.phone,
        (SELECT json_group_array(json_array(topic_id, level) ORDER BY position) FROM member_topics WHERE member_id = m.id),
        m.updated
        """;

    public const string OrganisationColumns = "o.id, o.name, o.type, o.region";

    public const string TopicColumns = "t.id, t.name, t.synonyms, t.broader_id";

    public const string ProjectColumns = """
        p.id, p.title, p.summary, p.status, p.started, p.ended,
        (SELECT json_group_array(topic_id ORDER BY position) FROM project_topics WHERE project_id = p.id),
        (SELECT json_group_array(json_array(member_id, role) ORDER BY position) FROM project_members WHERE project_id = p.id)
        """;

    public const string ResourceColumns = """
        r.id, r.type, r.title, r.body, r.url, r.published,
        (SELECT json_group_array(topic_id ORDER BY position) FROM resource_topics WHERE resource_id = r.id),
        (SELECT json_group_array(member_id ORDER BY position) FROM resource_authors WHERE resource_id = r.id)
        """;

    public const string ConnectionColumns = "c.src, c.dst, c.since, c.source";

    public static Member Member(SqliteDataReader r, int at = 0) => new()
    {
        Id = r.GetString(at),
        Name = r.GetString(at + 1),
        Role = WireName<MemberRole>.Parse(r.GetString(at + 2)),
        OrganisationId = Text(r, at + 3),
        RegionId = Text(r, at + 4),
        Headline = Text(r, at + 5),
        Bio = Text(r, at + 6),
        Email = Text(r, at + 7),
        Joined = Date(r, at + 8),
        Visibility = Visibility(r.GetString(at + 9)),
        Phone = Text(r, at + 10),
        Topics = Pairs(r, at + 11).Select(p => new MemberTopic(p.A, WireName<TopicLevel>.Parse(p.B))).ToArray(),
        Updated = Text(r, at + 12) is { } u ? DateTimeOffset.Parse(u, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal) : null,
    };

    /// <summary>How <see cref="Q.Core.Model.Member.Updated"/> is stored: sortable UTC text.</summary>
    public static string UpdatedText(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture);

    public static Organisation Organisation(SqliteDataReader r, int at = 0) => new()
    {
        Id = r.GetString(at + 0),
        Name = r.GetString(at + 1),
        Type = Text(r, at + 2) is { } t ? WireName<OrganisationType>.Parse(t) : null,
        RegionId = Text(r, at + 3),
    };

    public static Topic Topic(SqliteDataReader r, int at = 0) => new()
    {
        Id = r.GetString(at + 0),
        Name = r.GetString(at + 1),
        Synonyms = Strings(r, at + 2),
        BroaderId = Text(r, at + 3),
    };

    public static Project Project(SqliteDataReader r, int at = 0) => new()
    {
        Id = r.GetString(at + 0),
        Title = r.GetString(at + 1),
        Summary = Text(r, at + 2),
        Status = Text(r, at + 3) is { } s ? WireName<ProjectStatus>.Parse(s) : null,
        Started = Date(r, at + 4),
        Ended = Date(r, at + 5),
        Topics = Strings(r, at + 6),
        Members = Pairs(r, at + 7).Select(p => new ProjectMember(p.A, WireName<ProjectRole>.Parse(p.B))).ToArray(),
    };

    public static Resource Resource(SqliteDataReader r, int at = 0) => new()
    {
        Id = r.GetString(at + 0),
        Type = WireName<ResourceType>.Parse(r.GetString(at + 1)),
        Title = r.GetString(at + 2),
        Body = Text(r, at + 3),
        Url = Text(r, at + 4),
        Published = Date(r, at + 5),
        Topics = Strings(r, at + 6),
        Authors = Strings(r, at + 7),
    };

    public static Connection Connection(SqliteDataReader r, int at = 0) => new()
    {
        From = r.GetString(at + 0),
        To = r.GetString(at + 1),
        Since = Date(r, at + 2),
        Source = WireName<ConnectionSource>.Parse(r.GetString(at + 3)),
    };

    public static string? DateText(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The settings as one JSON object (the import format's <c>visibility</c>), queried with json_extract.</summary>
    public static string VisibilityJson(ProfileVisibility v)
    {
        var settings = ProfileVisibility.FieldNames.ToDictionary(f => f, f => (object)WireName<Visibility>.Of(v[f]));
        settings[ProfileVisibility.EmployerField] = v.Employer;
        if (v.SuggestionsOptOut) settings[ProfileVisibility.SuggestionsOptOutField] = true;
        if (v.NotificationsOptOut) settings[ProfileVisibility.NotificationsOptOutField] = true;
        return JsonSerializer.Serialize(settings);
    }

    internal static ProfileVisibility Visibility(string json)
    {
        var result = ProfileVisibility.Default;
        using var doc = JsonDocument.Parse(json);
        foreach (var setting in doc.RootElement.EnumerateObject())
        {
            if (setting.Name == ProfileVisibility.EmployerField) result = result with { Employer = setting.Value.GetBoolean() };
            else if (setting.Name == ProfileVisibility.SuggestionsOptOutField) result = result with { SuggestionsOptOut = setting.Value.GetBoolean() };
            else if (setting.Name == ProfileVisibility.NotificationsOptOutField) result = result with { NotificationsOptOut = setting.Value.GetBoolean() };
            // A setting this version does not know (from a newer Q) keeps its default rather than failing the read.
            else if (ProfileVisibility.FieldNames.Contains(setting.Name))
                result = result.With(setting.Name, WireName<Visibility>.Parse(setting.Value.GetString()!));
        }
        return result;
    }

    private static string? Text(SqliteDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

    private static DateOnly? Date(SqliteDataReader r, int i) =>
        r.IsDBNull(i) ? null : DateOnly.ParseExact(r.GetString(i), "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string[] Strings(SqliteDataReader r, int i) =>
        r.IsDBNull(i) ? [] : JsonSerializer.Deserialize<string[]>(r.GetString(i)) ?? [];

    private static IEnumerable<(string A, string B)> Pairs(SqliteDataReader r, int i) =>
        r.IsDBNull(i) ? [] : (JsonSerializer.Deserialize<string[][]>(r.GetString(i)) ?? []).Select(p => (p[0], p[1]));
}
