using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace Q.Search.Lucene.Analysis;

/// <summary>
/// Prose (headline, bio, topics, titles, bodies): standard tokenizer → English possessive → ASCII folding
/// (Siobhán → Siobhan, æ → ae) → lower case → apostrophes out → American spelling folded to British → stop
/// words (Lucene's English set without "it", which is also IT) → Porter stemming. Porter rather than KStem:
/// it conflates more forms (improvement/improving/improve, organisation/organise), which is the recall a
/// "who works on X" search wants; the cost is the odd over-stem, which field boosts and phrases keep in check.
/// The index's analyzer also joins the vocabulary's phrases (<see cref="PhraseJoinFilter"/>); queries and the
/// highlighter analyse without joins.
/// </summary>
internal sealed class TextAnalyzer(PhraseJoins? joins = null) : Analyzer
{
    internal const LuceneVersion Version = LuceneVersion.LUCENE_48;

    private static readonly CharArraySet StopWords = Stops();

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new StandardTokenizer(Version, reader);
        TokenStream stream = new EnglishPossessiveFilter(Version, source);
        stream = new ASCIIFoldingFilter(stream);
        stream = new LowerCaseFilter(Version, stream);
        stream = new ApostropheFilter(stream);
        stream = new SpellingFoldFilter(stream);
        stream = new StopFilter(Version, stream, StopWords);
        stream = new PorterStemFilter(stream);
        if (joins is not null) stream = new PhraseJoinFilter(stream, joins);
        return new TokenStreamComponents(source, stream);
    }

    /// <summary>A gap between the values of a multi-valued field, so a phrase never spans two topics or projects.</summary>
    public override int GetPositionIncrementGap(string fieldName) => 100;

    private static CharArraySet Stops()
    {
        var set = new CharArraySet(Version, EnglishAnalyzer.DefaultStopSet.Count, ignoreCase: true);
        foreach (var word in EnglishAnalyzer.DefaultStopSet)
            if (word != "it") set.Add(word);
        return set;
    }
}

/// <summary>Names: standard tokenizer → ASCII folding → lower case → apostrophes out; no stemming, no stop words.
/// "Siobhán O'Neill" is indexed as "siobhan oneill".</summary>
internal sealed class NameAnalyzer : Analyzer
{
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new StandardTokenizer(TextAnalyzer.Version, reader);
        TokenStream stream = new ASCIIFoldingFilter(source);
        stream = new LowerCaseFilter(TextAnalyzer.Version, stream);
        stream = new ApostropheFilter(stream);
        return new TokenStreamComponents(source, stream);
    }

    public override int GetPositionIncrementGap(string fieldName) => 100;
}
