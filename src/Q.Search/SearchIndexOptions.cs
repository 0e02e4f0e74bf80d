namespace Q.Search;

/// <summary>Which search engine Q uses and where. Bound from the "Search" configuration section.</summary>
public sealed class SearchIndexOptions
{
    public const string Section = "Search";

    /// <summary>"lucene" (embedded, the default) or "elasticsearch".</summary>
    public string Engine { get; set; } = "lucene";

    /// <summary>The data folder; the Lucene index lives in its "search" folder.</summary>
    public string DataDirectory { get; set; } = "data";

    /// <summary>
    /// Lucene only: how many result pages are kept for searches repeated before the index next changes (any change
    /// empties it). 0 turns the cache off.
    /// </summary>
    public int ResultCacheSize { get; set; } = Lucene.LuceneSearchIndex.DefaultResultCacheSize;

    public string? ElasticsearchUrl { get; set; }

    public string? ElasticsearchApiKey { get; set; }

    /// <summary>Prefix of the Elasticsearch index names (people and resources).</summary>
    public string IndexPrefix { get; set; } = "q";
}
