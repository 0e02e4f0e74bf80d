using Lucene.Net.Index;
using Lucene.Net.Search;
using Q.Search.Lucene;
using Q.Search.Lucene.Analysis;

namespace Q.Search.Tests.Lucene;

/// <summary>The highlighter marks exactly what the search matched, cuts long texts around it and escapes the rest.</summary>
public sealed class HighlighterTests
{
    private static readonly TextAnalyzer Analyzer = new();

    /// <summary>
    /// The words marked, analysing only the patterns' words as the highlighter does, after checking that marking
    /// every analysed word gives the same tokens (positions and offsets included).
    /// </summary>
    private static List<OffsetToken> Mark(string text, params Query[] queries)
    {
        var patterns = MatchPatterns.Of(queries, "bio");
        var marked = patterns.Mark(Analyzer, "bio", text);
        Assert.Equal(patterns.Mark(TokenText.AnalyseWithOffsets(Analyzer, "bio", text)), marked);
        return marked;
    }

    private static PhraseQuery Phrase(params (string Term, int Position)[] words)
    {
        var phrase = new PhraseQuery();
        foreach (var (term, position) in words) phrase.Add(new Term("bio", term), position);
        return phrase;
    }

    [Fact]
    public void A_phrase_marks_its_words_only_where_they_stand_together_and_in_order()
    {
        var text = "Improvement of quality matters; our quality improvement work spans wards.";
        var marked = Mark(text, Phrase(("qualiti", 0), ("improv", 1)));
        Assert.Equal(["quality", "improvement"], marked.Select(t => text[t.Start..t.End]));
        Assert.Equal(text.IndexOf("quality improvement", StringComparison.Ordinal), marked[0].Start);
    }

    [Fact]
    public void A_phrase_with_a_stop_word_gap_matches_across_it()
    {
        // "Model for Improvement" is analysed as model(0) improv(2): "for" is a stop word.
        var text = "We teach the Model for Improvement, not a model that drives improvement.";
        var marked = Mark(text, Phrase(("model", 0), ("improv", 2)));
        Assert.Equal(["Model", "Improvement"], marked.Select(t => text[t.Start..t.End]));
    }

    [Fact]
    public void Words_in_a_field_the_query_does_not_search_are_not_marked()
    {
        var marked = Mark("Sepsis screening.", new TermQuery(new Term("headline", "sepsi")));
        Assert.Empty(marked);
    }

    [Fact]
    public void A_short_text_is_one_fragment_with_each_matched_word_emphasised_and_the_rest_escaped()
    {
        var text = "<b>Sepsis</b> & \"PDSA\" cycles";
        var marked = Mark(text, new TermQuery(new Term("bio", "sepsi")), new TermQuery(new Term("bio", "pdsa")));
        var fragment = Assert.Single(Fragments.Of(text, marked, 3));
        Assert.Equal("&lt;b&gt;<em>Sepsis</em>&lt;/b&gt; &amp; &quot;<em>PDSA</em>&quot; cycles", fragment);
    }

    [Fact]
    public void A_long_text_is_cut_around_its_matches_on_word_boundaries_best_window_first()
    {
        var filler = string.Join(' ', Enumerable.Repeat("ward rounds and staffing rotas", 12));
        var text = $"Sepsis early on. {filler} Later sepsis and deterioration together. {filler}";
        var marked = Mark(text, new TermQuery(new Term("bio", "sepsi")), new TermQuery(new Term("bio", "deterior")));
        var fragments = Fragments.Of(text, marked, 3).ToArray();

        Assert.Equal(2, fragments.Length);
        Assert.Contains("<em>sepsis</em> and <em>deterioration</em>", fragments[0], StringComparison.Ordinal); // two distinct words beat one
        Assert.StartsWith("<em>Sepsis</em> early on.", fragments[1], StringComparison.Ordinal);
        foreach (var fragment in fragments)
        {
            var plain = fragment.Replace("<em>", "", StringComparison.Ordinal).Replace("</em>", "", StringComparison.Ordinal);
            Assert.InRange(plain.Length, 10, HitHighlighter.FragmentSize);
            Assert.Contains(plain, text, StringComparison.Ordinal); // cut on word boundaries: whole words only
        }
    }

    [Fact]
    public void At_most_the_asked_number_of_fragments()
    {
        var text = string.Join(' ', Enumerable.Range(0, 20).Select(i => $"sepsis case {i} with a long enough description of the ward work around it."));
        var marked = Mark(text, new TermQuery(new Term("bio", "sepsi")));
        Assert.Equal(2, Fragments.Of(text, marked, 2).Count());
    }
}
