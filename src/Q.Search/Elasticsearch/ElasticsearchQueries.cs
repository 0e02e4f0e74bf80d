using System.Text.Json.Nodes;
using Q.Core.Model;
using Q.Core.Ports;
using Q.Core.Search;
using static Q.Search.Elasticsearch.ElasticsearchMappings;

namespace Q.Search.Elasticsearch;

/// <summary>A searchable field: its boost, whether it holds members-only text, and the name a reason or highlight shows.</summary>
internal sealed record SearchField(string Name, double Boost, bool MembersOnly, string Display, TopicLevel? Level = null);

/// <summary>A keyword filter a search may carry; the facet of the same key is counted without it.</summary>
internal sealed record FilterClause(string Key, JsonObject Query);

/// <summary>A facet: the keyword fields counted (the members-only one only when the audience may see it).</summary>
internal sealed record FacetSpec(string Key, IReadOnlyList<string> Fields);

/// <summary>
/// Turns a <see cref="QueryPlan"/> into an Elasticsearch search body. Each clause is a bool <c>should</c> over its
/// text and its alternatives on every visible field (match_phrase for phrases, match otherwise; the alternative's
/// weight times the field's boost as the boost; a fuzzy match with a lower boost for longer words), each named
/// <c>c{clause}|v{variant}|{field}</c> (or <c>c{clause}|typo|{field}</c>) so the response's <c>matched_queries</c>
/// say which words matched where. A document matching every clause gets a constant bonus above any text score, so
/// it ranks first; with three or more clauses, most (not all) must match. Filters go to <c>post_filter</c> and each
/// facet aggregation applies every filter except its own.
/// </summary>
internal static class ElasticsearchQueries
{
    public const int MaxPageSize = 100;
    /// <summary>Elasticsearch's default max_result_window: from + size beyond it is refused by the server.</summary>
    public const int MaxWindow = 10_000;
    public const double TypoFactor = 0.4;
    public const double AllClausesBonus = 100;
    public const int FacetSize = 50;
    public const char NameSeparator = '|';

    public static readonly IReadOnlyList<SearchField> PeopleFields = Both(
    [
        new("topics_expert", 4.0, false, "topics", TopicLevel.Expert),
        new("topics_practitioner", 2.5, false, "topics", TopicLevel.Practitioner),
        new("topics_interest", 1.5, false, "topics", TopicLevel.Interest),
        new("name", 3.0, false, "name"),
        new("headline", 2.0, false, "headline"),
        new("bio", 1.0, false, "bio"),
    ]).Concat(
    [
        new SearchField("organisation_name", 1.0, false, "organisation"),
        new SearchField("projects", 1.2, false, "projects"),
        new SearchField("resources", 1.2, false, "case studies"),
    ]).ToArray();

    public static readonly IReadOnlyList<SearchField> ResourceFields =
    [
        new("title", 3.0, false, "title"),
        new("topics", 2.0, false, "topics"),
        new("authors", 1.5, false, "authors"),
        new("body", 1.0, false, "text"),
    ];

    private static IEnumerable<SearchField> Both(IEnumerable<SearchField> fields) =>
        fields.SelectMany(f => new[] { f, f with { Name = f.Name + MembersSuffix, MembersOnly = true } });

    /// <summary>Whether members-only fields are searched for everyone this audience searches (a signed-in member).</summary>
    public static bool SeesMembersOnly(Audience audience) => audience.Reach >= Visibility.Members;

    public static JsonObject PeopleBody(PeopleQuery q)
    {
        var audience = q.Audience;
        var fields = PeopleFields.Where(f => !f.MembersOnly || SeesMembersOnly(audience) || audience.Self is not null).ToArray();
        var filters = new List<FilterClause>();
        if (q.Filter.RegionId is { } region) filters.Add(new("region", Term("region", region)));
        if (q.Filter.Role is { } role) filters.Add(new("role", Term("role", WireName<MemberRole>.Of(role))));
        if (q.Filter.OrganisationId is { } organisation) filters.Add(new("organisation", Term("organisation_id", organisation)));
        if (q.Filter.TopicId is { } topic) filters.Add(new("topic", TopicFilter(topic, audience)));
        var facets = new List<FacetSpec>
        {
            new("region", ["region"]),
            new("role", ["role"]),
            new("organisation_type", ["organisation_type"]),
            new("topic", SeesMembersOnly(audience) ? ["topic_facet", "topic_facet" + MembersSuffix] : ["topic_facet"]),
        };
        var highlighted = fields.Where(f => !f.MembersOnly || SeesMembersOnly(audience));
        return Body(q.Plan, fields, audience, filters, facets, highlighted, q.First, q.Offset);
    }

