using System.Globalization;
using System.Text;
using Q.Core.Search;

namespace Q.Core.Tests.Search;

public sealed class QueryUnderstandingTests
{
    private static readonly Vocabulary Vocabulary = Vocabulary.BuiltIn;

    private static QueryPlan Plan(string? text) => QueryUnderstanding.PlanStrict(text, Vocabulary);

    private static string[] Texts(QueryPlan plan) => plan.Clauses.Select(c => c.Text).ToArray();

    /// <summary>The concepts a clause was recognised as: the labels its synonym and acronym alternatives carry.</summary>
    private static string[] Concepts(QueryClause clause) =>
        clause.Alternatives.Where(a => a.Via is "synonym" or "acronym").Select(a => a.ConceptLabel).Distinct().ToArray();

    private static string Describe(QueryPlan plan) =>
        plan.Original + " | " + string.Join(" | ", plan.Clauses.Select(c =>
            $"{c.Text} {c.IsPhrase} {c.AllowTypos} [{string.Join(", ", c.Alternatives.Select(a => a.ToString()))}]"));

    public static TheoryData<string?> HostileInputs() => new()
    {
        null, "", "   ", "(", ")", "AND (", "sepsis AND (", "OR", "NOT", "AND OR NOT", "sepsis OR falls", "NOT sepsis",
        "title:sepsis", "bio:(pdsa OR \"run charts\")", "\"", "\"\"", "\"\"\"", "\"sepsis", "sepsis\"", "\"sepsis\" \"", "sep*", "*", "?",
        "fals~2", "~", "\\", "a\\b\\", "[x TO y]", "{!}", "+-&&||!(){}[]^\"~*?:\\/", "-", "--", "&", "A&", "&E", "- & -",
        new string('a', 5000), string.Concat(Enumerable.Repeat("sepsis falls ", 500)), string.Concat(Enumerable.Repeat("(\"", 2500)),
        "\u0000\u0001\u0007\u001b[31mred\u007f", "line\r\nbreak\ttab", "🙂🚑 sepsis 👩‍⚕️", "مرحبا بالعالم", "עברית sepsis",
        "\u202Egnp.exe", "\u200Bzero\u200Bwidth", "\uD800x", "x\uDC00", "\uD83D", "\uFFFF\uFFFE", "\uFDD0x", "\uDBFF\uDFFFy", "Ｆｕｌｌｗｉｄｔｈ ＱＩ", "ｑｉ",
        "e\u0301\u0301\u0301\u0301", "\u0301leading mark", "日本語の検索", "नमस्ते", "'", "''", "O'", "'quoted'",
    };

    [Theory]
    [MemberData(nameof(HostileInputs))]
    public void Hostile_input_gives_a_plan_of_plain_words_without_throwing(string? text)
    {
        var plan = Plan(text);

        Assert.NotNull(plan);
        Assert.True(plan.Original.Length <= QueryUnderstanding.MaxLength);
        Assert.True(plan.Clauses.Count <= QueryUnderstanding.MaxClauses);
        Assert.All(plan.Clauses, c =>
        {
            Assert.NotEmpty(c.Text);
            Assert.True(c.Text.All(ch => ch is ' ' or '-' or '&' || char.IsLetterOrDigit(ch) || char.GetUnicodeCategory(ch) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark),
                $"clause '{c.Text}' has a syntax character");
            Assert.DoesNotContain(c.Text.Split(' '), w => w is "and" or "or" or "not");
        });
        Assert.Equal(Describe(plan), Describe(QueryUnderstanding.Plan(text, Vocabulary)));
    }

    [Theory]
    [InlineData("sepsis OR falls", new[] { "sepsis", "falls" })]
    [InlineData("NOT sepsis", new[] { "sepsis" })]
    [InlineData("sepsis AND (falls", new[] { "sepsis", "falls" })]
    [InlineData("AND (", new string[0])]
    [InlineData("title:sepsis", new[] { "title", "sepsis" })]
    [InlineData("sep* fals~2 \\dementia?", new[] { "sep", "fals", "2", "dementia" })]
    [InlineData("[delirium TO frailty]", new[] { "delirium", "frailty" })]
    [InlineData("+stroke -diabetes", new[] { "stroke", "diabetes" })]
    [InlineData("the and of", new string[0])]
    [InlineData("sepsis sepsis SEPSIS", new[] { "sepsis" })]
    public void Boolean_words_and_syntax_are_never_operators(string text, string[] clauses) =>
        Assert.Equal(clauses, Texts(Plan(text)));

