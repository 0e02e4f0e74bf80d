using System.Text.Json;

namespace Q.Core.Search;

/// <summary>
/// A concept of the improvement-practice vocabulary: a preferred label, alternative labels (synonyms,
/// spelled-out forms, acronyms), and at most one broader concept.
/// </summary>
/// <param name="Kind">A grouping for people reading the file ("method", "safety", "clinical", "people", "data", "organisation"); not used in matching.</param>
/// <param name="ExactCase">Alternative labels matched only as written, for acronyms that are everyday words in lower case ("NEWS", "NICE", "ED").</param>
public sealed record Concept(
    string Id, string Label, IReadOnlyList<string> Alt, string? Broader, string? Kind, IReadOnlyList<string> ExactCase);

/// <summary>A vocabulary file that cannot be used, with the concept at fault when there is one.</summary>
public sealed class VocabularyException : Exception
{
    public VocabularyException() { }

    public VocabularyException(string message) : base(message) { }

    public VocabularyException(string message, Exception inner) : base(message, inner) { }

    public VocabularyException(string message, string? conceptId, Exception? inner = null) : base(message, inner) => ConceptId = conceptId;

    /// <summary>The id of the concept at fault, when the fault is one concept's.</summary>
    public string? ConceptId { get; }
}

/// <summary>
/// The improvement-practice vocabulary query understanding expands searches with. The built-in one is
/// <c>src/Q.Core/Search/vocabulary.json</c>, embedded in Q.Core; a <c>vocabulary.json</c> in the data folder, if
/// present, replaces it (<see cref="ForDataDirectory"/>). Every file is validated on load: ids unique, labels
/// non-empty, every broader concept present, and no cycles; a fault is a <see cref="VocabularyException"/> naming
/// the concept.
/// </summary>
public sealed class Vocabulary
{
    /// <summary>The name of a vocabulary file in the data folder that replaces the built-in one.</summary>
    public const string FileName = "vocabulary.json";

    private const string ResourceName = "Q.Core.Search.vocabulary.json";
    private static readonly Lazy<Vocabulary> BuiltInVocabulary = new(LoadBuiltIn);

    private readonly Dictionary<string, Concept> byId;
    private readonly Dictionary<string, List<Concept>> narrower;
    private readonly Dictionary<string, List<TermEntry>> terms;
    private readonly Dictionary<string, (string Key, int Words)> surfaces = new(StringComparer.Ordinal);

    private Vocabulary(IReadOnlyList<Concept> concepts, string source)
    {
        Source = source;
        Concepts = concepts;
        byId = concepts.ToDictionary(c => c.Id, StringComparer.Ordinal);
        narrower = concepts.Where(c => c.Broader is not null).GroupBy(c => c.Broader!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        terms = new Dictionary<string, List<TermEntry>>(StringComparer.Ordinal);
        foreach (var concept in concepts)
            foreach (var surface in concept.Alt.Prepend(concept.Label))
                Register(concept, surface);
    }

    /// <summary>The vocabulary embedded in Q.Core.</summary>
    public static Vocabulary BuiltIn => BuiltInVocabulary.Value;

    /// <summary>Where the vocabulary came from: "built-in" or a file path.</summary>
    public string Source { get; }

    public IReadOnlyList<Concept> Concepts { get; }

    /// <summary>The most words (hyphenated parts counted) any label has: no match can be longer.</summary>
    internal int MaxTermWords { get; private set; }

    /// <summary>The built-in vocabulary, or, when <paramref name="overridePath"/> is given, the file there instead.</summary>
    /// <exception cref="VocabularyException">The file is not valid JSON or breaks a rule; the message names the concept.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static Vocabulary Load(string? overridePath) =>
        overridePath is null ? BuiltIn : Parse(File.ReadAllText(overridePath), overridePath);

    /// <summary>The data folder's <see cref="FileName"/> if there is one, else the built-in vocabulary.</summary>
    public static Vocabulary ForDataDirectory(string? dataDirectory)
    {
        var path = dataDirectory is null ? null : Path.Combine(dataDirectory, FileName);
        return Load(path is not null && File.Exists(path) ? path : null);
    }

    /// <summary>Reads and validates a vocabulary file's text.</summary>
    /// <param name="source">The file's name, for messages.</param>
    public static Vocabulary Parse(string json, string source = FileName)
    {
        ArgumentNullException.ThrowIfNull(json);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException e)
        {
            throw new VocabularyException($"{source}: not valid JSON ({e.Message})", null, e);
        }
        using (document)
        {
            var root = document.RootElement;
            var list = root.ValueKind switch
            {
                JsonValueKind.Object when root.TryGetProperty("concepts", out var c) && c.ValueKind == JsonValueKind.Array => c,
                JsonValueKind.Array => root,
                _ => throw new VocabularyException($"{source}: expected an object with a \"concepts\" array"),
            };
            var concepts = new List<Concept>();
            var index = 0;
            foreach (var element in list.EnumerateArray())
                concepts.Add(ReadConcept(element, ++index, source));
            Validate(concepts, source);
            return new Vocabulary(concepts, source);
        }
    }

