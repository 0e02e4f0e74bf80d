namespace Q.Cli.Tests;

public sealed class SeedTests : IDisposable
{
    private readonly CliRun _q = new();

    public void Dispose() => _q.Dispose();

    [Fact]
    public async Task Seeding_is_deterministic_for_a_seed_and_different_for_another()
    {
        var a = Path.Combine(_q.Root, "a");
        var b = Path.Combine(_q.Root, "b");
        var c = Path.Combine(_q.Root, "c");

        var seeded = await _q.RunAsync("seed", "--members", "300", "--seed", "7", "--data-dir", a);
        await _q.RunAsync("seed", "--members", "300", "--seed", "7", "--data-dir", b);
        await _q.RunAsync("seed", "--members", "300", "--seed", "8", "--data-dir", c);

        Assert.Equal(0, seeded.ExitCode);
        Assert.Contains("300 members", seeded.Out);
        Assert.Equal(await _q.ExportAsync(a), await _q.ExportAsync(b));
        Assert.NotEqual(await _q.ExportAsync(a), await _q.ExportAsync(c));
    }

    [Fact]
    public async Task A_seeded_community_survives_export_and_reimport_unchanged()
    {
        await _q.RunAsync("seed", "--members", "500", "--data-dir", _q.DataDir);
        var export = await _q.ExportAsync();
        var copy = Path.Combine(_q.Root, "copy");

        var imported = await _q.RunWithInputAsync(string.Join('\n', export), "import", "-", "--data-dir", copy, "--strict");

        Assert.Equal(0, imported.ExitCode);
        Assert.Equal("", imported.Error);
        Assert.Equal(export, await _q.ExportAsync(copy));
        Assert.Contains(export, l => l.Contains("\"kind\":\"connection\""));
        Assert.Contains(export, l => l.Contains("\"type\":\"case-study\""));
    }

    [Fact]
    public async Task Seeding_refuses_a_store_that_already_holds_members()
    {
        await _q.ImportAsync(Samples.SpecExample);
        var before = await _q.ExportAsync();

        var result = await _q.RunAsync("seed", "--members", "50", "--data-dir", _q.DataDir);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("already holds data (2 members, 1 organisations, 3 topics)", result.Error);
        Assert.Equal(before, await _q.ExportAsync());
    }

    [Fact]
    public async Task Seeding_refuses_a_store_with_organisations_or_topics_but_no_members_and_overwrites_nothing()
    {
        // The demo's own ids: a real organisation or topic with one of them must never be renamed by a seed.
        await _q.ImportAsync("""
            {"kind":"organisation","id":"org-0001","name":"My Real Trust"}
            {"kind":"topic","id":"sepsis","name":"My Sepsis Taxonomy Node"}
            """);
        var before = await _q.ExportAsync();

        var seed = await _q.RunAsync("seed", "--members", "10", "--data-dir", _q.DataDir);

        Assert.Equal(2, seed.ExitCode);
        Assert.Equal(before, await _q.ExportAsync());
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-5")]
    [InlineData("many")]
    public async Task A_member_count_that_is_not_a_positive_number_is_refused(string members)
    {
        var result = await _q.RunAsync("seed", "--members", members, "--data-dir", _q.DataDir);

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("--members", result.Error);
        Assert.False(Directory.Exists(_q.DataDir));
    }
}
