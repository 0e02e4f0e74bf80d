using System.Text.Json.Nodes;

namespace Q.Search.Elasticsearch;

/// <summary>
/// The explicit settings and mappings of Q's Elasticsearch indexes. Text is analysed once, the same way at index and
/// query time: apostrophes dropped (O'Neill = oneill), common American spellings mapped to British (pediatric →
/// paediatric) by a mapping char filter, ASCII folding (Siobhán = siobhan), English possessives and stemming. Names
/// get the folding without the stemming. Members-only parts live in their own fields (suffix <see cref="MembersSuffix"/>)
/// so a public search never touches them; topic names are kept per level so an expert topic outranks a bio mention.
/// </summary>
internal static class ElasticsearchMappings
{
    public const string MembersSuffix = "_members";
    public const string TextAnalyzer = "q_text";
    public const string NameAnalyzer = "q_name";

    /// <summary>
    /// Spelling folds, American → British stems, matched as substrings so one entry covers
    /// organization/organizational/organizations. Where the British form contains the American one (oedema ⊃ edema)
    /// the fold runs the other way, or the filter would turn oedema into ooedema: what matters is that both spellings
    /// end up as one form, at index and at query time alike.
    /// </summary>
    public static readonly IReadOnlyList<(string From, string To)> Spellings =
    [
        ("organiz", "organis"), ("pediatr", "paediatr"), ("anesthe", "anaesthe"), ("hemorrh", "haemorrh"),
        ("hematol", "haematol"), ("hemoglob", "haemoglob"), ("leukemi", "leukaemi"), ("anemi", "anaemi"),
        ("gynecolog", "gynaecolog"), ("orthoped", "orthopaed"), ("oesophag", "esophag"), ("oestrogen", "estrogen"),
        ("oedema", "edema"), ("diarrhea", "diarrhoea"), ("fetal", "foetal"), ("cesarean", "caesarean"),
        ("behavior", "behaviour"), ("color", "colour"), ("tumor", "tumour"), ("labor", "labour"), ("favor", "favour"),
        ("center", "centre"), ("modeling", "modelling"), ("counseling", "counselling"), ("analyz", "analys"),
        ("optimiz", "optimis"), ("prioritiz", "prioritis"), ("standardiz", "standardis"), ("hospitaliz", "hospitalis"),
        ("utiliz", "utilis"), ("minimiz", "minimis"), ("recogniz", "recognis"), ("specializ", "specialis"),
        ("mobiliz", "mobilis"), ("defense", "defence"),
    ];

    /// <summary>The index settings: one shard (a community's profiles are small), the char filters and analyzers.</summary>
    public static JsonObject Settings() => new()
    {
        ["number_of_shards"] = 1,
        ["analysis"] = new JsonObject
        {
            ["char_filter"] = new JsonObject
            {
                ["q_apostrophes"] = new JsonObject
                {
                    ["type"] = "mapping",
                    ["mappings"] = new JsonArray("'=>", "\u2019=>", "\u02BC=>", "`=>"),
                },
                ["q_spelling"] = new JsonObject
                {
                    ["type"] = "mapping",
                    ["mappings"] = new JsonArray(SpellingMappings().Select(m => (JsonNode)m).ToArray()),
                },
            },
            ["filter"] = new JsonObject
            {
                ["q_possessive"] = new JsonObject { ["type"] = "stemmer", ["language"] = "possessive_english" },
                ["q_stemmer"] = new JsonObject { ["type"] = "stemmer", ["language"] = "english" },
                ["q_folding"] = new JsonObject { ["type"] = "asciifolding", ["preserve_original"] = false },
            },
            ["analyzer"] = new JsonObject
            {
                [TextAnalyzer] = new JsonObject
                {
                    ["type"] = "custom",
                    ["char_filter"] = new JsonArray("q_apostrophes", "q_spelling"),
                    ["tokenizer"] = "standard",
                    ["filter"] = new JsonArray("q_possessive", "lowercase", "q_folding", "q_stemmer"),
                },
                [NameAnalyzer] = new JsonObject
                {
                    ["type"] = "custom",
                    ["char_filter"] = new JsonArray("q_apostrophes"),
                    ["tokenizer"] = "standard",
                    ["filter"] = new JsonArray("lowercase", "q_folding"),
                },
            },
        },
    };

    /// <summary>Both the lower-case and the capitalised form of each pair: char filters run before lower-casing.</summary>
    private static IEnumerable<string> SpellingMappings() =>
        Spellings.SelectMany(p => new[]
        {
            $"{p.From}=>{p.To}",
            $"{char.ToUpperInvariant(p.From[0])}{p.From[1..]}=>{char.ToUpperInvariant(p.To[0])}{p.To[1..]}",
        });

    /// <summary>People: public and members-only fields apart; topics by level; keywords for filters and facets.</summary>
    public static JsonObject PeopleMappings()
    {
        var properties = new JsonObject
        {
            ["id"] = Keyword(),
            ["version"] = new JsonObject { ["type"] = "long" },
            ["name"] = Text(NameAnalyzer),
            ["role"] = Keyword(),
            ["region"] = Keyword(),
            ["organisation_id"] = Keyword(),
            ["organisation_type"] = Keyword(),
            ["organisation_name"] = Text(NameAnalyzer),
            ["projects"] = Text(),
            ["resources"] = Text(),
        };
        foreach (var suffix in new[] { "", MembersSuffix })
        {
            properties["headline" + suffix] = Text();
            properties["bio" + suffix] = Text();
            properties["topics_expert" + suffix] = Text();
            properties["topics_practitioner" + suffix] = Text();
            properties["topics_interest" + suffix] = Text();
            properties["topic_ids" + suffix] = Keyword();
            properties["topic_facet" + suffix] = Keyword();
        }
        // The topics with their levels, for reasons ("expert in Sepsis"); kept in _source only.
        properties["topic_list"] = new JsonObject { ["type"] = "object", ["enabled"] = false };
        return Mappings(properties);
    }

    public static JsonObject ResourceMappings() => Mappings(new JsonObject
    {
        ["id"] = Keyword(),
        ["version"] = new JsonObject { ["type"] = "long" },
        ["title"] = Text(),
        ["type"] = Keyword(),
        ["body"] = Text(),
        ["published"] = new JsonObject { ["type"] = "date", ["format"] = "yyyy-MM-dd" },
        ["topics"] = Text(),
        ["topic_ids"] = Keyword(),
        ["topic_facet"] = Keyword(),
        ["authors"] = Text(NameAnalyzer),
        ["author_ids"] = Keyword(),
        ["topic_list"] = new JsonObject { ["type"] = "object", ["enabled"] = false },
    });

    public static JsonObject MetaMappings() => new()
    {
        ["dynamic"] = "strict",
        ["properties"] = new JsonObject { ["position"] = new JsonObject { ["type"] = "long" } },
    };

    /// <summary>Strict: a document with a field the mapping does not know is refused, not silently mapped.</summary>
    private static JsonObject Mappings(JsonObject properties) => new() { ["dynamic"] = "strict", ["properties"] = properties };

    private static JsonObject Keyword() => new() { ["type"] = "keyword" };

    private static JsonObject Text(string analyzer = TextAnalyzer) => new()
    {
        ["type"] = "text",
        ["analyzer"] = analyzer,
        // Offsets make highlighting exact and cheap on long bios.
        ["index_options"] = "offsets",
    };
}
