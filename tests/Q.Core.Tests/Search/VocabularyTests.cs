using Q.Core.Search;
using Q.Demo;

namespace Q.Core.Tests.Search;

public sealed class VocabularyTests
{
    private static readonly Vocabulary Vocabulary = Vocabulary.BuiltIn;

    [Fact]
    public void The_built_in_vocabulary_has_at_least_150_concepts_with_unique_ids_and_labels()
    {
        Assert.True(Vocabulary.Concepts.Count >= 150, $"{Vocabulary.Concepts.Count} concepts");
        Assert.Equal(Vocabulary.Concepts.Count, Vocabulary.Concepts.Select(c => c.Id).Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.All(Vocabulary.Concepts, c => Assert.False(string.IsNullOrWhiteSpace(c.Label), c.Id));
        Assert.All(Vocabulary.Concepts, c => Assert.Contains(c.Kind, new[] { "method", "safety", "clinical", "people", "data", "organisation" }));
    }

    [Fact]
    public void Broader_links_form_a_shallow_hierarchy_without_cycles()
    {
        var depths = Vocabulary.Concepts.Select(c =>
        {
            var depth = 0;
            for (var at = c; at.Broader is { } up; depth++)
            {
                at = Vocabulary.Find(up) ?? throw new Xunit.Sdk.XunitException($"{c.Id}: broader '{up}' missing");
                Assert.True(depth < 10, $"{c.Id} loops");
            }
            return depth;
        }).ToArray();

        Assert.True(depths.Max() <= 5, $"deepest concept is {depths.Max()} levels down");
        Assert.Contains(Vocabulary.Narrower("deterioration"), c => c.Id == "sepsis");
        Assert.Equal("patient-safety", Vocabulary.Find("deterioration")!.Broader);
    }

    [Fact]
    public void Every_topic_of_the_demo_taxonomy_is_a_concept_with_the_same_id_found_by_its_name()
    {
        var topics = DemoCommunity.Generate(1).Topics;

        Assert.Equal(80, topics.Count);
        Assert.All(topics, t =>
        {
            Assert.True(Vocabulary.Find(t.Id) is not null, $"topic '{t.Id}' has no concept");
            Assert.Contains(Vocabulary.Lookup(t.Name), c => c.Id == t.Id);
        });
    }

    [Theory]
    [InlineData("QI", "quality-improvement")]
    [InlineData("GP", "general-practice")]
    [InlineData("A&E", "emergency-department")]
    [InlineData("ED", "emergency-department")]
    [InlineData("ICU", "intensive-care")]
    [InlineData("ITU", "intensive-care")]
    [InlineData("ICS", "integrated-care-system")]
    [InlineData("ICB", "integrated-care-board")]
    [InlineData("PCN", "primary-care-network")]
    [InlineData("AHSN", "health-innovation-network")]
    [InlineData("CCG", "clinical-commissioning-group")]
    [InlineData("NICE", "nice")]
    [InlineData("CQC", "cqc")]
    [InlineData("HSCP", "health-and-social-care-partnership")]
    [InlineData("PDSA", "pdsa")]
    [InlineData("SPC", "spc")]
    [InlineData("EBCD", "ebcd")]
    [InlineData("PSIRF", "psirf")]
    [InlineData("NEWS2", "news2")]
    [InlineData("qi", "quality-improvement")]
    [InlineData("a&e", "emergency-department")]
    public void Nhs_and_improvement_acronyms_name_their_concepts(string acronym, string id) =>
        Assert.Contains(Vocabulary.Lookup(acronym), c => c.Id == id);

    [Theory]
    [InlineData("Model for Improvement")] [InlineData("run charts")] [InlineData("Lean")] [InlineData("Six Sigma")]
    [InlineData("co-production")] [InlineData("human factors")] [InlineData("driver diagrams")] [InlineData("process mapping")]
    [InlineData("Safety-II")] [InlineData("appreciative inquiry")] [InlineData("measurement for improvement")] [InlineData("QI coaching")]
    [InlineData("improvement science")] [InlineData("implementation science")] [InlineData("spread and scale")] [InlineData("Kaizen")]
    [InlineData("5S")] [InlineData("value stream mapping")] [InlineData("root cause analysis")] [InlineData("fishbone")] [InlineData("Pareto chart")]
    [InlineData("sepsis")] [InlineData("falls")] [InlineData("deterioration")] [InlineData("care homes")] [InlineData("discharge")]
    [InlineData("mental health crisis")] [InlineData("maternity")] [InlineData("frailty")] [InlineData("diabetes")] [InlineData("stroke")]
    [InlineData("paediatrics")] [InlineData("pediatrics")] [InlineData("emergency department")] [InlineData("primary care")] [InlineData("general practice")]
    [InlineData("outpatients")] [InlineData("medicines safety")] [InlineData("pressure ulcers")] [InlineData("end of life care")] [InlineData("dementia")]
    [InlineData("learning disabilities")] [InlineData("health inequalities")] [InlineData("workforce wellbeing")] [InlineData("digital health")]
    [InlineData("intensive care")] [InlineData("Plan-Do-Study-Act")] [InlineData("experience based co-design")]
    public void The_methods_and_service_areas_of_the_brief_are_concepts(string term) =>
        Assert.NotEmpty(Vocabulary.Lookup(term));

    [Fact]
    public void Exact_case_acronyms_are_not_found_as_everyday_words()
    {
        Assert.Contains(Vocabulary.Lookup("NEWS"), c => c.Id == "news2");
        Assert.Empty(Vocabulary.Lookup("news"));
        Assert.Empty(Vocabulary.Lookup("nice"));
        Assert.Empty(Vocabulary.Lookup("Ed"));
    }

    [Fact]
    public void A_file_override_replaces_the_built_in_vocabulary()
    {
        var dir = Directory.CreateTempSubdirectory("q-vocab-");
        try
        {
            Assert.Same(Vocabulary.BuiltIn, Vocabulary.ForDataDirectory(dir.FullName));
            var path = Path.Combine(dir.FullName, Vocabulary.FileName);
            File.WriteAllText(path, """
                {
                  // comments and trailing commas are allowed
                  "concepts": [
                    { "id": "gardening", "label": "Gardening", "alt": ["horticulture"], "broader": null },
                    { "id": "roses", "label": "Roses", "alt": [], "broader": "gardening" },
                  ]
                }
                """);

            var custom = Vocabulary.ForDataDirectory(dir.FullName);

            Assert.Equal(path, custom.Source);
            Assert.Equal(["gardening", "roses"], custom.Concepts.Select(c => c.Id));
            Assert.Contains(custom.Lookup("horticulture"), c => c.Id == "gardening");
            Assert.Empty(custom.Lookup("sepsis"));
            Assert.Equal(["Gardening", "Roses"], Vocabulary.Load(path).Concepts.Select(c => c.Label));
            Assert.Same(Vocabulary.BuiltIn, Vocabulary.Load(null));
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Theory]
    [InlineData("""{"concepts":[{"id":"a","label":"A"},{"id":"b","label":"B"},{"id":"a","label":"Another A"}]}""", "a", "used twice")]
    [InlineData("""{"concepts":[{"id":"a","label":"A","broader":"c"},{"id":"b","label":"B","broader":"a"},{"id":"c","label":"C","broader":"b"}]}""", "a", "broader than itself")]
    [InlineData("""{"concepts":[{"id":"self","label":"Self","broader":"self"}]}""", "self", "broader than itself")]
    [InlineData("""{"concepts":[{"id":"a","label":"A"},{"id":"sepsis","label":"Sepsis","broader":"deterioration"}]}""", "sepsis", "'deterioration' is not in the file")]
    [InlineData("""{"concepts":[{"id":"empty","label":"  "}]}""", "empty", "label")]
    [InlineData("""{"concepts":[{"id":"nolabel"}]}""", "nolabel", "label")]
    [InlineData("""{"concepts":[{"id":"alts","label":"A","alt":["ok","--"]}]}""", "alts", "empty alternative")]
    [InlineData("""{"concepts":[{"id":"alts","label":"A","alt":"not a list"}]}""", "alts", "array of strings")]
    [InlineData("""{"concepts":[{"id":"x","label":"X","alt":["XY"],"exactCase":["XZ"]}]}""", "x", "exactCase")]
    public void A_bad_vocabulary_file_fails_with_a_message_naming_the_concept(string json, string conceptId, string fault)
    {
        var e = Assert.Throws<VocabularyException>(() => Vocabulary.Parse(json, "data/vocabulary.json"));

        Assert.Equal(conceptId, e.ConceptId);
        Assert.Contains($"'{conceptId}'", e.Message, StringComparison.Ordinal);
        Assert.Contains(fault, e.Message, StringComparison.Ordinal);
        Assert.StartsWith("data/vocabulary.json:", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_override_file_fails_on_load_naming_the_concept()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, """{"concepts":[{"id":"pdsa","label":"PDSA"},{"id":"pdsa","label":"PDSA again"}]}""");

            var e = Assert.Throws<VocabularyException>(() => Vocabulary.Load(path));

            Assert.Contains("'pdsa'", e.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData("{")]
    [InlineData("[1, 2]")]
    [InlineData("\"concepts\"")]
    [InlineData("""{"concepts":[{"label":"No id"}]}""")]
    public void Malformed_files_fail_with_a_vocabulary_exception(string json) =>
        Assert.Throws<VocabularyException>(() => Vocabulary.Parse(json));
}
