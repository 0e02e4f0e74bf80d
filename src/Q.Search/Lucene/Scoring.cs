using Lucene.Net.Search.Similarities;

namespace Q.Search.Lucene;

/// <summary>
/// BM25 for prose; BM25 without length normalisation (b = 0) for short, list-like fields — names, topics, titles
/// of projects and case studies. Lucene 4's BM25 averages a field's length over every document, so a sparse field
/// (the expert topics only some members have) looks "long" to its few holders and would be punished for it;
/// without length normalisation a topic match scores its idf times the field boost, which is what lets a declared
/// expert topic outrank a passing mention in a bio.
/// </summary>
internal sealed class Scoring : PerFieldSimilarityWrapper
{
    public static readonly Scoring Instance = new();

    private static readonly Similarity Prose = new BM25Similarity();
    private static readonly Similarity Short = new BM25Similarity(1.2f, 0f);

    private Scoring()
    {
    }

    /// <summary>Partial-match factor of the top-level clause query, the only one that does not disable coordination.</summary>
    public const float PartialMatch = 0.01f;

    /// <summary>
    /// A hit matching every clause keeps its score; one matching some is scaled down by <see cref="PartialMatch"/>
    /// times its share, so it ranks below unless its score is over a hundred times higher — in practice never,
    /// BM25 scores of one query's hits being within a small factor of each other.
    /// </summary>
    public override float Coord(int overlap, int maxOverlap) => overlap >= maxOverlap ? 1f : PartialMatch * overlap / maxOverlap;

    public override Similarity Get(string name) =>
        name.StartsWith("topic", StringComparison.Ordinal) || name is "name" or "authors" or "title" or "organisation" or "orgtype" or "region" or "role" or "type"
            ? Short
            : Prose;
}
