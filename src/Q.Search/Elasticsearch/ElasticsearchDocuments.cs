using System.Text.Json.Nodes;
using Q.Core.Model;
using Q.Core.Search;
using static Q.Search.Elasticsearch.ElasticsearchMappings;

namespace Q.Search.Elasticsearch;

/// <summary>
/// Search documents as Elasticsearch sources. A members-only part goes into the <c>_members</c> field and never into
/// the public one; a private part is never in a document (the builder leaves it out), so it cannot be indexed here.
/// </summary>
internal static class ElasticsearchDocuments
{
    /// <summary>Separates a topic id from its label in the facet keyword ("sepsis\u001fSepsis").</summary>
    public const char FacetSeparator = '\u001f';

    public static JsonObject Person(PersonDocument d)
    {
        var source = new JsonObject
        {
            ["id"] = d.Id,
            ["version"] = d.Version,
            ["name"] = d.Name,
            ["role"] = WireName<MemberRole>.Of(d.Role),
            ["region"] = d.RegionId,
            ["organisation_id"] = d.OrganisationId,
            ["organisation_type"] = d.OrganisationType is { } t ? WireName<OrganisationType>.Of(t) : null,
            ["organisation_name"] = d.OrganisationName,
            ["projects"] = Strings(d.Projects),
            ["resources"] = Strings(d.Resources),
        };
        if (d.Headline is { } headline) source["headline" + Suffix(headline.Visibility)] = headline.Value;
        if (d.Bio is { } bio) source["bio" + Suffix(bio.Visibility)] = bio.Value;
        if (d.Topics is { } topics)
        {
            var suffix = Suffix(topics.Visibility);
            foreach (var level in Enum.GetValues<TopicLevel>())
            {
                var words = topics.Value.Where(t => t.Level == level).SelectMany(TopicWords).ToArray();
                if (words.Length > 0) source[LevelField(level) + suffix] = Strings(words);
            }
            source["topic_ids" + suffix] = Strings(topics.Value.Select(t => t.TopicId));
            source["topic_facet" + suffix] = Strings(topics.Value.Select(FacetKey));
            source["topic_list"] = TopicList(topics.Value, topics.Visibility);
        }
        return source;
    }

    public static JsonObject Resource(ResourceDocument d) => new()
    {
        ["id"] = d.Id,
        ["version"] = d.Version,
        ["title"] = d.Title,
        ["type"] = d.Type,
        ["body"] = d.Body,
        ["published"] = d.Published?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        ["topics"] = Strings(d.Topics.SelectMany(TopicWords)),
        ["topic_ids"] = Strings(d.Topics.Select(t => t.TopicId)),
        ["topic_facet"] = Strings(d.Topics.Select(FacetKey)),
        ["authors"] = Strings(d.Authors.Select(a => a.Name)),
        ["author_ids"] = Strings(d.Authors.Select(a => a.Id)),
        ["topic_list"] = TopicList(d.Topics, Visibility.Public),
    };

    public static string LevelField(TopicLevel level) => level switch
    {
        TopicLevel.Expert => "topics_expert",
        TopicLevel.Practitioner => "topics_practitioner",
        _ => "topics_interest",
    };

    public static string FacetKey(DocumentTopic t) => t.TopicId + FacetSeparator + t.Name;

    /// <summary>Only public and members-only parts reach a document; anything else would be a builder bug, kept out.</summary>
    private static string Suffix(Visibility visibility) => visibility switch
    {
        Visibility.Public => "",
        Visibility.Members => MembersSuffix,
        _ => throw new InvalidOperationException("A private part must never reach a search document."),
    };

    private static IEnumerable<string> TopicWords(DocumentTopic t) => t.Synonyms.Prepend(t.Name);

    private static JsonArray TopicList(IEnumerable<DocumentTopic> topics, Visibility visibility) =>
        new(topics.Select(t => (JsonNode)new JsonObject
        {
            ["id"] = t.TopicId,
            ["name"] = t.Name,
            ["level"] = WireName<TopicLevel>.Of(t.Level),
            ["synonyms"] = Strings(t.Synonyms),
            ["members_only"] = visibility == Visibility.Members,
        }).ToArray());

    private static JsonArray Strings(IEnumerable<string> values) => new(values.Select(v => (JsonNode)JsonValue.Create(v)).ToArray());
}
