namespace Q.Cli.Tests;

/// <summary>Each bad line is skipped and reported as "line N: reason"; the rest is imported; nothing stored is lost.</summary>
public sealed class BadInputTests : IDisposable
{
    private readonly CliRun _q = new();

    public void Dispose() => _q.Dispose();

    private const string Good = """{"kind":"member","id":"ok","name":"Good Line"}""";

    [Theory]
    [InlineData("""{"kind":"member","id":"m-x","name":"A" """, "not valid JSON")]
    [InlineData("""["member"]""", "not a JSON object")]
    [InlineData("""{"id":"m-x","name":"A"}""", "kind is required")]
    [InlineData("""{"kind":"person","id":"m-x","name":"A"}""", "kind 'person' is not one of: organisation, topic, member")]
    [InlineData("""{"kind":"member","id":"m-x"}""", "member m-x: name is required")]
    [InlineData("""{"kind":"member","name":"No Id"}""", "id is required")]
    [InlineData("""{"kind":"member","id":"m-x","name":"  "}""", "member m-x: name is required")]
    [InlineData("""{"kind":"member","id":"m-x","name":"A","role":"doctor"}""", "member m-x: role 'doctor' is not one of: frontline, manager, patient-leader, researcher, policymaker, other")]
    [InlineData("""{"kind":"member","id":"m-x","name":"A","region":"london"}""", "member m-x: region: 'london' is not a Q region")]
    [InlineData("""{"kind":"member","id":"m-x","name":"A","topics":[{"topic":"sepsis","level":"guru"}]}""", "member m-x: topics[0].level 'guru' is not one of: interest, practitioner, expert")]
    [InlineData("""{"kind":"member","id":"m-x","name":"A","joined":"2015-13-01"}""", "member m-x: joined '2015-13-01' is not a date (expected YYYY-MM-DD)")]
    [InlineData("""{"kind":"member","id":"m-x","name":"A","email":"not-an-address"}""", "member m-x: email: is not an email address")]
    [InlineData("""{"kind":"member","id":"m-x","name":42}""", "member m-x: name must be a string, not a number")]
    [InlineData("""{"kind":"member","id":"m-x","name":"A","visibility":{"email":"secret"}}""", "member m-x: visibility.email 'secret' is not one of: public, members, private")]
    [InlineData("""{"kind":"member","id":"m-x","name":"A","visibility":{"fax":"public"}}""", "visibility.fax is not a field with visibility")]
    [InlineData("""{"kind":"member","id":"m-x","name":"A","visibility":{"employer":"yes"}}""", "member m-x: visibility.employer must be true or false, not a string")]
    [InlineData("""{"kind":"member","id":"m-x","name":"A","phone":"call me maybe"}""", "member m-x: phone: is not a phone number")]
    [InlineData("""{"kind":"member","id":"m-x","name":"A","organisation":"org-404"}""", "member m-x: refers to organisation 'org-404', which exists neither in the store nor in this file")]
    [InlineData("""{"kind":"organisation","id":"o-x","name":"O","type":"hospital"}""", "organisation o-x: type 'hospital' is not one of: acute-provider")]
    [InlineData("""{"kind":"topic","id":"t-x","name":"T","broader":"t-x"}""", "topic t-x: broader: a topic cannot be broader than itself")]
    [InlineData("""{"kind":"connection","from":"ok","to":"ok"}""", "connection ok–ok: to: a member cannot be connected to themselves")]
    [InlineData("""{"kind":"connection","from":"ok"}""", "to is required")]
    [InlineData("""{"kind":"connection","from":"ok","to":"m-404"}""", "connection m-404–ok: refers to member 'm-404', which exists neither in the store nor in this file")]
    [InlineData("""{"kind":"connection","from":"ok","to":"m-y","source":"party"}""", "source 'party' is not one of: event, project, swap-shop, suggestion, other")]
    [InlineData("""{"kind":"project","id":"p-x","title":"P","members":[{"member":"m-404"}]}""", "project p-x: refers to member 'm-404', which exists neither")]
    [InlineData("""{"kind":"project","id":"p-x","title":"P","started":"2020-01-01","ended":"2019-01-01"}""", "project p-x: ended: is before started")]
    [InlineData("""{"kind":"resource","id":"r-x","title":"R","authors":["m-404"]}""", "resource r-x: refers to member 'm-404'")]
    [InlineData("""{"kind":"resource","id":"r-x","title":"R","url":"javascript:alert(1)"}""", "resource r-x: url: is not an absolute http(s) address")]
    [InlineData("""{"kind":"member","id":"m-x","name":"\ud800"}""", "member m-x: name is not valid Unicode text")]
    [InlineData("""{"kind":"member","id":"m-x","name":"A","id":"m-y"}""", "has the same field twice")]
    [InlineData("""{"kind":"member","id":"m-x","name":"A","role":"\u001b[2J"}""", "role '\\u001B[2J' is not one of")]
    public async Task A_bad_line_is_skipped_and_reported_with_its_line_number_and_reason(string bad, string reason)
    {
        var result = await _q.ImportAsync($"{Good}\n\n{bad}\n");

        Assert.Equal(1, result.ExitCode);
        var line = Assert.Single(result.ErrorLines);
        Assert.StartsWith("line 3: ", line);
        Assert.Contains(reason, line);
        Assert.Contains("1 line(s) rejected", result.Out);
        Assert.Contains(await _q.ExportAsync(), l => l.Contains("\"id\":\"ok\""));
    }

