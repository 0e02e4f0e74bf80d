using System.Text;
using Q.Core.Interchange;
using Q.Core.Model;
using Q.Core.Ports;

namespace Q.Core.Tests;

public sealed class FormatTests
{
    [Theory]
    [InlineData("""{"kind":"organisation","id":"org-1","name":"Leeds","type":"acute-provider","region":"yorkshire-and-humber"}""")]
    [InlineData("""{"kind":"topic","id":"sepsis","name":"Sepsis","synonyms":["septicaemia"],"broader":"patient-safety"}""")]
    [InlineData("""{"kind":"member","id":"m-1","name":"Siobhán O'Neill","role":"patient-leader","organisation":"org-1","region":"wales","headline":"H","bio":"B","email":"s@x.example","phone":"+44 (0)113 496 0000","joined":"2015-06-01","topics":[{"topic":"sepsis","level":"expert"},{"topic":"pdsa","level":"interest"}],"visibility":{"email":"members","phone":"private","bio":"private","headline":"public","topics":"public","connections":"members","employer":true}}""")]
    [InlineData("""{"kind":"project","id":"p-1","title":"T","summary":"S","status":"completed","started":"2016-01-01","ended":"2017-02-03","topics":["sepsis"],"members":[{"member":"m-2","role":"adviser"},{"member":"m-1","role":"lead"}]}""")]
    [InlineData("""{"kind":"resource","id":"r-1","type":"case-study","title":"T","body":"B","url":"https://example.org/a","published":"2016-05-01","topics":["sepsis"],"authors":["m-2","m-1"]}""")]
    [InlineData("""{"kind":"connection","from":"m-1","to":"m-2","since":"2016-03-01","source":"swap-shop"}""")]
    public void A_complete_line_reads_and_writes_back_identically(string line)
    {
        var record = RecordReader.Parse(line, 1, out var warnings);

        Assert.Empty(warnings);
        Assert.Equal(line, Write(record.Record));
    }

    [Fact]
    public void Optional_fields_take_documented_defaults()
    {
        var member = (Member)RecordReader.Parse("""{"kind":"member","id":"m-1","name":"A","topics":["sepsis"]}""", 1, out _).Record;

        Assert.Equal(MemberRole.Other, member.Role);
        Assert.Equal(new MemberTopic("sepsis", TopicLevel.Practitioner), Assert.Single(member.Topics));
        Assert.Equal(Visibility.Private, member.Visibility.Email);
        Assert.Equal(Visibility.Private, member.Visibility.Phone);
        Assert.Equal(Visibility.Public, member.Visibility.Bio);
        Assert.False(member.Visibility.Employer);

        var tie = (Connection)RecordReader.Parse("""{"kind":"connection","from":"m-9","to":"m-1"}""", 1, out _).Record;
        Assert.Equal(("m-1", "m-9", ConnectionSource.Other), (tie.From, tie.To, tie.Source));
    }

    [Fact]
    public void Text_is_normalised_and_stripped_of_control_and_bidirectional_override_characters()
    {
        // JSON escapes: a decomposed "á", a right-to-left override hiding a file name, a BEL, a zero-width space, CRLF.
        var line = """{"kind":"member","id":"m-1","name":"Siobha\u0301n \u202Egnp.exe\u202C\u0007O'Neill","bio":"Line one\r\nline\u200B two"}""";
        var member = (Member)RecordReader.Parse(line, 1, out _).Record;

        Assert.Equal("Siobhán gnp.exeO'Neill", member.Name);
        Assert.True(member.Name.IsNormalized(System.Text.NormalizationForm.FormC));
        Assert.Equal(1, member.Name.Count(c => c == 'á'));
        Assert.Equal("Line one\nline two", member.Bio);
    }

    [Fact]
    public void Invalid_code_points_are_dropped_not_thrown_and_real_pairs_kept()
    {
        Assert.Equal("ab", TextHygiene.Line("a\ud800b"));
        Assert.Equal("ab", TextHygiene.Line("a\udc00\uFFFEb"));
        Assert.Equal("a😀b", TextHygiene.Line("a😀b"));
    }

    [Fact]
    public void Every_enum_value_has_a_kebab_case_wire_name_that_parses_back()
    {
        Assert.Equal("patient-leader", WireName<MemberRole>.Of(MemberRole.PatientLeader));
        Assert.Equal("imperial-college-health-partners", Region.Find("imperial-college-health-partners")!.Id);
        Assert.Equal(14, WireName<OrganisationType>.Names.Count);
        foreach (var value in Enum.GetValues<OrganisationType>())
            Assert.Equal(value, WireName<OrganisationType>.Parse(WireName<OrganisationType>.Of(value)));
        Assert.False(WireName<MemberRole>.TryParse("PatientLeader", out _));
    }

    [Fact]
    public void There_are_eighteen_regions_three_nations_and_fifteen_English_areas()
    {
        Assert.Equal(18, Region.All.Count);
        Assert.Equal(15, Region.All.Count(r => r.Nation == "England"));
        Assert.Equal(18, Region.All.Select(r => r.Id).Distinct().Count());
    }

    [Theory]
    [InlineData("Siobhán O'Neill", "siobhan oneill")]
    [InlineData("  ZOË   Evans ", "zoe evans")]
    [InlineData("Émile-Zola", "emilezola")]
    public void Sort_keys_ignore_accents_case_and_punctuation(string name, string key) => Assert.Equal(key, SortKeys.For(name));

    [Fact]
    public void Cursors_round_trip_and_garbage_is_refused_not_thrown()
    {
        var cursor = new MemberCursor("siobhan oneill", "m-1");
        Assert.True(MemberCursor.TryDecode(cursor.Encode(), out var back));
        Assert.Equal(cursor, back);
        foreach (var bad in new[] { "", "%%%", "bm90LWEtY3Vyc29y", new string('A', 5_000), null })
            Assert.False(MemberCursor.TryDecode(bad, out _));
    }

    [Fact]
    public void Validation_names_each_field_that_is_wrong()
    {
        var member = new Member
        {
            Id = "has space", Name = new string('n', 201), RegionId = "atlantis", Email = "nope",
            Topics = [new MemberTopic("a", TopicLevel.Expert), new MemberTopic("a", TopicLevel.Interest)],
        };

        var fields = member.Validate().Select(p => p.Field).ToArray();

        Assert.Equal(["id", "name", "region", "email", "topics"], fields);
    }

    private static string Write(object record) => RecordWriter.ToJson(record);
}
