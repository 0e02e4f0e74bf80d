using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Util;

namespace Q.Search.Lucene;

/// <summary>
/// A <see cref="TermQuery"/> whose scorers open the word's postings through the search's shared terms enumerators
/// (<see cref="SegmentTerms"/>), positioned by the state the plan's lookup already found, instead of a new enumerator
/// per word, segment and part of the search, into a pooled postings enumerator. Scores are Lucene's: the same similarity weight from the same
/// statistics, the same normalisation, each document scored by the similarity from its frequency.
/// </summary>
internal sealed class SharedTermQuery : TermQuery
{
    private readonly TermContext _states;
    private readonly SegmentTerms _terms;

    public SharedTermQuery(Term term, TermContext states, SegmentTerms terms) : base(term, states)
    {
        _states = states;
        _terms = terms;
    }

    /// <summary>
    /// On the searcher the states were looked up on, the shared weight; on any other (a filter's private searcher, a
    /// newer reader) Lucene's own, which looks the term up again: the states' segment numbers mean nothing there.
    /// </summary>
    public override Weight CreateWeight(IndexSearcher searcher) => _states.TopReaderContext == searcher.TopReaderContext
        ? new SharedTermWeight(this, searcher, _states, _terms)
        : new TermQuery(Term) { Boost = Boost }.CreateWeight(searcher);

    private sealed class SharedTermWeight : Weight
    {
        private readonly SharedTermQuery _query;
        private readonly TermContext _states;
        private readonly SegmentTerms _terms;
        private readonly Similarity _similarity;
        private readonly Similarity.SimWeight _stats;

        public SharedTermWeight(SharedTermQuery query, IndexSearcher searcher, TermContext states, SegmentTerms terms)
        {
            _query = query;
            _states = states;
            _terms = terms;
            _similarity = searcher.Similarity;
            _stats = _similarity.ComputeWeight(query.Boost, searcher.CollectionStatistics(query.Term.Field), searcher.TermStatistics(query.Term, states));
        }

        public override Query Query => _query;

        public override float GetValueForNormalization() => _stats.GetValueForNormalization();

        public override void Normalize(float queryNorm, float topLevelBoost) => _stats.Normalize(queryNorm, topLevelBoost);

        public override Scorer? GetScorer(AtomicReaderContext context, IBits? acceptDocs)
        {
            var state = _states.Get(context.Ord);
            if (state is null) return null; // the segment does not hold the word
            var postings = _terms.Postings(context, _query.Term.Field, _query.Term.Bytes, state, acceptDocs);
            return postings is null ? null : new PostingsScorer(this, postings, _similarity.GetSimScorer(_stats, context));
        }

        public override Explanation Explain(AtomicReaderContext context, int doc)
        {
            if (GetScorer(context, context.AtomicReader.LiveDocs) is PostingsScorer scorer && scorer.Advance(doc) == doc)
            {
                var explanation = _similarity.GetSimScorer(_stats, context).Explain(doc, new Explanation(scorer.Freq, "termFreq=" + scorer.Freq));
                var result = new ComplexExplanation(true, explanation.Value, $"weight({_query} in {doc}) [{_similarity.GetType().Name}], result of:");
                result.AddDetail(explanation);
                return result;
            }
            return new ComplexExplanation(false, 0f, "no matching term");
        }
    }

    /// <summary>Lucene's term scorer (internal to Lucene): the postings, each document scored from its frequency.</summary>
    private sealed class PostingsScorer(Weight weight, DocsEnum postings, Similarity.SimScorer scorer) : Scorer(weight)
    {
        public override int DocID => postings.DocID;

        public override int Freq => postings.Freq;

        public override int NextDoc() => postings.NextDoc();

        public override int Advance(int target) => postings.Advance(target);

        public override float GetScore() => scorer.Score(postings.DocID, postings.Freq);

        public override long GetCost() => postings.GetCost();
    }
}
