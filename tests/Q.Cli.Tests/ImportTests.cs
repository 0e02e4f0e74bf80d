namespace Q.Cli.Tests;

public sealed class ImportTests : IDisposable
{
    private readonly CliRun _q = new();

    public void Dispose() => _q.Dispose();

    [Fact]
    public async Task The_specification_example_imports_cleanly_and_reports_counts_per_kind()
    {
        var result = await _q.ImportAsync(Samples.SpecExample);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("", result.Error);
        Assert.Contains("Imported 9 records", result.Out);
        Assert.Matches(@"member\s+2\s+0\s+0", result.Out);
        Assert.Matches(@"topic\s+3\s+0\s+0", result.Out); // sepsis, plus patient-safety and pdsa created from references
        Assert.Contains("2 topic(s) were referenced but not declared", result.Out);
        var export = await _q.ExportAsync();
        Assert.Contains(export, l => l.Contains("\"id\":\"patient-safety\",\"name\":\"Patient safety\""));
        Assert.Contains(export, l => l.Contains("\"name\":\"Siobhán O'Neill\""));
    }

    [Fact]
    public async Task Importing_the_same_file_twice_changes_nothing()
    {
        await _q.ImportAsync(Samples.SpecExample);
        var first = await _q.ExportAsync();

        var again = await _q.ImportAsync(Samples.SpecExample);

        Assert.Equal(0, again.ExitCode);
        Assert.Matches(@"member\s+0\s+2\s+0", again.Out);
        Assert.Matches(@"connection\s+0\s+1\s+0", again.Out);
        Assert.Equal(first, await _q.ExportAsync());
    }

    [Fact]
    public async Task Order_within_the_file_does_not_matter()
    {
        using var other = new CliRun();
        await _q.ImportAsync(Samples.SpecExample);
        var reversed = await other.ImportAsync(Samples.Reversed(Samples.SpecExample));

        Assert.Equal(0, reversed.ExitCode);
        Assert.Equal(await _q.ExportAsync(), await other.ExportAsync());
    }

    [Fact]
    public async Task An_export_imported_into_an_empty_store_exports_the_same_records()
    {
        await _q.ImportAsync(Samples.SpecExample);
        var export = await _q.ExportAsync();
        using var other = new CliRun();

        var result = await other.ImportAsync(string.Join('\n', export));

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(export, await other.ExportAsync());
    }

    [Fact]
    public async Task References_resolve_against_records_already_in_the_store()
    {
        var lines = Samples.SpecExample.Split('\n');
        await _q.ImportAsync(lines[0]); // the organisation alone
        var members = await _q.ImportAsync(string.Join('\n', lines[2], lines[3]));
        var tie = await _q.ImportAsync(lines[6]);

        Assert.Equal(0, members.ExitCode);
        Assert.Equal(0, tie.ExitCode);
        Assert.Contains(await _q.ExportAsync(), l => l.Contains("\"kind\":\"connection\",\"from\":\"m-1\",\"to\":\"m-2\""));
    }

    [Fact]
    public async Task A_declared_topic_is_never_overwritten_by_a_later_reference_to_it()
    {
        await _q.ImportAsync("""{"kind":"topic","id":"pdsa","name":"PDSA","synonyms":["Plan-Do-Study-Act"]}""");
        await _q.ImportAsync("""{"kind":"member","id":"m-9","name":"Later","topics":["pdsa"]}""");

        Assert.Contains(await _q.ExportAsync(), l => l == """{"kind":"topic","id":"pdsa","name":"PDSA","synonyms":["Plan-Do-Study-Act"]}""");
    }

    [Fact]
    public async Task Standard_input_and_a_file_import_the_same()
    {
        var file = _q.File("community.jsonl", Samples.SpecExample);
        using var other = new CliRun();

        var fromFile = await _q.RunAsync("import", file, "--data-dir", _q.DataDir);
        await other.ImportAsync(Samples.SpecExample);

        Assert.Equal(0, fromFile.ExitCode);
        Assert.Contains($"from {file}", fromFile.Out);
        Assert.Equal(await other.ExportAsync(), await _q.ExportAsync());
    }

    [Fact]
    public async Task A_file_that_cannot_be_read_is_exit_code_2_with_its_name()
    {
        var result = await _q.RunAsync("import", _q.File("missing.jsonl"), "--data-dir", _q.DataDir);

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("q: cannot read '", result.Error);
        Assert.Contains("missing.jsonl", result.Error);
    }

    [Fact]
    public async Task Export_of_a_folder_with_no_data_says_so_and_creates_nothing()
    {
        var empty = Path.Combine(_q.Root, "nothing-here");
        var result = await _q.RunAsync("export", "-", "--data-dir", empty);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("no Q data in", result.Error);
        Assert.False(Directory.Exists(empty));
    }

    [Fact]
    public async Task Export_to_a_file_writes_it_whole()
    {
        await _q.ImportAsync(Samples.SpecExample);
        var path = _q.File("out.jsonl");

        var result = await _q.RunAsync("export", path, "--data-dir", _q.DataDir);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(await _q.ExportAsync(), System.IO.File.ReadAllLines(path));
        Assert.False(System.IO.File.Exists(path + ".partial"));
        Assert.Contains("Exported 9 records", result.Error);
    }
}