    /// <summary>The concept with this id, or null.</summary>
    public Concept? Find(string id) => byId.GetValueOrDefault(id);

    /// <summary>The concepts directly beneath this one.</summary>
    public IReadOnlyList<Concept> Narrower(string id) => narrower.TryGetValue(id, out var list) ? list : [];

    /// <summary>
    /// The concepts a term names (label or alternative label), compared as search compares words: case, accents,
    /// punctuation and British/American spelling aside, except for exact-case acronyms.
    /// </summary>
    public IReadOnlyList<Concept> Lookup(string term)
    {
        var tokens = SearchText.Tokens(SearchText.FoldCharacters(term ?? ""));
        return tokens.Count == 0 ? [] : Entries(tokens, 0, tokens.Count).Select(e => e.Concept).Distinct().ToArray();
    }

    /// <summary>A label's key (<see cref="SearchText.Key"/>) and word count, worked out once per label.</summary>
    internal (string Key, int Words) Surface(string label)
    {
        if (surfaces.TryGetValue(label, out var known)) return known;
        var words = SearchText.Words(label);
        return (string.Join(' ', words), words.Count);
    }

    /// <summary>True if these words, lower-cased, are a label or alternative label of some concept (whatever its case rule).</summary>
    internal bool IsKnown(string key) => terms.ContainsKey(key);

    /// <summary>The longest run of tokens from <paramref name="start"/> that names concepts, or (0, []) if none does.</summary>
    internal (int Length, IReadOnlyList<TermEntry> Entries) LongestMatch(IReadOnlyList<Token> tokens, int start)
    {
        for (var length = Math.Min(MaxTermWords, tokens.Count - start); length >= 1; length--)
        {
            var entries = Entries(tokens, start, length);
            if (entries.Count > 0) return (length, entries);
        }
        return (0, []);
    }

    /// <summary>The entries naming exactly these tokens, honouring exact-case acronyms.</summary>
    internal IReadOnlyList<TermEntry> Entries(IReadOnlyList<Token> tokens, int start, int length)
    {
        var key = string.Join(' ', Enumerable.Range(start, length).SelectMany(i => tokens[i].Parts));
        if (!terms.TryGetValue(key, out var entries)) return [];
        return entries.Where(e => !e.ExactCase || (length == 1 && string.Equals(tokens[start].Raw, e.FoldedSurface, StringComparison.Ordinal))).ToArray();
    }

    private void Register(Concept concept, string surface)
    {
        var tokens = SearchText.Tokens(SearchText.FoldCharacters(surface));
        var exact = concept.ExactCase.Contains(surface, StringComparer.Ordinal);
        var entry = new TermEntry(concept, surface, exact, string.Join(' ', tokens.Select(t => t.Raw)));
        var parts = tokens.SelectMany(t => t.Parts).ToArray();
        surfaces[surface] = (string.Join(' ', parts), parts.Length);
        MaxTermWords = Math.Max(MaxTermWords, parts.Length);
        Add(string.Join(' ', parts), entry);
        // "co-production" is also written "coproduction": a hyphenated label is found either way.
        if (tokens.Any(t => t.Parts.Length > 1)) Add(string.Join(' ', tokens.Select(t => string.Concat(t.Parts))), entry);
    }

