using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using Q.Core.Model;
using Q.Core.Ports;
using Q.Core.Search;

namespace Q.Search.Lucene;

public sealed partial class LuceneSearchIndex
{
    public const int MaxPageSize = 100;
    public const int MaxOffset = 10_000;
    public const int MaxTopicFacetValues = 30;

    private readonly Filter _people = new KindFilter(Fields.PersonKind);
    private readonly Filter _resources = new KindFilter(Fields.ResourceKind);

    public Task<PeopleSearchPage> SearchPeopleAsync(PeopleQuery query, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var audience = query.Audience ?? Audience.Public;
        var membersAllowed = audience.Reach >= Visibility.Members;
        var filter = query.Filter ?? MemberFilter.None;
        var dimensions = new[]
        {
            new Dimension("region", [(Fields.FacetRegion, false)], filter.RegionId is { } region ? [(Fields.FilterRegion, region, false)] : null),
            new Dimension("role", [(Fields.FacetRole, false)], filter.Role is { } role ? [(Fields.FilterRole, WireName<MemberRole>.Of(role), false)] : null),
            new Dimension("organisationType", [(Fields.FacetOrganisationType, false)], null),
            new Dimension("topic", [(Fields.FacetTopic, false), (Fields.FacetTopic + Fields.MembersSuffix, true)],
                filter.TopicId is { } topic ? [(Fields.FilterTopic, topic, false), (Fields.FilterTopic + Fields.MembersSuffix, topic, true)] : null),
            new Dimension("organisation", [], filter.OrganisationId is { } organisation ? [(Fields.FilterOrganisation, organisation, false)] : null),
        };
        var selfKey = audience.Self is { } self ? Fields.KeyOf(SearchKind.Person, self) : null;
        var key = ResultCache.KeyOf(SearchKind.Person, query.Plan ?? QueryPlan.Empty, filter, audience, query.First, query.Offset);
        return Task.FromResult(Cached(key, searcher =>
        {
            var (hits, total) = Search(searcher, SearchKind.Person, query.Plan, Fields.People, audience, dimensions, membersAllowed, selfKey, query.First, query.Offset, _people);
            var facets = new PeopleFacets(
                Values(dimensions[0].Counts, id => Region.Find(id)?.Name ?? id),
                Values(dimensions[1].Counts, Labels.Readable),
                Values(dimensions[2].Counts, Labels.Readable),
                TopicValues(dimensions[3].Counts));
            return new PeopleSearchPage(hits, total, facets);
        }));
    }

    public Task<ResourceSearchPage> SearchResourcesAsync(ResourceQuery query, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var filter = query.Filter ?? ResourceFilter.None;
        var dimensions = new[]
        {
            new Dimension("type", [(Fields.FacetType, false)], filter.Type is { } type ? [(Fields.FilterType, type, false)] : null),
            new Dimension("topic", [(Fields.FacetTopic, false)], filter.TopicId is { } topic ? [(Fields.FilterTopic, topic, false)] : null),
        };
        var key = ResultCache.KeyOf(SearchKind.Resource, query.Plan ?? QueryPlan.Empty, filter, Audience.Public, query.First, query.Offset);
        return Task.FromResult(Cached(key, searcher =>
        {
            var (hits, total) = Search(searcher, SearchKind.Resource, query.Plan, Fields.Resources, Audience.Public, dimensions, false, null, query.First, query.Offset, _resources);
            return new ResourceSearchPage(hits, total, Values(dimensions[0].Counts, Labels.Readable), TopicValues(dimensions[1].Counts));
        }));
    }

    /// <summary>The page from the result cache, else computed on a searcher of the live index (and cached).</summary>
    private T Cached<T>(ResultCache.Key key, Func<IndexSearcher, T> compute) where T : class
    {
        var generation = _cache.Generation; // before the searcher is acquired: see ResultCache.GetOrAdd
        return WithSearcher(searcher => _cache.GetOrAdd(generation, key, () => compute(searcher)));
    }

