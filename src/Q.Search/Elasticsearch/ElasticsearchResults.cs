using System.Text.Json;
using Q.Core.Model;
using Q.Core.Search;

namespace Q.Search.Elasticsearch;

/// <summary>
/// Reads search responses: hits with highlights (members-only fields shown under their public name) and reasons
/// built from the <c>matched_queries</c> names the query gave each clause, variant and field; facets from the
/// filtered aggregations.
/// </summary>
internal static class ElasticsearchResults
{
    private const int MaxReasons = 6;

    public static PeopleSearchPage People(JsonElement root, PeopleQuery q)
    {
        var (hits, total) = Hits(root, q.Plan, ElasticsearchQueries.PeopleFields);
        var aggs = root.TryGetProperty("aggregations", out var a) ? a : default;
        return new PeopleSearchPage(hits, total, new PeopleFacets(
            Facet(aggs, "region", id => Region.Find(id)?.Name ?? id),
            Facet(aggs, "role", Humanise),
            Facet(aggs, "organisation_type", Humanise),
            TopicFacet(aggs)));
    }

    public static ResourceSearchPage Resources(JsonElement root, ResourceQuery q)
    {
        var (hits, total) = Hits(root, q.Plan, ElasticsearchQueries.ResourceFields);
        var aggs = root.TryGetProperty("aggregations", out var a) ? a : default;
        return new ResourceSearchPage(hits, total, Facet(aggs, "type", Humanise), TopicFacet(aggs));
    }

    private static (IReadOnlyList<SearchHit> Hits, int Total) Hits(JsonElement root, QueryPlan plan, IReadOnlyList<SearchField> fields)
    {
        var outer = root.GetProperty("hits");
        var total = outer.TryGetProperty("total", out var t)
            ? t.ValueKind == JsonValueKind.Object ? t.GetProperty("value").GetInt32() : t.GetInt32()
            : 0;
        var hits = new List<SearchHit>();
        foreach (var hit in outer.GetProperty("hits").EnumerateArray())
        {
            var score = hit.TryGetProperty("_score", out var s) && s.ValueKind == JsonValueKind.Number ? s.GetDouble() : 0;
            var topics = hit.TryGetProperty("_source", out var source) && source.TryGetProperty("topic_list", out var list)
                ? list.EnumerateArray().Select(Topic).ToArray()
                : [];
            hits.Add(new SearchHit(hit.GetProperty("_id").GetString()!, score, Highlights(hit, fields), Reasons(plan, MatchedQueries(hit), topics, fields)));
        }
        return (hits, total);
    }

    private sealed record HitTopic(string Name, string Level, IReadOnlyList<string> Synonyms, bool MembersOnly);

    private static HitTopic Topic(JsonElement t) => new(
        t.GetProperty("name").GetString() ?? "",
        t.GetProperty("level").GetString() ?? "",
        t.TryGetProperty("synonyms", out var s) ? s.EnumerateArray().Select(x => x.GetString() ?? "").ToArray() : [],
        t.TryGetProperty("members_only", out var m) && m.ValueKind == JsonValueKind.True);

    /// <summary><c>matched_queries</c> is an array of names, or (with include_named_queries_score) an object of name → score.</summary>
    private static IReadOnlyList<string> MatchedQueries(JsonElement hit)
    {
        if (!hit.TryGetProperty("matched_queries", out var m)) return [];
        return m.ValueKind switch
        {
            JsonValueKind.Array => m.EnumerateArray().Select(x => x.GetString() ?? "").ToArray(),
            JsonValueKind.Object => m.EnumerateObject().Select(p => p.Name).ToArray(),
            _ => [],
        };
    }

