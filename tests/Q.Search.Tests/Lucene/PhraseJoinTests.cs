using Lucene.Net.Analysis.TokenAttributes;
using Q.Core.Model;
using Q.Core.Ports;
using Q.Core.Search;
using Q.Search.Lucene;
using Q.Search.Lucene.Analysis;
using static Q.Search.Tests.Contract.Docs;

namespace Q.Search.Tests.Lucene;

/// <summary>
/// Vocabulary phrases joined into one term at index time must find exactly what the phrase finds, and an index
/// built with other joins (an older index, another vocabulary) must still find phrases until it is rebuilt.
/// </summary>
public sealed class PhraseJoinTests : TempFolderTests
{
    private static readonly Vocabulary NoPhrases = Vocabulary.Parse("""{"concepts": [{"id": "sepsis", "label": "Sepsis", "alt": [], "broader": null}]}""");

    private static List<(string Term, int Position)> IndexTokens(PhraseJoins joins, string text)
    {
        using var analyzer = new TextAnalyzer(joins);
        using var stream = analyzer.GetTokenStream("bio", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        var tokens = new List<(string, int)>();
        var position = -1;
        while (stream.IncrementToken())
        {
            position += increment.PositionIncrement;
            tokens.Add((term.ToString(), position));
        }
        stream.End();
        return tokens;
    }

    [Fact]
    public void The_index_analyzer_adds_a_joined_term_where_a_vocabulary_phrase_stands_in_order()
    {
        using var prose = new TextAnalyzer();
        var joins = PhraseJoins.For(Vocabulary.BuiltIn, prose);
        Assert.True(joins.Count > 100, $"only {joins.Count} joined phrases");

        var tokens = IndexTokens(joins, "She leads end-of-life care, and statistical process control at night.");
        var joined = tokens.Where(t => t.Term[0] == PhraseJoins.Marker).ToList();
        Assert.Contains(("§end * life care", tokens.Single(t => t.Term == "care").Position), joined);
        Assert.Contains(("§statist process control", tokens.Single(t => t.Term == "control").Position), joined);
        // The words are all still there, at their positions.
        Assert.Equal(["she", "lead", "end", "life", "care", "statist", "process", "control", "night"],
            tokens.Where(t => t.Term[0] != PhraseJoins.Marker).Select(t => t.Term));

        // Out of order, or without the gap a stop word leaves, is not the phrase.
        Assert.DoesNotContain(IndexTokens(joins, "control of the statistical process"), t => t.Term[0] == PhraseJoins.Marker);
        Assert.DoesNotContain(IndexTokens(joins, "end life care"), t => t.Term[0] == PhraseJoins.Marker);
        // As for a phrase query, a stop word's gap is a position, whatever word stands in it.
        Assert.Contains(("§end * life care", 3), IndexTokens(joins, "end stage life care"));
    }

    [Fact]
    public async Task Every_vocabulary_phrase_finds_the_same_people_joined_as_it_does_as_a_phrase()
    {
        // Each multi-word label in a sentence, hyphenated, split across two projects, reversed and with a word in
        // between: the joined index (built-in vocabulary) and an index with no joins must agree on every one.
        var surfaces = Vocabulary.BuiltIn.Concepts.SelectMany(c => c.Alt.Prepend(c.Label)).Where(s => s.Contains(' ')).Distinct().ToArray();
        var people = new List<PersonDocument>();
        for (var i = 0; i < surfaces.Length; i++)
        {
            var words = surfaces[i].Split(' ');
            people.Add(Person($"s{i}", $"Sentence {i}", bio: $"Our team works on {surfaces[i]} every week."));
            people.Add(Person($"h{i}", $"Hyphen {i}", headline: string.Join('-', words)));
            people.Add(Person($"p{i}", $"Projects {i}", projects: [$"about {string.Join(' ', words[..^1])}", $"{words[^1]} matters"]));
            people.Add(Person($"r{i}", $"Reversed {i}", bio: string.Join(' ', words.Reverse())));
            people.Add(Person($"g{i}", $"Gap {i}", bio: $"{words[0]} really {string.Join(' ', words[1..])}"));
        }
        await using var joined = new LuceneSearchIndex(Path.Combine(Root, "joined"), 0, Vocabulary.BuiltIn);
        await using var plain = new LuceneSearchIndex(Path.Combine(Root, "plain"), 0, NoPhrases);
        foreach (var index in new[] { joined, plain })
        {
            await index.InitialiseAsync();
            await index.ApplyAsync(people.Select(p => (IndexOperation)Up(p)).ToArray(), 1);
        }

        var compared = 0;
        foreach (var surface in surfaces)
        {
            // The phrase alone, with no alternatives: what matches is the phrase (or its typo-free words) itself.
            var plan = new QueryPlan(surface, [new QueryClause(SearchText.FoldCharacters(surface).ToLowerInvariant(), true, false, [])]);
            var a = await joined.SearchPeopleAsync(new PeopleQuery(plan, MemberFilter.None, 100, 0, Audience.Public));
            var b = await plain.SearchPeopleAsync(new PeopleQuery(plan, MemberFilter.None, 100, 0, Audience.Public));
            Assert.True(a.TotalCount == b.TotalCount, $"\"{surface}\": {a.TotalCount} joined ({string.Join(", ", a.Hits.Select(h => h.Id))}), {b.TotalCount} as a phrase ({string.Join(", ", b.Hits.Select(h => h.Id))})");
            Assert.Equal(b.Hits.Select(h => h.Id).Order(), a.Hits.Select(h => h.Id).Order());
            compared += a.TotalCount > 0 ? 1 : 0;
        }
        Assert.True(compared > surfaces.Length * 9 / 10, $"only {compared} of {surfaces.Length} phrases found anyone");

        // And the phrase is matched as a phrase: the sentence and the hyphenated headline, never the words reversed
        // or split across two projects (other phrases' documents may hold it too: "... control chart").
        var spc = Array.FindIndex(surfaces, s => s.Equals("statistical process control", StringComparison.OrdinalIgnoreCase));
        var plan2 = new QueryPlan("statistical process control", [new QueryClause("statistical process control", true, false, [])]);
        var ids = (await joined.SearchPeopleAsync(new PeopleQuery(plan2, MemberFilter.None, 100, 0, Audience.Public))).Hits.Select(h => h.Id).ToHashSet();
        Assert.Superset(new HashSet<string> { $"s{spc}", $"h{spc}" }, ids);
        Assert.DoesNotContain($"r{spc}", ids);
        Assert.DoesNotContain($"p{spc}", ids);
        Assert.DoesNotContain($"g{spc}", ids);
    }

    [Fact]
    public async Task An_index_built_before_a_vocabulary_change_still_finds_the_new_phrase_and_a_rebuild_keeps_finding_it()
    {
        var data = Path.Combine(Root, "changed");
        var widget = Person("w1", "Wren Widget", bio: "Leads the quantum flux widget work in the trust.");
        var reversed = Person("w2", "Rory Reverse", bio: "A widget of flux, quantum.");
        await using (var before = new LuceneSearchIndex(data, 0, Vocabulary.BuiltIn))
        {
            await before.InitialiseAsync();
            await before.ApplyAsync([Up(widget), Up(reversed)], 1);
        }

        var extended = Vocabulary.Parse("""{"concepts": [{"id": "qfw", "label": "Quantum flux widget", "alt": ["QFW"], "broader": null}]}""");
        var plan = QueryUnderstanding.Plan("QFW", extended);
        await using var after = new LuceneSearchIndex(data, 0, extended);
        await after.InitialiseAsync();
        // The index holds no joined term for the new phrase: it is searched as a phrase, and found.
        Assert.Equal(["w1"], (await after.SearchPeopleAsync(new PeopleQuery(plan, MemberFilter.None, 10, 0, Audience.Public))).Hits.Select(h => h.Id));
        // A document indexed now carries the new join, one indexed before does not: still phrases, still found.
        await after.ApplyAsync([Up(Person("w3", "Wanda Later", bio: "quantum flux widget"))], 2);
        Assert.Equal(["w1", "w3"], (await after.SearchPeopleAsync(new PeopleQuery(plan, MemberFilter.None, 10, 0, Audience.Public))).Hits.Select(h => h.Id).Order());

        await after.RebuildAsync(Stream(Up(widget), Up(reversed), Up(Person("w3", "Wanda Later", bio: "quantum flux widget"))), 3);
        var page = await after.SearchPeopleAsync(new PeopleQuery(plan, MemberFilter.None, 10, 0, Audience.Public));
        Assert.Equal(["w1", "w3"], page.Hits.Select(h => h.Id).Order());
        // Highlighted as the phrase it stands for.
        Assert.Contains(page.Hits.Single(h => h.Id == "w1").Highlights, h => h.Fragments.Any(f => f.Contains("<em>quantum</em> <em>flux</em> <em>widget</em>", StringComparison.Ordinal)));
    }

}