    [Fact]
    public void Long_input_is_clipped_in_characters_and_clauses()
    {
        var words = string.Join(' ', Enumerable.Range(0, 2000).Select(i => "word" + i.ToString(CultureInfo.InvariantCulture)));

        var plan = Plan(words);

        Assert.Equal(QueryUnderstanding.MaxClauses, plan.Clauses.Count);
        Assert.True(plan.Original.Length <= QueryUnderstanding.MaxLength);
        Assert.Equal("word0", plan.Clauses[0].Text);
        Assert.Equal(QueryUnderstanding.MaxLength, Plan(new string('x', 5000)).Original.Length);
        Assert.Equal(299, Plan(new string('x', 299) + "🙂🙂").Original.Length); // never half an emoji
    }

    [Fact]
    public void Control_characters_are_removed_and_never_split_a_word()
    {
        var plan = Plan("sep\u0000sis\u0007 \u202Efalls");

        Assert.Equal(["sepsis", "falls"], Texts(plan));
        Assert.DoesNotContain('\u0000', plan.Original);
        Assert.DoesNotContain('\u202E', plan.Original);
    }

    [Fact]
    public void Quoted_text_is_a_phrase_and_an_open_quote_ends_at_the_end()
    {
        var closed = Plan("\"sepsis screening in ED\" Leeds");
        var open = Plan("Leeds “sepsis screening in ED");

        Assert.Equal(["sepsis screening in ed", "leeds"], Texts(closed));
        Assert.True(closed.Clauses[0].IsPhrase);
        Assert.False(closed.Clauses[0].AllowTypos);
        Assert.False(closed.Clauses[1].IsPhrase);
        Assert.Equal(["leeds", "sepsis screening in ed"], Texts(open));
        Assert.True(open.Clauses[1].IsPhrase);
    }

    [Fact]
    public void A_quoted_vocabulary_term_is_a_phrase_that_still_expands()
    {
        var clause = Assert.Single(Plan("\"plan do study act\"").Clauses);

        Assert.True(clause.IsPhrase);
        Assert.Contains("PDSA cycles", Concepts(clause));
        Assert.Contains(clause.Alternatives, a => a.Text == "PDSA");
    }

    [Theory]
    [InlineData("organization", "organisation")]
    [InlineData("organizational", "organisational")]
    [InlineData("pediatric", "paediatric")]
    [InlineData("pediatrics", "paediatrics")]
    [InlineData("anesthesia", "anaesthesia")]
    [InlineData("hemorrhage", "haemorrhage")]
    [InlineData("anemia", "anaemia")]
    [InlineData("color", "colour")]
    [InlineData("center", "centre")]
    [InlineData("behavior", "behaviour")]
    [InlineData("program", "programme")]
    [InlineData("tumor", "tumour")]
    [InlineData("orthopedic", "orthopaedic")]
    [InlineData("esophageal", "oesophageal")]
    [InlineData("hypoglycemia", "hypoglycaemia")]
    [InlineData("prioritize", "prioritise")]
    [InlineData("optimization", "optimisation")]
    [InlineData("hospitalizations", "hospitalisations")]
    [InlineData("analyze", "analyse")]
    [InlineData("paralyzed", "paralysed")]
    [InlineData("counseling", "counselling")]
    public void American_and_British_spellings_fold_to_the_same_british_clause(string american, string british)
    {
        var a = Assert.Single(Plan(american).Clauses);
        var b = Assert.Single(Plan(british).Clauses);

        Assert.Equal(british, a.Text);
        Assert.Equal(british, b.Text);
        var spelling = Assert.Single(a.Alternatives, x => x.Via == "spelling");
        Assert.Equal(american, spelling.Text);
        Assert.Equal(1.0, spelling.Weight);
    }