    public static JsonObject ResourceBody(ResourceQuery q)
    {
        var filters = new List<FilterClause>();
        if (q.Filter.Type is { } type) filters.Add(new("type", Term("type", type)));
        if (q.Filter.TopicId is { } topic) filters.Add(new("topic", Term("topic_ids", topic)));
        var facets = new List<FacetSpec> { new("type", ["type"]), new("topic", ["topic_facet"]) };
        return Body(q.Plan, ResourceFields, Audience.Public, filters, facets, ResourceFields, q.First, q.Offset);
    }

    public static (int From, int Size) Page(int first, int offset)
    {
        var from = Math.Max(0, offset);
        var size = Math.Clamp(first, 0, MaxPageSize);
        if (from >= MaxWindow) return (0, 0);
        return (from, Math.Min(size, MaxWindow - from));
    }

    private static JsonObject Body(
        QueryPlan plan, IReadOnlyList<SearchField> fields, Audience audience, IReadOnlyList<FilterClause> filters,
        IReadOnlyList<FacetSpec> facets, IEnumerable<SearchField> highlighted, int first, int offset)
    {
        var (from, size) = Page(first, offset);
        var body = new JsonObject
        {
            ["from"] = from,
            ["size"] = size,
            ["track_total_hits"] = true,
            ["query"] = Query(plan, fields, audience),
            ["sort"] = new JsonArray("_score", new JsonObject { ["id"] = "asc" }),
            ["_source"] = new JsonArray("topic_list"),
        };
        if (filters.Count > 0) body["post_filter"] = AllOf(filters.Select(f => f.Query));
        var aggs = new JsonObject();
        foreach (var facet in facets)
        {
            var values = new JsonObject();
            for (var i = 0; i < facet.Fields.Count; i++)
                values[i == 0 ? "values" : "values_members"] = new JsonObject
                {
                    ["terms"] = new JsonObject { ["field"] = facet.Fields[i], ["size"] = FacetSize },
                };
            aggs[facet.Key] = new JsonObject
            {
                ["filter"] = AllOf(filters.Where(f => f.Key != facet.Key).Select(f => f.Query)),
                ["aggs"] = values,
            };
        }
        body["aggs"] = aggs;
        var highlightFields = new JsonObject();
        foreach (var field in highlighted)
            highlightFields[field.Name] = new JsonObject { ["number_of_fragments"] = 3, ["fragment_size"] = 160 };
        body["highlight"] = new JsonObject
        {
            ["pre_tags"] = new JsonArray("<em>"),
            ["post_tags"] = new JsonArray("</em>"),
            // Fragments go to browsers: the document's own markup is escaped, only our <em> tags stay.
            ["encoder"] = "html",
            ["require_field_match"] = true,
            ["fields"] = highlightFields,
        };
        return body;
    }

    /// <summary>The text query of a plan: match_all for an empty plan (browsing with filters).</summary>
    public static JsonObject Query(QueryPlan plan, IReadOnlyList<SearchField> fields, Audience audience)
    {
        if (plan.IsEmpty) return new JsonObject { ["match_all"] = new JsonObject() };
        var clauses = plan.Clauses.Select((c, i) => Clause(c, i, fields, audience)).ToArray();
        if (clauses.Length == 1) return clauses[0];
        var should = new JsonArray(clauses.Select(c => (JsonNode)c).ToArray());
        should.Add(new JsonObject
        {
            ["constant_score"] = new JsonObject
            {
                ["filter"] = new JsonObject { ["bool"] = new JsonObject { ["filter"] = new JsonArray(clauses.Select(c => c.DeepClone()).ToArray()) } },
                ["boost"] = AllClausesBonus,
                ["_name"] = "all",
            },
        });
        return new JsonObject
        {
            ["bool"] = new JsonObject { ["should"] = should, ["minimum_should_match"] = MinimumClauses(clauses.Length) },
        };
    }

