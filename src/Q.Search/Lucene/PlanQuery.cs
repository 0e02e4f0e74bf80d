using System.Collections.Concurrent;
using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Q.Core.Ports;
using Q.Core.Search;
using Q.Search.Lucene.Analysis;

namespace Q.Search.Lucene;

internal enum VariantKind { Exact, Alternative, Typo }

/// <summary>One way a clause can match in one field: its text, an alternative, or a close misspelling.</summary>
/// <param name="Id">Its position in the plan's variants.</param>
/// <param name="Highlight">The same query without the filter that keeps members-only text to its owner, for the highlighter.</param>
internal sealed record Variant(int Id, int Clause, VariantKind Kind, Alternative? Alternative, SearchField Field, Query Query, Query Highlight);

/// <summary>The Lucene query for a plan, and its parts, kept to explain and highlight the hits.</summary>
internal sealed record PlanQuery(QueryPlan Plan, Query? Query, IReadOnlyList<QueryClause> Clauses, IReadOnlyList<Variant> Variants)
{
    /// <summary>Each variant's words in its field, worked out once per query for all the page's hits (shared across threads).</summary>
    public ConcurrentDictionary<Variant, HashSet<string>> Words { get; } = new(ReferenceEqualityComparer.Instance);

    /// <summary>The search's terms and postings enumerators — for the plan's lookups, its term scorers and the page's match matrix — lent until given back.</summary>
    public SegmentTerms Terms { get; init; } = new();

    /// <summary>
    /// The words and phrases of some variants in one field, built once per query for all the page's hits (keyed by the
    /// field and the variants' ids): hits mostly match the same few combinations, and building them again for each hit
    /// was a fifth of a search's garbage.
    /// </summary>
    public MatchPatterns Patterns(string field, IEnumerable<Variant> variants)
    {
        var key = (field, string.Join(',', variants.Select(v => v.Id)));
        return _patterns.GetOrAdd(key, static (key, variants) => MatchPatterns.Of(variants.Select(v => v.Highlight), key.Field), variants);
    }

    private readonly ConcurrentDictionary<(string Field, string Ids), MatchPatterns> _patterns = new();

    /// <summary>Topic values (field, text) analysed into their words, once per query: the page's hits share topics.</summary>
    public ConcurrentDictionary<(string Field, string Value), HashSet<string>> TopicWords { get; } = new();

    public const int MaxClauses = 12;
    public const int MaxAlternatives = 24;
    public const int MaxTextLength = 200;
    public const float TypoBoost = 0.2f;