    [Fact]
    public async Task A_reference_to_a_rejected_line_says_which_line_was_rejected()
    {
        var result = await _q.ImportAsync("""
            {"kind":"connection","from":"m-1","to":"m-2"}
            {"kind":"member","id":"m-1","name":"One"}
            {"kind":"member","id":"m-2","name":"Two","role":"boss"}
            """);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("line 1: connection m-1–m-2: refers to member 'm-2', which was rejected on line 3", result.ErrorLines[0]);
        Assert.StartsWith("line 3: member m-2: role 'boss'", result.ErrorLines[1]);
        Assert.Matches(@"member\s+1\s+0\s+1", result.Out);
        Assert.Matches(@"connection\s+0\s+0\s+1", result.Out);
    }

    [Fact]
    public async Task Hostile_values_are_clipped_in_messages_and_private_values_are_never_echoed()
    {
        var longKind = new string('k', 5_000);
        var result = await _q.ImportAsync($$"""
            {"kind":"{{longKind}}","id":"x"}
            {"kind":"member","id":"m-1","name":"A","email":"secret value@leeds.example"}
            """);

        Assert.Equal(1, result.ExitCode);
        Assert.All(result.ErrorLines, l => Assert.True(l.Length < 300, $"message too long: {l.Length} characters"));
        Assert.DoesNotContain("secret value", result.Error);
        Assert.Contains("line 2: member m-1: email: is not an email address", result.Error);
    }

    [Fact]
    public async Task A_reference_to_a_rejected_topic_line_is_rejected_rather_than_creating_a_placeholder()
    {
        var result = await _q.ImportAsync("""
            {"kind":"topic","id":"sepsis","name":"Sepsis","broader":"sepsis"}
            {"kind":"member","id":"m-1","name":"One","topics":["sepsis"]}
            {"kind":"member","id":"m-2","name":"Two","topics":["falls"]}
            """);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("line 2: member m-1: refers to topic 'sepsis', which was rejected on line 1", result.ErrorLines[1]);
        var export = await _q.ExportAsync();
        Assert.DoesNotContain(export, l => l.Contains("\"id\":\"sepsis\""));
        Assert.Contains(export, l => l.Contains("\"id\":\"falls\""));
    }