    /// <summary>One or two clauses: any may match (all rank first); more: all but a third must match.</summary>
    public static int MinimumClauses(int clauses) => clauses <= 2 ? 1 : clauses - clauses / 3;

    private static JsonObject Clause(QueryClause clause, int index, IReadOnlyList<SearchField> fields, Audience audience)
    {
        var should = new JsonArray();
        var variants = new List<(string Text, bool IsPhrase, double Weight)> { (clause.Text, clause.IsPhrase, 1.0) };
        variants.AddRange(clause.Alternatives.Select(a => (a.Text, a.IsPhrase, a.Weight)));
        for (var v = 0; v < variants.Count; v++)
        {
            var (text, isPhrase, weight) = variants[v];
            if (string.IsNullOrWhiteSpace(text) || weight <= 0) continue;
            foreach (var field in fields)
                should.Add(Visible(field, audience, Match(field.Name, text, isPhrase, field.Boost * weight, Name(index, $"v{v}", field.Name))));
        }
        if (clause.AllowTypos && !clause.IsPhrase && !string.IsNullOrWhiteSpace(clause.Text))
            foreach (var field in fields)
                should.Add(Visible(field, audience, new JsonObject
                {
                    ["match"] = new JsonObject
                    {
                        [field.Name] = new JsonObject
                        {
                            ["query"] = clause.Text,
                            ["fuzziness"] = "AUTO",
                            ["prefix_length"] = 1,
                            ["max_expansions"] = 20,
                            ["boost"] = Round(field.Boost * TypoFactor),
                            ["_name"] = Name(index, "typo", field.Name),
                        },
                    },
                }));
        return new JsonObject { ["bool"] = new JsonObject { ["should"] = should, ["minimum_should_match"] = 1 } };
    }

    public static string Name(int clause, string variant, string field) => $"c{clause}{NameSeparator}{variant}{NameSeparator}{field}";

    private static JsonObject Match(string field, string text, bool isPhrase, double boost, string name) => isPhrase
        ? new JsonObject
        {
            ["match_phrase"] = new JsonObject
            {
                [field] = new JsonObject { ["query"] = text, ["boost"] = Round(boost), ["_name"] = name },
            },
        }
        : new JsonObject
        {
            ["match"] = new JsonObject
            {
                [field] = new JsonObject { ["query"] = text, ["operator"] = "and", ["boost"] = Round(boost), ["_name"] = name },
            },
        };

    /// <summary>
    /// A members-only field searched by someone who may not see members-only parts: only in their own profile
    /// (the audience's <see cref="Audience.Self"/>). Elsewhere the field is not in the query at all.
    /// </summary>
    private static JsonObject Visible(SearchField field, Audience audience, JsonObject query) =>
        !field.MembersOnly || SeesMembersOnly(audience)
            ? query
            : new JsonObject
            {
                ["bool"] = new JsonObject
                {
                    ["must"] = new JsonArray(query),
                    ["filter"] = new JsonArray(Term("id", audience.Self!)),
                },
            };

    private static JsonObject TopicFilter(string topic, Audience audience)
    {
        if (SeesMembersOnly(audience))
            return AnyOf(Term("topic_ids", topic), Term("topic_ids" + MembersSuffix, topic));
        if (audience.Self is { } self)
            return AnyOf(Term("topic_ids", topic), new JsonObject
            {
                ["bool"] = new JsonObject { ["filter"] = new JsonArray(Term("topic_ids" + MembersSuffix, topic), Term("id", self)) },
            });
        return Term("topic_ids", topic);
    }

    public static JsonObject Term(string field, string value) =>
        new() { ["term"] = new JsonObject { [field] = value } };

    private static JsonObject AnyOf(params JsonObject[] queries) =>
        new() { ["bool"] = new JsonObject { ["should"] = new JsonArray(queries.Select(q => (JsonNode)q).ToArray()), ["minimum_should_match"] = 1 } };

    private static JsonObject AllOf(IEnumerable<JsonObject> queries)
    {
        var all = queries.Select(q => (JsonNode)q.DeepClone()).ToArray();
        return all.Length == 0
            ? new JsonObject { ["match_all"] = new JsonObject() }
            : new JsonObject { ["bool"] = new JsonObject { ["filter"] = new JsonArray(all) } };
    }

    private static double Round(double boost) => Math.Round(boost, 3, MidpointRounding.AwayFromZero);
}
