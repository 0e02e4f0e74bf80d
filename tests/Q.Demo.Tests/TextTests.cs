using System.Text.RegularExpressions;

namespace Q.Demo.Tests;

public partial class TextTests
{
    private static readonly DemoCommunity C = Shared.Community;

    [Fact]
    public void Bios_vary_between_acronym_and_spelled_out_forms()
    {
        Assert.Contains(C.Members, m => m.Bio!.Contains("PDSA", StringComparison.Ordinal));
        Assert.Contains(C.Members, m => SpelledOutPdsa().IsMatch(m.Bio!));
        Assert.Contains(C.Members, m => m.Bio!.Contains("SPC", StringComparison.Ordinal));
        Assert.Contains(C.Members, m => m.Bio!.Contains("statistical process control", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(C.Members, m => m.Bio!.Contains("A&E", StringComparison.Ordinal));
        Assert.Contains(C.Members, m => m.Bio!.Contains("emergency department", StringComparison.Ordinal));
    }

    [Fact]
    public void Bios_mention_the_members_topics()
    {
        // A topic counts as mentioned when its name or one of its synonyms appears in the bio.
        var terms = C.Topics.ToDictionary(t => t.Id, t => t.Synonyms.Append(t.Name).ToArray());
        var pairs = C.Members.SelectMany(m => m.Topics.Select(t => (m.Bio!, terms[t.TopicId]))).ToList();
        var mentioned = pairs.Count(p => p.Item2.Any(term => p.Item1.Contains(term, StringComparison.OrdinalIgnoreCase)));
        Assert.True(mentioned > 0.9 * pairs.Count, $"{mentioned} of {pairs.Count} member topics are findable in bios");
    }

    [Fact]
    public void Bios_are_two_to_five_sentences_and_distinct()
    {
        Assert.All(C.Members, m => Assert.InRange(Regex.Matches(m.Bio!, @"[.!?](\s|$)").Count, 2, 6));
        Assert.True(C.Members.Select(m => m.Bio).Distinct().Count() > 0.95 * C.Members.Count);
    }

    [Fact]
    public void Text_uses_british_spelling()
    {
        var text = string.Join('\n', C.Members.Select(m => m.Bio)
            .Concat(C.Projects.Select(p => p.Title + " " + p.Summary))
            .Concat(C.Resources.Select(r => r.Title + " " + r.Body))
            .Concat(C.Topics.SelectMany(t => t.Synonyms.Append(t.Name))));
        foreach (var word in new[] { "organisation", "programme", "behaviour", "paediatric", "haemorrhage", "anaesthesia" })
            Assert.Contains(word, text, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(C.Members, m => m.Bio!.Contains("organisation", StringComparison.Ordinal));
    }

    [Fact]
    public void Names_include_diacritics_and_apostrophes()
    {
        Assert.Contains(C.Members, m => m.Name.Any(ch => ch > 127));
        Assert.Contains(C.Members, m => m.Name.Contains('\''));
        Assert.True(C.Members.Select(m => m.Name).Distinct().Count() > C.Members.Count / 3);
    }

    [Fact]
    public void Emails_use_the_example_tld_and_are_unique()
    {
        Assert.All(C.Members, m =>
        {
            Assert.EndsWith(".example", m.Email, StringComparison.Ordinal);
            Assert.Matches("^[a-z0-9.]+@[a-z0-9.-]+$", m.Email!);
        });
        Assert.Equal(C.Members.Count, C.Members.Select(m => m.Email).Distinct().Count());
    }

    [Fact]
    public void Headlines_name_a_role_and_case_studies_report_numbers()
    {
        Assert.All(C.Members, m => Assert.False(string.IsNullOrWhiteSpace(m.Headline)));
        Assert.Contains(C.Members, m => m.Headline!.Contains(" lead at ", StringComparison.Ordinal));
        var caseStudies = C.Resources.Where(r => r.Type == Q.Core.Model.ResourceType.CaseStudy).ToList();
        Assert.All(caseStudies, r => Assert.Matches(@"\d", r.Body!));
    }

    [GeneratedRegex(@"Plan[-,]? ?Do[-,]? ?Study[-,]? ?(and )?Act", RegexOptions.IgnoreCase)]
    private static partial Regex SpelledOutPdsa();
}
