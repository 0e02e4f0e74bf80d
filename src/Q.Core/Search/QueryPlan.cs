namespace Q.Core.Search;

/// <summary>
/// What a plain search box's words mean, worked out once in Q.Core so every engine matches the same thing and
/// gives the same reasons: the clauses the user typed (words and "quoted phrases", spelling folded to British),
/// and for each, the alternatives the improvement-practice vocabulary adds (synonyms, acronyms, narrower
/// concepts) with the weight each should carry. Engines turn a plan into their own query; it never throws.
/// </summary>
/// <param name="Original">The user's text, clipped, for display only.</param>
public sealed record QueryPlan(string Original, IReadOnlyList<QueryClause> Clauses)
{
    public static QueryPlan Empty { get; } = new("", []);

    public bool IsEmpty => Clauses.Count == 0;
}

/// <summary>
/// One thing the user asked for. A hit should match every clause (any of its alternatives) to rank first;
/// engines may relax that (most clauses) so a long query still finds people.
/// </summary>
/// <param name="Text">The words as the user typed them (after normalisation), e.g. "pdsa" or "sepsis screening".</param>
/// <param name="IsPhrase">True for a quoted phrase or a multi-word vocabulary term: match the words in order.</param>
/// <param name="AllowTypos">True for a longer single word: a close misspelling may match, ranked below exact.</param>
public sealed record QueryClause(string Text, bool IsPhrase, bool AllowTypos, IReadOnlyList<Alternative> Alternatives);

/// <summary>Another way to say a clause, and why: "Plan-Do-Study-Act" for "PDSA" (synonym), "sepsis" for "deterioration" (narrower).</summary>
/// <param name="Weight">1 for the clause itself; below 1 for synonyms (e.g. 0.9) and narrower concepts (e.g. 0.5).</param>
/// <param name="Via">How it relates: "synonym", "acronym", "narrower", "spelling".</param>
/// <param name="ConceptLabel">The vocabulary's preferred label, for reasons ("matched PDSA through Plan-Do-Study-Act").</param>
public sealed record Alternative(string Text, bool IsPhrase, double Weight, string Via, string ConceptLabel);