    private (IReadOnlyList<SearchHit> Hits, int Total) Search(
        IndexSearcher searcher, SearchKind kind, QueryPlan? plan, IReadOnlyList<SearchField> fields, Audience audience, Dimension[] dimensions,
        bool membersAllowed, string? selfKey, int first, int offset, Filter kindFilter)
    {
        first = Math.Clamp(first, 0, MaxPageSize);
        offset = Math.Clamp(offset, 0, MaxOffset);
        var planQuery = PlanQuery.Build(plan ?? QueryPlan.Empty, fields, _analyzer, audience, kind, searcher);
        var wanted = Math.Max(1, offset + first);
        if (planQuery.Query is { } query)
        {
            ScoreDoc[] top;
            int total;
            try
            {
                (top, total) = SplitSearch.Run(searcher, query, kindFilter, wanted, dimensions, membersAllowed, selfKey);
            }
            finally
            {
                planQuery.Terms.ReturnAll(); // the search's scorers are done with them (every part has finished, even on error)
            }
            return (Hits(searcher, planQuery, top.Skip(offset).Take(first).ToArray(), kind), total);
        }
        // No words: everyone, by name (or title), with every facet counted.
        var sorted = TopFieldCollector.Create(new Sort(new SortField(Fields.Sort, SortFieldType.STRING)), wanted, false, false, false, true);
        var collector = new FacetingCollector(sorted, dimensions, membersAllowed, selfKey);
        searcher.Search(new MatchAllDocsQuery(), kindFilter, collector);
        collector.Finish();
        var docs = sorted.GetTopDocs(offset, first).ScoreDocs;
        return (Hits(searcher, planQuery, docs, kind), collector.TotalCount);
    }

    private IReadOnlyList<SearchHit> Hits(IndexSearcher searcher, PlanQuery planQuery, ScoreDoc[] docs, SearchKind kind)
    {
        Dictionary<int, List<Variant>> matrix;
        try
        {
            matrix = MatchMatrix.Compute(searcher, planQuery.Variants, planQuery.Terms, docs.Select(d => d.Doc).ToArray());
        }
        finally
        {
            planQuery.Terms.ReturnAll(); // the page's stored fields are all that is read from here on
        }
        var leaves = searcher.IndexReader.Leaves;
        var hits = new SearchHit[docs.Length];
        // Each hit's stored text, highlights and reasons are its own work: the page's hits are shared out across
        // the cores (readers and analyzers are safe to use from several threads).
        Parallel.For(0, docs.Length, new ParallelOptions { MaxDegreeOfParallelism = docs.Length < 4 ? 1 : -1 }, i =>
        {
            var scoreDoc = docs[i];
            var leaf = leaves[ReaderUtil.SubIndex(scoreDoc.Doc, leaves)];
            var id = new BytesRef();
            leaf.AtomicReader.GetBinaryDocValues(Fields.Id).Get(scoreDoc.Doc - leaf.DocBase, id);
            var matched = matrix[scoreDoc.Doc];
            IReadOnlyList<Highlight> highlights = [];
            IReadOnlyList<string> reasons = [];
            if (matched.Count > 0)
            {
                // Only the fields the hit matched in (and their topics' names): a profile's other text would be
                // decoded into strings for nothing.
                var load = new HashSet<string>(StringComparer.Ordinal);
                foreach (var variant in matched)
                    if (variant.Field.Stored && load.Add(variant.Field.Index)) load.Add(Fields.TopicNames(variant.Field.Index));
                var visitor = new global::Lucene.Net.Documents.DocumentStoredFieldVisitor(load);
                searcher.Doc(scoreDoc.Doc, visitor);
                var stored = visitor.Document;
                highlights = HitHighlighter.For(planQuery, stored, matched, _analyzer);
                reasons = Reasons.For(planQuery, stored, matched, _analyzer, kind);
            }
            hits[i] = new SearchHit(id.Utf8ToString(), float.IsNaN(scoreDoc.Score) ? 0 : scoreDoc.Score, highlights, reasons);
        });
        return hits;
    }

    private static IReadOnlyList<FacetValue> Values(Dictionary<string, int> counts, Func<string, string> label) =>
        counts.Select(c => new FacetValue(c.Key, label(c.Key), c.Value))
            .OrderByDescending(v => v.Count).ThenBy(v => v.Label, StringComparer.Ordinal)
            .ToArray();

    /// <summary>Topic facet values carry "id␟name"; a topic renamed between documents is counted once, under one of its names.</summary>
    private static IReadOnlyList<FacetValue> TopicValues(Dictionary<string, int> counts)
    {
        var byId = new Dictionary<string, (string Label, int Count)>(StringComparer.Ordinal);
        foreach (var (value, count) in counts)
        {
            var cut = value.IndexOf(Fields.TopicLabelSeparator);
            var topicId = cut < 0 ? value : value[..cut];
            var name = cut < 0 ? value : value[(cut + 1)..];
            byId[topicId] = byId.TryGetValue(topicId, out var seen) ? (seen.Label, seen.Count + count) : (name, count);
        }
        return byId.Select(t => new FacetValue(t.Key, t.Value.Label, t.Value.Count))
            .OrderByDescending(v => v.Count).ThenBy(v => v.Label, StringComparer.Ordinal)
            .Take(MaxTopicFacetValues)
            .ToArray();
    }
}
