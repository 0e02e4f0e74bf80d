using Q.Core.Model;
using Q.Core.Search;

namespace Q.Search.Lucene;

/// <summary>How a field is analysed.</summary>
internal enum FieldAnalysis { Text, Name }

/// <summary>
/// A searchable field: its name in the index, the name shown in highlights and reasons, its query-time boost,
/// whether it holds members-only text, the topic level it holds (if a topic field), and whether its text is
/// stored for highlighting.
/// </summary>
internal sealed record SearchField(string Index, string Display, float Boost, bool MembersOnly = false, TopicLevel? Level = null, bool Stored = true);

/// <summary>The index's field names and the searchable fields of each kind of document, with their boosts.</summary>
internal static class Fields
{
    /// <summary>Suffix of a field that holds members-only text (or ids, or doc values).</summary>
    public const string MembersSuffix = "_m";

    // Bookkeeping.
    public const string Key = "key";          // "<kind>:<id>", the term updates and deletes go by
    public const string Kind = "kind";        // "person", "resource" or "deleted" (a tombstone keeping a deletion's version)
    public const string Id = "dv_id";         // binary doc values: the document id
    public const string Version = "dv_version";
    public const string Sort = "dv_sort";     // sorted doc values: name (people) or title (resources) sort key

    // Filters (indexed, not analysed) and facets (doc values).
    public const string FilterRegion = "f_region", FilterRole = "f_role", FilterOrganisation = "f_org", FilterTopic = "f_topic", FilterType = "f_type";
    public const string FacetRegion = "dv_region", FacetRole = "dv_role", FacetOrganisationType = "dv_orgtype", FacetTopic = "dv_topic", FacetType = "dv_type";

    /// <summary>Separates a topic id from its name in the topic facet's doc values, so the label travels with the id.</summary>
    public const char TopicLabelSeparator = '\u001f';

    public const string PersonKind = "person", ResourceKind = "resource", DeletedKind = "deleted";

    /// <summary>Stored beside a topic field: the topic's name, one value per topic in the same order.</summary>
    public static string TopicNames(string topicField) => "tn_" + topicField;

    public static string KindName(SearchKind kind) => kind == SearchKind.Person ? PersonKind : ResourceKind;

    public static string KeyOf(SearchKind kind, string id) => $"{KindName(kind)}:{id}";

    public static string TopicField(TopicLevel level, bool membersOnly) =>
        (level switch { TopicLevel.Expert => "topic_expert", TopicLevel.Practitioner => "topic_practitioner", _ => "topic_interest" })
        + (membersOnly ? MembersSuffix : "");

    /// <summary>Names and authors are analysed as names; everything else as prose.</summary>
    public static readonly IReadOnlySet<string> NameFields = new HashSet<string>(StringComparer.Ordinal) { "name", "authors" };

    /// <summary>
    /// A person's searchable fields. Boosts: the name first; a topic the member declares as expert well above
    /// one they practise, above an interest, and all of them above a mention in the headline or bio.
    /// </summary>
    public static IReadOnlyList<SearchField> People { get; } = BuildPeople();

    public static IReadOnlyList<SearchField> Resources { get; } =
    [
        new("title", "title", 4f),
        new("topics", "topics", 2.5f),
        new("authors", "authors", 2f),
        new("body", "body", 1f),
        new("type", "type", 0.7f, Stored: false),
    ];

    private static SearchField[] BuildPeople()
    {
        var fields = new List<SearchField> { new("name", "name", 5f) };
        foreach (var membersOnly in new[] { false, true })
        {
            var suffix = membersOnly ? MembersSuffix : "";
            fields.Add(new(TopicField(TopicLevel.Expert, membersOnly), "topics", 4f, membersOnly, TopicLevel.Expert));
            fields.Add(new(TopicField(TopicLevel.Practitioner, membersOnly), "topics", 2.5f, membersOnly, TopicLevel.Practitioner));
            fields.Add(new(TopicField(TopicLevel.Interest, membersOnly), "topics", 1.5f, membersOnly, TopicLevel.Interest));
            fields.Add(new("headline" + suffix, "headline", 2f, membersOnly));
            fields.Add(new("bio" + suffix, "bio", 1f, membersOnly));
        }
        fields.Add(new("organisation", "organisation", 1.5f));
        fields.Add(new("projects", "projects", 1.2f));
        fields.Add(new("resources", "resources", 1.2f));
        fields.Add(new("orgtype", "organisation type", 0.7f, Stored: false));
        fields.Add(new("region", "region", 0.7f, Stored: false));
        fields.Add(new("role", "role", 0.7f, Stored: false));
        return fields.ToArray();
    }
}
