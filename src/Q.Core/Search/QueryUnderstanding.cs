using Q.Core.Model;

namespace Q.Core.Search;

/// <summary>
/// Reads what a member typed into a plain search box as a <see cref="QueryPlan"/>. There is no syntax to get
/// wrong: words and "quoted phrases" are all it knows. Brackets, colons, wildcards, backslashes and the like are
/// separators; AND, OR and NOT are ordinary (stop) words, never operators; a quote left open ends at the end;
/// text is cleaned (<see cref="TextHygiene"/>), clipped to <see cref="MaxLength"/> characters and
/// <see cref="MaxClauses"/> clauses; diacritics and apostrophes are folded ("Siobhán O'Neill" → "siobhan oneill");
/// American spellings fold to British (the American form kept as a "spelling" alternative); and the vocabulary
/// adds synonyms, acronyms and narrower concepts as weighted alternatives. It never throws.
/// </summary>
public static class QueryUnderstanding
{
    public const int MaxLength = 300;
    public const int MaxClauses = 16;

    /// <summary>The most alternatives one clause carries (a broad concept has many narrower ones).</summary>
    public const int MaxAlternatives = 48;

    public const double SpellingWeight = 1.0;
    public const double SynonymWeight = 0.9;

    /// <summary>Weights of narrower concepts one, two and three levels down.</summary>
    public static IReadOnlyList<double> NarrowerWeights { get; } = [0.5, 0.4, 0.3];