    [Fact]
    public async Task A_loop_of_broader_topics_is_rejected_in_the_file_and_through_the_store()
    {
        await _q.ImportAsync("""{"kind":"topic","id":"c","name":"C","broader":"d"}""");

        var result = await _q.ImportAsync("""
            {"kind":"topic","id":"a","name":"A","broader":"b"}
            {"kind":"topic","id":"b","name":"B","broader":"a"}
            {"kind":"topic","id":"d","name":"D","broader":"c"}
            {"kind":"topic","id":"e","name":"E","broader":"c"}
            """);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(
        [
            "line 1: topic a: broader topics form a loop (a → b → a)",
            "line 2: topic b: broader topics form a loop (b → a → b)",
            "line 3: topic d: broader topics form a loop (d → c → d)",
        ], result.ErrorLines);
        Assert.Contains(await _q.ExportAsync(), l => l.Contains("\"id\":\"e\""));
    }

    [Fact]
    public async Task A_typo_in_a_nested_object_is_reported_too()
    {
        await _q.ImportAsync("""{"kind":"member","id":"m1","name":"One"}""");
        var result = await _q.ImportAsync("""
            {"kind":"member","id":"m-1","name":"A","topics":[{"topic":"sepsis","levle":"expert"}],"visibility":{"email":"public"}}
            {"kind":"project","id":"p-1","title":"P","members":[{"member":"m1","rol":"lead"}]}
            """);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(
            ["line 1: warning: ignored unknown field 'topics[0].levle'", "line 2: warning: ignored unknown field 'members[0].rol'"],
            result.ErrorLines);
    }

    [Fact]
    public async Task Unknown_fields_are_imported_around_and_reported_as_warnings()
    {
        var result = await _q.ImportAsync("""{"kind":"member","id":"m-1","name":"A","organization":"org-1","colour":"red"}""");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(
            ["line 1: warning: ignored unknown field 'organization'", "line 1: warning: ignored unknown field 'colour'"],
            result.ErrorLines);
    }

    [Fact]
    public async Task With_strict_one_bad_line_means_nothing_is_written_and_stored_data_is_untouched()
    {
        await _q.ImportAsync(Samples.SpecExample);
        var before = await _q.ExportAsync();

        var result = await _q.ImportAsync("""
            {"kind":"member","id":"m-1","name":"Renamed"}
            {"kind":"member","id":"m-new","name":"New"}
            {"kind":"connection","from":"m-new","to":"m-new"}
            """, "--strict");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("Nothing was written (--strict)", result.Out);
        Assert.StartsWith("line 3: ", Assert.Single(result.ErrorLines));
        Assert.Equal(before, await _q.ExportAsync());
    }

    [Fact]
    public async Task With_strict_a_clean_file_is_written()
    {
        var result = await _q.ImportAsync(Samples.SpecExample, "--strict");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(9, (await _q.ExportAsync()).Length);
    }

    [Fact]
    public async Task Without_strict_a_bad_file_keeps_what_was_stored_and_adds_the_good_lines()
    {
        await _q.ImportAsync(Samples.SpecExample);
        var before = await _q.ExportAsync();

        var result = await _q.ImportAsync("""
            {"kind":"member","id":"m-3","name":"Third","organisation":"org-1"}
            {"kind":"member","id":"m-1","name":"Bad","role":"boss"}
            """);

        Assert.Equal(1, result.ExitCode);
        var after = await _q.ExportAsync();
        Assert.Contains(before.Single(l => l.Contains("\"id\":\"m-1\"")), after);
        Assert.Contains(after, l => l.Contains("\"id\":\"m-3\""));
        Assert.Equal(before.Length + 1, after.Length);
    }

    [Fact]
    public async Task A_later_line_with_the_same_id_wins_and_the_earlier_one_is_reported()
    {
        var result = await _q.ImportAsync("""
            {"kind":"member","id":"m-1","name":"First"}
            {"kind":"member","id":"m-1","name":"Second"}
            """);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("line 1: warning: superseded by line 2, which has the same member id", Assert.Single(result.ErrorLines));
        Assert.Contains(await _q.ExportAsync(), l => l.Contains("\"name\":\"Second\""));
    }
}