    [Theory]
    [InlineData("size")]
    [InlineData("prize")]
    [InlineData("seize")]
    [InlineData("citizen")]
    [InlineData("advise")]
    [InlineData("expertise")]
    [InlineData("meter")]
    public void Words_that_only_look_american_are_left_alone(string word)
    {
        var clause = Assert.Single(Plan(word).Clauses);

        Assert.Equal(word, clause.Text);
        Assert.DoesNotContain(clause.Alternatives, a => a.Via == "spelling");
    }

    [Fact]
    public void Spelling_folds_inside_vocabulary_terms_and_phrases()
    {
        var term = Assert.Single(Plan("Postpartum Hemorrhage").Clauses);
        var phrase = Assert.Single(Plan("\"pediatric behavior\"").Clauses);

        Assert.Equal("postpartum haemorrhage", term.Text);
        Assert.Contains("Postpartum haemorrhage", Concepts(term));
        Assert.Contains(term.Alternatives, a => a is { Via: "spelling", Text: "postpartum hemorrhage" });
        Assert.Equal("paediatric behaviour", phrase.Text);
        Assert.Contains(phrase.Alternatives, a => a is { Via: "spelling", Text: "pediatric behavior", IsPhrase: true });
    }

    [Theory]
    [InlineData("PDSA")]
    [InlineData("pdsa")]
    [InlineData("plan do study act")]
    [InlineData("Plan-Do-Study-Act")]
    [InlineData("Plan, Do, Study, Act")]
    [InlineData("PDSA cycles")]
    public void Every_way_of_writing_pdsa_reaches_the_same_concept(string text)
    {
        var clause = Assert.Single(Plan(text).Clauses);

        Assert.Equal(["PDSA cycles"], Concepts(clause));
        Assert.False(clause.AllowTypos);
        Assert.All(clause.Alternatives.Where(a => a.Via is "synonym" or "acronym"), a => Assert.Equal(QueryUnderstanding.SynonymWeight, a.Weight));
        var expected = new[] { "PDSA cycles", "PDSA", "Plan-Do-Study-Act" }.Where(s => SearchText.Key(s) != SearchText.Key(text)).ToArray();
        Assert.All(expected, s => Assert.Contains(clause.Alternatives, a => a.Text == s));
    }

    [Fact]
    public void Multi_word_terms_are_phrases_and_acronyms_are_not()
    {
        Assert.True(Plan("plan do study act").Clauses[0].IsPhrase);
        Assert.True(Plan("Plan-Do-Study-Act").Clauses[0].IsPhrase);
        Assert.Equal("plan-do-study-act", Plan("Plan-Do-Study-Act").Clauses[0].Text);
        Assert.False(Plan("PDSA").Clauses[0].IsPhrase);
    }

    [Fact]
    public void Qi_expands_to_quality_improvement_through_an_acronym()
    {
        var clause = Assert.Single(Plan("QI").Clauses);

        var spelledOut = Assert.Single(clause.Alternatives, a => a.Text == "Quality improvement");
        Assert.Equal("acronym", spelledOut.Via);
        Assert.Equal(QueryUnderstanding.SynonymWeight, spelledOut.Weight);
        Assert.Equal("Quality improvement", spelledOut.ConceptLabel);
        Assert.True(spelledOut.IsPhrase);
        Assert.Contains(clause.Alternatives, a => a.Via == "narrower" && a.Text == "Improvement methods");
        Assert.Contains(clause.Alternatives, a => a is { Text: "CQI", Via: "acronym" });
        Assert.Contains(clause.Alternatives, a => a is { Text: "continuous improvement", Via: "synonym" });
    }

    [Fact]
    public void Quality_improvement_is_found_as_one_phrase_and_its_acronym()
    {
        var clause = Assert.Single(Plan("quality improvement").Clauses);

        Assert.True(clause.IsPhrase);
        Assert.Contains(clause.Alternatives, a => a is { Text: "QI", Via: "acronym" });
    }