    private static IReadOnlyList<Highlight> Highlights(JsonElement hit, IReadOnlyList<SearchField> fields)
    {
        if (!hit.TryGetProperty("highlight", out var h)) return [];
        var byDisplay = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var field in h.EnumerateObject())
        {
            var display = fields.FirstOrDefault(f => f.Name == field.Name)?.Display ?? field.Name;
            if (!byDisplay.TryGetValue(display, out var fragments)) byDisplay[display] = fragments = [];
            fragments.AddRange(field.Value.EnumerateArray().Select(x => x.GetString() ?? "").Where(x => x.Length > 0 && !fragments.Contains(x)));
        }
        return byDisplay.Select(kv => new Highlight(kv.Key, kv.Value)).ToArray();
    }

    /// <summary>
    /// Reasons in words, from the names of the queries that matched: "expert in Sepsis" for a topic field,
    /// <c>matched "pdsa" through "Plan-Do-Study-Act" in bio</c> for an alternative, <c>matched "sepsis" in headline</c>
    /// for the words themselves. Topic reasons come first, strongest level first.
    /// </summary>
    private static IReadOnlyList<string> Reasons(QueryPlan plan, IReadOnlyList<string> matched, IReadOnlyList<HitTopic> topics, IReadOnlyList<SearchField> fields)
    {
        var topicReasons = new List<(int Rank, string Text)>();
        var other = new List<string>();
        foreach (var name in matched)
        {
            var parts = name.Split(ElasticsearchQueries.NameSeparator);
            if (parts.Length != 3 || !parts[0].StartsWith('c') || !int.TryParse(parts[0].AsSpan(1), out var c) || c < 0 || c >= plan.Clauses.Count) continue;
            var clause = plan.Clauses[c];
            var field = fields.FirstOrDefault(f => f.Name == parts[2]);
            if (field is null) continue;
            string text;
            Alternative? alternative = null;
            if (parts[1] == "typo") text = clause.Text;
            else if (parts[1].StartsWith('v') && int.TryParse(parts[1].AsSpan(1), out var v) && v >= 0 && v <= clause.Alternatives.Count)
            {
                alternative = v == 0 ? null : clause.Alternatives[v - 1];
                text = alternative?.Text ?? clause.Text;
            }
            else continue;

            if (field.Level is { } level && parts[1] != "typo")
            {
                var levelName = WireName<TopicLevel>.Of(level);
                var topic = topics.FirstOrDefault(t => t.Level == levelName && t.MembersOnly == field.MembersOnly && Mentions(t, text));
                if (topic is not null)
                {
                    topicReasons.Add(((int)level, level switch
                    {
                        TopicLevel.Expert => $"expert in {topic.Name}",
                        TopicLevel.Practitioner => $"practitioner in {topic.Name}",
                        _ => $"interested in {topic.Name}",
                    }));
                    continue;
                }
            }
            other.Add(parts[1] == "typo"
                ? $"matched \"{clause.Text}\" by a close spelling in {field.Display}"
                : alternative is null
                    ? $"matched \"{clause.Text}\" in {field.Display}"
                    : $"matched \"{clause.Text}\" through \"{alternative.Text}\" in {field.Display}");
        }
        return topicReasons.OrderByDescending(r => r.Rank).Select(r => r.Text).Concat(other).Distinct(StringComparer.Ordinal).Take(MaxReasons).ToArray();
    }

    private static bool Mentions(HitTopic topic, string text)
    {
        var wanted = Fold(text);
        return topic.Synonyms.Prepend(topic.Name).Select(Fold).Any(w => w.Length > 0 && (w.Contains(wanted, StringComparison.Ordinal) || wanted.Contains(w, StringComparison.Ordinal)));
    }

    /// <summary>Letters and digits only, lower case, accents dropped: "Plan-Do-Study-Act" and "plan do study act" compare equal.</summary>
    private static string Fold(string text)
    {
        var decomposed = text.Normalize(System.Text.NormalizationForm.FormD);
        return new string(decomposed.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());
    }

    private static IReadOnlyList<FacetValue> Facet(JsonElement aggs, string key, Func<string, string> label)
    {
        if (aggs.ValueKind != JsonValueKind.Object || !aggs.TryGetProperty(key, out var facet)) return [];
        return Buckets(facet, "values").Select(b => new FacetValue(b.Key, label(b.Key), b.Count))
            .OrderByDescending(f => f.Count).ThenBy(f => f.Label, StringComparer.Ordinal).ToArray();
    }

    /// <summary>Public and members-only topic counts add up: a profile's topics are either all public or all members-only.</summary>
    private static IReadOnlyList<FacetValue> TopicFacet(JsonElement aggs)
    {
        if (aggs.ValueKind != JsonValueKind.Object || !aggs.TryGetProperty("topic", out var facet)) return [];
        return Buckets(facet, "values").Concat(Buckets(facet, "values_members"))
            .GroupBy(b => b.Key)
            .Select(g =>
            {
                var separator = g.Key.IndexOf(ElasticsearchDocuments.FacetSeparator);
                return separator < 0
                    ? new FacetValue(g.Key, g.Key, g.Sum(b => b.Count))
                    : new FacetValue(g.Key[..separator], g.Key[(separator + 1)..], g.Sum(b => b.Count));
            })
            .OrderByDescending(f => f.Count).ThenBy(f => f.Label, StringComparer.Ordinal).ToArray();
    }

    private static IEnumerable<(string Key, int Count)> Buckets(JsonElement facet, string name) =>
        facet.TryGetProperty(name, out var terms) && terms.TryGetProperty("buckets", out var buckets)
            ? buckets.EnumerateArray().Select(b => (b.GetProperty("key").GetString() ?? "", b.GetProperty("doc_count").GetInt32())).ToArray()
            : [];

    /// <summary>"patient-leader" → "Patient leader".</summary>
    public static string Humanise(string wireName)
    {
        if (wireName.Length == 0) return wireName;
        var words = wireName.Replace('-', ' ');
        return char.ToUpperInvariant(words[0]) + words[1..];
    }
}