    /// <summary>The minimum letters of a single word that may match with a typo.</summary>
    public const int TypoMinimumLetters = 5;

    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "and", "or", "not", "but", "nor", "of", "in", "on", "at", "to", "for", "from", "by", "with",
        "without", "into", "onto", "about", "as", "is", "are", "was", "were", "be", "been", "it", "its", "this", "that",
        "these", "those", "who", "whom", "what", "which", "how", "i", "me", "my", "we", "our", "us", "you", "your",
        "any", "some", "near", "than", "then", "so", "if", "do", "does",
    };

    /// <summary>The plan for a search box's text. Never throws: an input the reader cannot make sense of gives a plain-words plan.</summary>
    public static QueryPlan Plan(string? text, Vocabulary vocabulary)
    {
        ArgumentNullException.ThrowIfNull(vocabulary);
        try
        {
            return PlanStrict(text, vocabulary);
        }
#pragma warning disable CA1031 // the search box must answer whatever it is given; PlanStrict is what the tests hold to account
        catch (Exception)
#pragma warning restore CA1031
        {
            return Fallback(text);
        }
    }

    /// <summary>The plan, without the safety net of <see cref="Plan"/>: what the tests check never throws on its own.</summary>
    internal static QueryPlan PlanStrict(string? text, Vocabulary vocabulary)
    {
        var original = Clip(TextHygiene.Line(SearchText.WithoutInvalidCodePoints(text ?? "")) ?? "");
        if (original.Length == 0) return QueryPlan.Empty;
        var builder = new PlanBuilder(vocabulary);
        foreach (var (segment, quoted) in Segments(SearchText.FoldCharacters(original)))
        {
            var tokens = SearchText.Tokens(segment);
            if (quoted)
            {
                builder.Phrase(tokens);
                continue;
            }
            for (var i = 0; i < tokens.Count && !builder.Full;)
            {
                var (length, entries) = vocabulary.LongestMatch(tokens, i);
                if (length > 0)
                {
                    builder.Term(tokens.GetRange(i, length), entries);
                    i += length;
                    continue;
                }
                if (JoinedName(tokens, i) is { } joined)
                {
                    builder.Word(joined);
                    i += 2;
                    continue;
                }
                if (!StopWords.Contains(tokens[i].Text)) builder.Word(tokens[i]);
                i++;
            }
        }
        return new QueryPlan(original, builder.Clauses);
    }

    /// <summary>Gaelic and Scots surname particles people type apart from the name: "O Neill", "Mc Donald", "Ní Bhriain".</summary>
    private static readonly HashSet<string> NameParticles = new(StringComparer.Ordinal) { "o", "mc", "mac", "ni", "nic", "ui" };

    /// <summary>
    /// "o neill" read as the one word "oneill" that names are indexed as (apostrophes are dropped, so "O'Neill" is
    /// "oneill"): a lone particle would otherwise match every other "O" and miss the name it belongs to.
    /// </summary>
    private static Token? JoinedName(List<Token> tokens, int i)
    {
        if (i + 1 >= tokens.Count || tokens[i].Parts is not [var particle] || !NameParticles.Contains(particle)) return null;
        var next = tokens[i + 1];
        if (next.Parts is not [var name] || name.Length < 3 || !name.All(char.IsLetter)) return null;
        return new Token(tokens[i].Raw + next.Raw, [tokens[i].Lower[0] + next.Lower[0]], [particle + name]);
    }

    /// <summary>Clips to <see cref="MaxLength"/> characters, never between the halves of a surrogate pair.</summary>
    private static string Clip(string text)
    {
        if (text.Length <= MaxLength) return text;
        var cut = char.IsHighSurrogate(text[MaxLength - 1]) ? MaxLength - 1 : MaxLength;
        return text[..cut].TrimEnd();
    }

    /// <summary>Unquoted and quoted stretches, in order; a quote left open runs to the end.</summary>
    private static List<(string Text, bool Quoted)> Segments(string text)
    {
        var segments = new List<(string, bool)>();
        var start = 0;
        var quoted = false;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && !SearchText.IsQuote(text[i])) continue;
            if (i > start) segments.Add((text[start..i], quoted));
            quoted = !quoted;
            start = i + 1;
        }
        return segments;
    }

    private static QueryPlan Fallback(string? text)
    {
        var letters = new string((text ?? "").Take(MaxLength).Select(c => char.IsLetterOrDigit(c) ? c : ' ').ToArray()).Trim();
        var clauses = letters.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.ToLowerInvariant()).Distinct().Take(MaxClauses)
            .Select(w => new QueryClause(w, false, false, [])).ToArray();
        return new QueryPlan(letters, clauses);
    }

    /// <summary>
    /// "acronym" when one side is the other's acronym: the alternative is an acronym, or the user's term is one and
    /// the alternative is the concept's preferred label or spells the acronym out ("A&amp;E" → "accident and
    /// emergency"); otherwise "synonym" ("QI" → "continuous improvement").
    /// </summary>
    private static string Relation(string matched, string alternative, bool isLabel, Vocabulary vocabulary) =>
        IsAcronym(alternative) || IsAcronym(matched) && (isLabel || SpellsOut(matched, vocabulary.Surface(alternative).Key.Split(' '))) ? "acronym" : "synonym";

    /// <summary>True if the initials of the words (with or without its little words) are the acronym's letters.</summary>
    private static bool SpellsOut(string acronym, string[] words)
    {
        var letters = new string(acronym.Where(char.IsLetter).Select(char.ToLowerInvariant).ToArray());
        return letters.Length > 1 && (Initials(words) == letters || Initials(words.Where(w => !StopWords.Contains(w))) == letters);
    }

    private static string Initials(IEnumerable<string> words) => new(words.Select(w => w[0]).ToArray());

    private static bool IsAcronym(string surface)
    {
        if (surface.Any(char.IsWhiteSpace)) return false;
        var upper = surface.Count(char.IsUpper);
        return upper >= 2 || (upper == 1 && surface.Any(char.IsDigit));
    }

    /// <summary>Collects clauses, merging repeats, up to <see cref="MaxClauses"/>.</summary>
    private sealed class PlanBuilder(Vocabulary vocabulary)
    {
        private readonly HashSet<(string, bool)> seen = [];

        public List<QueryClause> Clauses { get; } = [];

        public bool Full => Clauses.Count >= MaxClauses;

        /// <summary>A quoted phrase: its words in order, exactly; a phrase that is a vocabulary term still expands.</summary>
        public void Phrase(List<Token> tokens)
        {
            if (tokens.Count == 0) return;
            Add(tokens, isPhrase: true, allowTypos: false, vocabulary.Entries(tokens, 0, tokens.Count));
        }

        /// <summary>A run of words that names vocabulary concepts.</summary>
        public void Term(List<Token> tokens, IReadOnlyList<TermEntry> entries) =>
            Add(tokens, isPhrase: tokens.Sum(t => t.Parts.Length) > 1, allowTypos: false, entries);

        /// <summary>A word the vocabulary does not know.</summary>
        public void Word(Token token)
        {
            var single = token.Parts.Length == 1;
            var typos = single && token.Letters >= TypoMinimumLetters && !vocabulary.IsKnown(token.Parts[0]);
            Add([token], isPhrase: !single, allowTypos: typos, []);
        }

        private void Add(List<Token> tokens, bool isPhrase, bool allowTypos, IReadOnlyList<TermEntry> entries)
        {
            if (Full) return;
            var text = string.Join(' ', tokens.Select(t => t.Text));
            if (!seen.Add((text, isPhrase))) return;
            var concepts = entries.Select(e => e.Concept).Distinct().ToArray();
            var alternatives = new List<Alternative>();
            if (American(tokens) is { } american && american != text)
                alternatives.Add(new Alternative(american, isPhrase, SpellingWeight, "spelling", concepts.FirstOrDefault()?.Label ?? text));
            var keys = new HashSet<string>(StringComparer.Ordinal) { string.Join(' ', tokens.SelectMany(t => t.Parts)) };
            foreach (var entry in entries.DistinctBy(e => e.Concept))
            {
                var concept = entry.Concept;
                foreach (var surface in concept.Alt.Prepend(concept.Label))
                    Offer(alternatives, keys, surface, SynonymWeight, Relation(entry.Surface, surface, surface == concept.Label, vocabulary), concept.Label);
            }
            foreach (var concept in concepts) OfferNarrower(alternatives, keys, concept);
            Clauses.Add(new QueryClause(text, isPhrase, allowTypos, alternatives));
        }

        /// <summary>Narrower concepts, breadth first, each level weighted less; direct children also by their acronyms.</summary>
        private void OfferNarrower(List<Alternative> alternatives, HashSet<string> keys, Concept concept)
        {
            var level = new List<Concept> { concept };
            var visited = new HashSet<string>(StringComparer.Ordinal) { concept.Id };
            for (var depth = 0; depth < NarrowerWeights.Count && level.Count > 0; depth++)
            {
                var next = level.SelectMany(c => vocabulary.Narrower(c.Id)).Where(c => visited.Add(c.Id)).ToList();
                foreach (var child in next)
                {
                    Offer(alternatives, keys, child.Label, NarrowerWeights[depth], "narrower", child.Label);
                    if (depth == 0)
                        foreach (var acronym in child.Alt.Where(IsAcronym))
                            Offer(alternatives, keys, acronym, NarrowerWeights[depth], "narrower", child.Label);
                }
                level = next;
            }
        }

        private void Offer(List<Alternative> alternatives, HashSet<string> keys, string surface, double weight, string via, string label)
        {
            if (alternatives.Count >= MaxAlternatives) return;
            var (key, words) = vocabulary.Surface(surface);
            if (key.Length == 0 || !keys.Add(key)) return;
            alternatives.Add(new Alternative(surface, words > 1, weight, via, label));
        }

        /// <summary>The words with American spelling where it differs (as typed, or from the table), or null if none does.</summary>
        private static string? American(List<Token> tokens)
        {
            var changed = false;
            var words = tokens.Select(t => string.Join('-', t.Parts.Select((part, i) =>
            {
                var american = t.Lower[i] != part ? t.Lower[i] : Spelling.ToAmerican(part) ?? part;
                changed |= american != part;
                return american;
            }))).ToArray();
            return changed ? string.Join(' ', words) : null;
        }
    }
}