    [Fact]
    public void A_broader_concept_also_finds_narrower_ones_ranked_lower()
    {
        var clause = Assert.Single(Plan("deterioration").Clauses);

        var sepsis = Assert.Single(clause.Alternatives, a => a.Text == "Sepsis");
        Assert.Equal("narrower", sepsis.Via);
        Assert.Equal("Sepsis", sepsis.ConceptLabel);
        Assert.Contains(clause.Alternatives, a => a is { Text: "NEWS2", Via: "narrower" });
        var synonyms = clause.Alternatives.Where(a => a.Via == "synonym").ToArray();
        Assert.NotEmpty(synonyms);
        Assert.All(synonyms, s => Assert.True(s.Weight > sepsis.Weight));
        Assert.True(sepsis.Weight < 1);
        Assert.DoesNotContain(Plan("sepsis").Clauses[0].Alternatives, a => a.Text == "Deterioration");
    }

    [Fact]
    public void Deeper_narrower_concepts_weigh_less_and_alternatives_are_bounded()
    {
        var clause = Assert.Single(Plan("patient safety").Clauses);

        var deterioration = Assert.Single(clause.Alternatives, a => a.Text == "Deterioration");
        var sepsis = Assert.Single(clause.Alternatives, a => a.Text == "Sepsis");
        Assert.True(sepsis.Weight < deterioration.Weight);
        Assert.True(Plan("quality improvement").Clauses[0].Alternatives.Count <= QueryUnderstanding.MaxAlternatives);
    }

    [Theory]
    [InlineData("Siobhán O'Neill", "siobhan oneill")]
    [InlineData("SIOBHAN O’NEILL", "siobhan oneill")]
    [InlineData("siobhan oneill", "siobhan oneill")]
    [InlineData("Zoë Brontë-Łukasz", "zoe bronte-lukasz")]
    [InlineData("Straße Æthelred", "strasse aethelred")]
    [InlineData("Siobhan O Neill", "siobhan oneill")]
    [InlineData("Róisín Ní Bhriain", "roisin nibhriain")]
    [InlineData("Ewan Mc Donald", "ewan mcdonald")]
    [InlineData("Oisín O'", "oisin o")]
    public void Names_fold_diacritics_and_apostrophes(string text, string folded) =>
        Assert.Equal(folded, string.Join(' ', Texts(Plan(text))));

    [Fact]
    public void Non_latin_words_keep_their_marks()
    {
        var hindi = Plan("नमस्ते");

        Assert.Equal("नमस्ते", Assert.Single(hindi.Clauses).Text);
    }

    [Theory]
    [InlineData("improvment", true)]
    [InlineData("Thompson", true)]
    [InlineData("sepsis", false)]
    [InlineData("Kaizen", false)]
    [InlineData("care", false)]
    [InlineData("ward", false)]
    [InlineData("12345", false)]
    [InlineData("PDSA", false)]
    [InlineData("co-design", false)]
    [InlineData("well-led", false)]
    public void Typos_are_allowed_for_longer_unknown_single_words(string text, bool typos) =>
        Assert.Equal(typos, Assert.Single(Plan(text).Clauses).AllowTypos);

    [Fact]
    public void The_longest_vocabulary_term_wins()
    {
        var plan = Plan("quality improvement coaching in mental health crisis care");

        Assert.Equal(["quality improvement coaching", "mental health crisis care"], Texts(plan));
        Assert.Equal(["QI coaching"], Concepts(plan.Clauses[0]));
        Assert.Equal(["Mental health crisis care"], Concepts(plan.Clauses[1]));
    }

    [Fact]
    public void Experience_based_co_design_is_one_term_however_hyphenated()
    {
        foreach (var text in new[] { "experience based co-design", "Experience-based co-design", "experience based codesign", "EBCD" })
            Assert.Equal(["Experience-based co-design"], Concepts(Assert.Single(Plan(text).Clauses)));
        Assert.Equal(["Co-production"], Concepts(Assert.Single(Plan("coproduction").Clauses)));
        Assert.Equal(["Co-production"], Concepts(Assert.Single(Plan("co production").Clauses)));
    }

