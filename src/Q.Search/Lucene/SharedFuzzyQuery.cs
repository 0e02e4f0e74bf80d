using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using Lucene.Net.Util.Automaton;

namespace Q.Search.Lucene;

/// <summary>
/// A <see cref="FuzzyQuery"/> whose Levenshtein automata are built once per plan and handed to every field's
/// rewrite, instead of once per field: building them is most of a long word's fuzzy rewrite. The automata are
/// exactly those <see cref="FuzzyTermsEnum"/> would build (same word, prefix, edits and transpositions), placed in
/// the attribute it reads them from, so the terms found and their boosts are the same.
/// </summary>
internal sealed class SharedFuzzyQuery(Term term, int maxEdits, int prefixLength, int maxExpansions, bool transpositions, IList<CompiledAutomaton> automata)
    : FuzzyQuery(term, maxEdits, prefixLength, maxExpansions, transpositions)
{
    /// <summary>The automata for edit distances 0..maxEdits, as <see cref="FuzzyTermsEnum"/> builds them.</summary>
    public static IList<CompiledAutomaton> Automata(string text, int maxEdits, int prefixLength, bool transpositions)
    {
        var codePoints = text.EnumerateRunes().Count();
        var prefix = Math.Min(prefixLength, codePoints);
        var cut = text.EnumerateRunes().Take(prefix).Sum(r => r.Utf16SequenceLength);
        var builder = new LevenshteinAutomata(text[cut..], transpositions);
        var list = new List<CompiledAutomaton>(maxEdits + 1);
        for (var i = 0; i <= maxEdits; i++)
        {
            var automaton = builder.ToAutomaton(i);
            if (prefix > 0) automaton = BasicOperations.Concatenate(BasicAutomata.MakeString(text[..cut]), automaton);
            list.Add(new CompiledAutomaton(automaton, true, false));
        }
        return list;
    }

    protected override TermsEnum GetTermsEnum(Terms terms, AttributeSource atts)
    {
        var shared = atts.AddAttribute<FuzzyTermsEnum.ILevenshteinAutomataAttribute>().Automata;
        if (shared.Count == 0)
            foreach (var automaton in automata) shared.Add(automaton);
        return base.GetTermsEnum(terms, atts);
    }
}
