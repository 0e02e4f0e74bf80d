using Q.Search.Lucene;
using Q.Search.Lucene.Analysis;

namespace Q.Search.Tests.Lucene;

public sealed class AnalysisTests
{
    private static string[] Terms(global::Lucene.Net.Analysis.Analyzer analyzer, string text) =>
        TokenText.Analyse(analyzer, "bio", text, 100).Select(t => t.Term).ToArray();

    [Theory]
    [InlineData("pediatric", "paediatric")]
    [InlineData("pediatrician", "paediatrician")]
    [InlineData("organization", "organisation")]
    [InlineData("organizations", "organisations")]
    [InlineData("organized", "organised")]
    [InlineData("organizational", "organisational")]
    [InlineData("anesthesia", "anaesthesia")]
    [InlineData("anesthetist", "anaesthetist")]
    [InlineData("hemorrhage", "haemorrhage")]
    [InlineData("hematology", "haematology")]
    [InlineData("leukemia", "leukaemia")]
    [InlineData("hypoglycemic", "hypoglycaemic")]
    [InlineData("diarrhea", "diarrhoea")]
    [InlineData("gonorrhea", "gonorrhoea")]
    [InlineData("orthopedic", "orthopaedic")]
    [InlineData("esophageal", "oesophageal")]
    [InlineData("analyze", "analyse")]
    [InlineData("behavior", "behaviour")]
    [InlineData("color", "colour")]
    [InlineData("center", "centre")]
    [InlineData("program", "programme")]
    [InlineData("counseling", "counselling")]
    [InlineData("tumor", "tumour")]
    public void American_spellings_fold_to_british(string american, string british) => Assert.Equal(british, UkUsSpelling.Fold(american));

    [Theory]
    [InlineData("size")]
    [InlineData("seize")]
    [InlineData("prize")]
    [InlineData("colorectal")]
    [InlineData("laboratory")]
    [InlineData("honorary")]
    [InlineData("academia")]
    [InlineData("citizen")]
    [InlineData("organisation")]
    [InlineData("hemisphere")]
    public void Other_words_are_left_alone(string word) => Assert.Null(UkUsSpelling.Fold(word));

    [Fact]
    public void Names_fold_diacritics_case_and_apostrophes()
    {
        var names = new NameAnalyzer();
        Assert.Equal(["siobhan", "oneill"], Terms(names, "Siobhán O'Neill"));
        Assert.Equal(["sean", "obrien"], Terms(names, "Seán O’Brien"));
        Assert.Equal(["zoe", "smith", "jones"], Terms(names, "ZOË Smith-Jones"));
    }

    [Fact]
    public void Prose_is_stemmed_folded_and_keeps_it()
    {
        var text = new TextAnalyzer();
        Assert.Equal(Terms(text, "organisations improving"), Terms(text, "organization improvement"));
        Assert.Equal(Terms(text, "paediatric anaesthetics"), Terms(text, "pediatric anesthetic"));
        Assert.Contains("it", Terms(text, "IT in the NHS"));
        Assert.DoesNotContain("the", Terms(text, "IT in the NHS"));
        Assert.Equal(Terms(text, "patient"), Terms(text, "patient's"));
    }
}