    [Fact]
    public void Ampersand_acronyms_keep_their_ampersand()
    {
        var plan = Plan("A&E waits");

        Assert.Equal(["a&e", "waits"], Texts(plan));
        Assert.Contains(plan.Clauses[0].Alternatives, a => a is { Text: "Emergency department", Via: "acronym" });
        Assert.Contains(plan.Clauses[0].Alternatives, a => a is { Text: "accident and emergency", Via: "acronym" });
        Assert.Contains(plan.Clauses[0].Alternatives, a => a is { Text: "emergency medicine", Via: "synonym" });
        Assert.Equal(["Emergency department"], Concepts(Assert.Single(Plan("accident and emergency").Clauses)));
        Assert.Equal(["Emergency department"], Concepts(Assert.Single(Plan("a and e").Clauses)));
    }

    [Theory]
    [InlineData("GP", "General practice")]
    [InlineData("ED", "Emergency department")]
    [InlineData("ICU", "Intensive care")]
    [InlineData("itu", "Intensive care")]
    [InlineData("NEWS", "NEWS2")]
    [InlineData("NICE", "National Institute for Health and Care Excellence")]
    [InlineData("pcn", "Primary care network")]
    [InlineData("crisis café", "Mental health crisis care")]
    [InlineData("Alzheimer’s", "Dementia")]
    public void Acronyms_and_variants_expand_to_the_preferred_label(string text, string label)
    {
        var clause = Assert.Single(Plan(text).Clauses);

        Assert.Equal([label], Concepts(clause));
        Assert.Contains(clause.Alternatives, a => a.Text == label && a.Weight == QueryUnderstanding.SynonymWeight);
    }

    [Theory]
    [InlineData("news")]
    [InlineData("nice")]
    [InlineData("ed")]
    public void Exact_case_acronyms_written_in_lower_case_are_ordinary_words(string text) =>
        Assert.Empty(Assert.Single(Plan(text).Clauses).Alternatives);

    [Fact]
    public void An_ambiguous_acronym_expands_to_every_concept_it_names()
    {
        var clause = Assert.Single(Plan("HF").Clauses);

        Assert.Equal(["Heart failure", "Human factors"], Concepts(clause).Order().ToArray());
    }

    [Fact]
    public void Random_strings_never_throw()
    {
        const string Pieces = "aeiouAEIOU sepsis PDSA QI A&E ()[]{}<>:;,.!?*~^\\/|+-=_&%$#@'\"“”«»’`´\t\r\n\u0000\u0007\u001b" +
                              "éñüøßæÆœŁłıİ\u0301\u0308\u200B\u200C\u200D\u202E\u2066\uFEFF\u00AD" +
                              "مرحبا עברית 日本語 नमस्ते Ｆｕｌｌ ﬁ ½ ² \uFFFD\uFFFF";
        string[] surrogates = ["🙂", "🚑", "👩‍⚕️", "\uD800", "\uDFFF", "𝔘", "\uFFFE", "\uFDD5", "\uD83F\uDFFF"];
        var random = new Random(20240604);
        for (var n = 0; n < 2000; n++)
        {
            var length = n % 100 == 0 ? random.Next(300, 5000) : random.Next(0, 120);
            var sb = new StringBuilder(length);
            while (sb.Length < length)
            {
                switch (random.Next(10))
                {
                    case 0: sb.Append(surrogates[random.Next(surrogates.Length)]); break;
                    case 1: sb.Append((char)random.Next(0, 0x10000)); break;
                    default: sb.Append(Pieces[random.Next(Pieces.Length)]); break;
                }
            }
            var text = sb.ToString();

            var plan = QueryUnderstanding.PlanStrict(text, Vocabulary);

            Assert.True(plan.Clauses.Count <= QueryUnderstanding.MaxClauses, text);
            Assert.True(plan.Original.Length <= QueryUnderstanding.MaxLength, text);
            Assert.All(plan.Clauses, c =>
            {
                Assert.NotEmpty(c.Text);
                Assert.True(c.Alternatives.Count <= QueryUnderstanding.MaxAlternatives + 1);
                Assert.All(c.Alternatives, a => Assert.InRange(a.Weight, 0.01, 1.0));
            });
        }
    }
}
