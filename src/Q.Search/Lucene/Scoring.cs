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

    public override Similarity Get(string name) =>
        name.StartsWith("topic", StringComparison.Ordinal) || name is "name" or "authors" or "title" or "organisation" or "orgtype" or "region" or "role" or "type"
            ? Short
            : Prose;
}