    private void Add(string key, TermEntry entry)
    {
        if (!terms.TryGetValue(key, out var list)) terms[key] = list = [];
        if (!list.Any(e => ReferenceEquals(e.Concept, entry.Concept))) list.Add(entry);
    }

    private static Concept ReadConcept(JsonElement element, int index, string source)
    {
        if (element.ValueKind != JsonValueKind.Object)
            throw new VocabularyException($"{source}: concept #{index} is not an object");
        var id = String(element, "id", index, null, source);
        if (string.IsNullOrWhiteSpace(id) || id.Any(char.IsWhiteSpace))
            throw new VocabularyException($"{source}: concept #{index} needs an \"id\" without spaces", id);
        var label = String(element, "label", index, id, source);
        if (label is null || SearchText.Words(label).Count == 0)
            throw new VocabularyException($"{source}: concept '{id}' needs a non-empty \"label\"", id);
        var alt = Strings(element, "alt", id, source);
        foreach (var a in alt)
            if (SearchText.Words(a).Count == 0)
                throw new VocabularyException($"{source}: concept '{id}' has an empty alternative label", id);
        var exact = Strings(element, "exactCase", id, source);
        foreach (var e in exact)
            if (!alt.Contains(e, StringComparer.Ordinal) && e != label || SearchText.Tokens(SearchText.FoldCharacters(e)).Count != 1)
                throw new VocabularyException($"{source}: concept '{id}': exactCase entry \"{e}\" must be one word written exactly as one of its labels", id);
        var broader = String(element, "broader", index, id, source);
        var kind = String(element, "kind", index, id, source);
        return new Concept(id, label, alt.Distinct(StringComparer.Ordinal).ToArray(), string.IsNullOrWhiteSpace(broader) ? null : broader, kind, exact);
    }

    private static string? String(JsonElement element, string name, int index, string? id, string source)
    {
        if (!element.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null) return null;
        if (value.ValueKind != JsonValueKind.String)
            throw new VocabularyException($"{source}: concept {(id is null ? $"#{index}" : $"'{id}'")}: \"{name}\" must be a string", id);
        return value.GetString();
    }

    private static string[] Strings(JsonElement element, string name, string id, string source)
    {
        if (!element.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null) return [];
        if (value.ValueKind != JsonValueKind.Array || value.EnumerateArray().Any(v => v.ValueKind != JsonValueKind.String))
            throw new VocabularyException($"{source}: concept '{id}': \"{name}\" must be an array of strings", id);
        return value.EnumerateArray().Select(v => v.GetString()!).ToArray();
    }

    private static void Validate(List<Concept> concepts, string source)
    {
        var ids = new Dictionary<string, Concept>(StringComparer.OrdinalIgnoreCase);
        foreach (var concept in concepts)
            if (!ids.TryAdd(concept.Id, concept))
                throw new VocabularyException($"{source}: concept id '{concept.Id}' is used twice (\"{ids[concept.Id].Label}\" and \"{concept.Label}\")", concept.Id);
        foreach (var concept in concepts)
        {
            if (concept.Broader is null) continue;
            if (!ids.TryGetValue(concept.Broader, out var broader) || broader.Id != concept.Broader)
                throw new VocabularyException($"{source}: concept '{concept.Id}': broader concept '{concept.Broader}' is not in the file", concept.Id);
        }
        foreach (var concept in concepts)
        {
            var chain = new List<string> { concept.Id };
            for (var at = concept; at.Broader is { } up; at = ids[up])
            {
                chain.Add(up);
                if (up == concept.Id)
                    throw new VocabularyException($"{source}: concept '{concept.Id}' is broader than itself ({string.Join(" → ", chain)})", concept.Id);
                if (chain.Count > concepts.Count + 1) break; // a loop further up: reported from a concept on it
            }
        }
    }

    private static Vocabulary LoadBuiltIn()
    {
        using var stream = typeof(Vocabulary).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The built-in vocabulary ({ResourceName}) is not embedded in Q.Core.");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd(), "built-in vocabulary.json");
    }
}

/// <summary>One way a concept is named: its label or one alternative, as written, and whether only that case matches.</summary>
internal sealed record TermEntry(Concept Concept, string Surface, bool ExactCase, string FoldedSurface);