    /// <summary>
    /// Builds the query for a plan over <paramref name="fields"/>. Per clause, a disjunction (max, with a little
    /// tie) over fields × {its text, each alternative at its weight, a fuzzy match at a low boost}; clauses are
    /// combined in one boolean query of optional clauses (enough of them must match) whose coordination factor
    /// (<see cref="Scoring.Coord"/>) scales a partial match down a hundredfold, so hits matching every clause rank
    /// first and partial matches still appear below them, at the cost of evaluating each clause once. Members-only fields are searched only
    /// when the audience reaches members, or, for the audience's own profile, only on that document.
    /// </summary>
    /// <param name="searcher">The searcher the query will run on. Fuzzy queries are rewritten on it into the terms they
    /// stand for, once, so the search, the match matrix and the highlighter all reuse the expansion instead of
    /// repeating it. Each term is looked up in it once: a variant with a word the index does not hold cannot match
    /// and is left out (it would add nothing to any score: the similarity's query norm is 1 and the clause count,
    /// which coordination counts, is unchanged), and the others carry their term statistics, so the search does not
    /// look them up again.</param>
    public static PlanQuery Build(QueryPlan plan, IReadOnlyList<SearchField> fields, Analyzer analyzer, Audience audience, SearchKind kind, IndexSearcher searcher)
    {
        var joins = (searcher as JoinedSearcher)?.Joins;
        var segments = new SegmentTerms();
        var lookup = new TermLookup(searcher.TopReaderContext, segments);
        var analysed = new Dictionary<(bool Name, string Text), List<Token>>();
        var fuzzy = new Dictionary<(string Word, int MaxEdits), IList<global::Lucene.Net.Util.Automaton.CompiledAutomaton>>();
        List<Token> Analyse(string field, string text)
        {
            // The analysis depends only on whether the field is a name field, not on the field itself.
            var key = (Fields.NameFields.Contains(field), text);
            if (!analysed.TryGetValue(key, out var tokens)) analysed[key] = tokens = TokenText.Analyse(analyzer, field, text);
            return tokens;
        }

        var clauses = plan.Clauses.Where(c => !string.IsNullOrWhiteSpace(c.Text)).Take(MaxClauses).ToArray();
        var selfFilter = audience.Reach < Q.Core.Model.Visibility.Members && audience.Self is { } self
            ? new QueryWrapperFilter(new TermQuery(new Term(Fields.Key, Fields.KeyOf(kind, self))))
            : null;
        var searchable = fields.Where(f => !f.MembersOnly || audience.Reach >= Q.Core.Model.Visibility.Members || selfFilter is not null).ToArray();

        var variants = new List<Variant>();
        var clauseQueries = new List<Query>();
        var kept = new List<QueryClause>();
        foreach (var clause in clauses)
        {
            var index = kept.Count;
            var disjunction = new DisjunctionMaxQuery(0.1f);
            var typos = clause.AllowTypos && !Known(clause.Text);
            var any = false;
            foreach (var field in searchable)
            {
                void Add(VariantKind variantKind, Alternative? alternative, (Query Searched, Query Highlight)? text, float boost)
                {
                    if (text is not { } pair) return;
                    any = true;
                    var (query, highlight) = pair;
                    if (query is MultiTermQuery) highlight = query = searcher.Rewrite(query);
                    if (!lookup.CanMatch(ref query)) return;
                    query.Boost *= boost * field.Boost;
                    Query searched = field.MembersOnly && audience.Reach < Q.Core.Model.Visibility.Members ? new FilteredQuery(query, selfFilter) : query;
                    variants.Add(new Variant(variants.Count, index, variantKind, alternative, field, searched, highlight));
                    disjunction.Add(searched);
                }

                var tokens = Analyse(field.Index, Clip(clause.Text));
                Add(VariantKind.Exact, null, TextQuery(field.Index, tokens, clause.IsPhrase, joins), 1f);
                foreach (var alternative in clause.Alternatives.Take(MaxAlternatives))
                {
                    if (string.IsNullOrWhiteSpace(alternative.Text) || !(alternative.Weight > 0)) continue;
                    if (alternative.Via == "narrower" && !Declared(field)) continue;
                    var altTokens = Analyse(field.Index, Clip(alternative.Text));
                    Add(VariantKind.Alternative, alternative, TextQuery(field.Index, altTokens, alternative.IsPhrase, joins), (float)Math.Min(alternative.Weight, 1));
                }
                if (typos && field.Stored && tokens.Count == 1 && tokens[0].Term.Length >= 4)
                {
                    var maxEdits = tokens[0].Term.Length >= 8 ? 2 : 1;
                    var automata = fuzzy.TryGetValue((tokens[0].Term, maxEdits), out var built) ? built : fuzzy[(tokens[0].Term, maxEdits)] = SharedFuzzyQuery.Automata(tokens[0].Term, maxEdits, 1, true);
                    var typo = new SharedFuzzyQuery(new Term(field.Index, tokens[0].Term), maxEdits, prefixLength: 1, maxExpansions: 50, transpositions: true, automata);
                    Add(VariantKind.Typo, null, (typo, typo), TypoBoost);
                }
            }
            if (!any) continue;
            kept.Add(clause);
            clauseQueries.Add(disjunction);
        }

        return new PlanQuery(plan, Combine(clauseQueries), kept, variants) { Terms = segments };

        // A word the index holds in several documents' searched fields is taken as meant: its close misspellings
        // would add noise below the exact matches, and matching them was most of a broad query's time. A word it
        // holds rarely or not at all ("sepsus", a typo someone else made too) may be a typo.
        bool Known(string text)
        {
            var documents = 0;
            foreach (var field in searchable)
            {
                if (!field.Stored) continue;
                var tokens = Analyse(field.Index, Clip(text));
                if (tokens.Count == 1) documents += lookup.DocFreq(new Term(field.Index, tokens[0].Term));
                if (documents >= KnownWordDocuments) return true;
            }
            return false;
        }
    }

    /// <summary>
    /// Fields where a narrower concept is evidence for the broader one: declared topics, headlines and titles. A
    /// narrower concept mentioned in passing in a bio or a project is weak evidence for a broad search, and such
    /// mentions were most of a broad concept's matches (and its time).
    /// </summary>
    private static bool Declared(SearchField field) =>
        field.Level is not null || field.Index is "topics" or "title" || field.Index.StartsWith("headline", StringComparison.Ordinal);

    /// <summary>How many field-documents must hold a word before its typos are no longer searched.</summary>
    public const int KnownWordDocuments = 5;

    private static Query? Combine(List<Query> clauses)
    {
        if (clauses.Count == 0) return null;
        // Up to three clauses, any one may match: the boolean scorer steps through each clause in order, which the
        // windowed disjunction does best; with more, it advances clauses to far targets and Lucene's heap suits.
        var windowed = clauses.Count <= 3;
        Query Clause(Query clause) => windowed && clause is DisjunctionMaxQuery one ? new WindowedDisjunctionMaxQuery(one) : clause;
        if (clauses.Count == 1) return Clause(clauses[0]);
        // The one boolean query that keeps coordination: see Scoring.Coord.
        var some = new BooleanQuery(disableCoord: false) { MinimumNumberShouldMatch = windowed ? 1 : (clauses.Count + 1) / 2 };
        foreach (var clause in clauses) some.Add(Clause(clause), Occur.SHOULD);
        return some;
    }

    /// <summary>
    /// A term, a phrase (words in order, positions as analysed), or all the words; and the query the highlighter
    /// marks words by. A phrase the index holds joined (<see cref="PhraseJoins"/>) is searched as its one joined
    /// term — the same documents, the same frequency — and highlighted as the phrase it stands for.
    /// </summary>
    private static (Query Searched, Query Highlight)? TextQuery(string field, List<Token> tokens, bool phrase, PhraseJoins? joins)
    {
        if (tokens.Count == 0) return null;
        if (tokens.Count == 1)
        {
            var term = new TermQuery(new Term(field, tokens[0].Term));
            return (term, term);
        }
        if (phrase)
        {
            var query = new PhraseQuery();
            // Positions from the first word: a leading stop word ("the Health Foundation") must not demand a word
            // before the phrase, which would miss it at the start of a field.
            foreach (var token in tokens) query.Add(new Term(field, token.Term), token.Position - tokens[0].Position);
            var joined = joins is not null && !Fields.NameFields.Contains(field) ? joins.Joined(tokens) : null;
            // A phrase scores the sum of its words' scores: divided by its length it weighs like one word (the
            // joined term is one word already).
            query.Boost = 1f / tokens.Count;
            return joined is null ? (query, query) : (new TermQuery(new Term(field, joined)), query);
        }
        var all = new BooleanQuery(disableCoord: true) { Boost = 1f / tokens.Count };
        foreach (var token in tokens) all.Add(new TermQuery(new Term(field, token.Term)), Occur.MUST);
        return (all, all);
    }

    private static string Clip(string text) => text.Length <= MaxTextLength ? text : text[..MaxTextLength];

    /// <summary>Term statistics of one reader, each term looked up once per query (through <see cref="SegmentTerms"/>).</summary>
    private sealed class TermLookup(IndexReaderContext context, SegmentTerms segments)
    {
        private readonly Dictionary<Term, TermContext> _states = [];

        private TermContext Build(Term term)
        {
            var state = new TermContext(context);
            foreach (var leaf in context.Leaves)
                if (segments.Seek(leaf, term.Field, term.Bytes) is { } terms)
                    state.Register(terms.GetTermState(), leaf.Ord, terms.DocFreq, terms.TotalTermFreq);
            return state;
        }

        public int DocFreq(Term term) => State(term).DocFreq;

        private TermContext State(Term term)
        {
            if (!_states.TryGetValue(term, out var state)) _states[term] = state = Build(term);
            return state;
        }

        /// <summary>
        /// False when the query cannot match a document: a term, a phrase or all-of-words with a word no document
        /// holds in the field, or a fuzzy expansion to no terms. A term query is replaced by one carrying its statistics,
        /// whose scorers read through the search's shared enumerators.
        /// </summary>
        public bool CanMatch(ref Query query)
        {
            switch (query)
            {
                case TermQuery term:
                    var state = State(term.Term);
                    if (state.DocFreq == 0) return false;
                    query = new SharedTermQuery(term.Term, state, segments) { Boost = term.Boost };
                    return true;
                case PhraseQuery phrase:
                    foreach (var t in phrase.GetTerms())
                        if (State(t).DocFreq == 0) return false;
                    return true;
                case BooleanQuery all when all.Clauses.Count > 0 && all.Clauses.All(c => c.Occur == Occur.MUST && c.Query is TermQuery):
                    var rebuilt = new BooleanQuery(all.CoordDisabled) { Boost = all.Boost, MinimumNumberShouldMatch = all.MinimumNumberShouldMatch };
                    foreach (var clause in all.Clauses)
                    {
                        var t = ((TermQuery)clause.Query).Term;
                        var s = State(t);
                        if (s.DocFreq == 0) return false;
                        rebuilt.Add(new SharedTermQuery(t, s, segments) { Boost = clause.Query.Boost }, Occur.MUST);
                    }
                    query = rebuilt;
                    return true;
                case BooleanQuery expansion:
                    return expansion.Clauses.Count > 0;
                default:
                    return true;
            }
        }
    }
}
