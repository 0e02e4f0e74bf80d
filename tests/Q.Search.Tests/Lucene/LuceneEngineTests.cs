using Q.Core.Model;
using Q.Core.Ports;
using Q.Core.Search;
using Q.Search.Lucene;
using static Q.Search.Tests.Contract.Docs;

namespace Q.Search.Tests.Lucene;

/// <summary>What the contract cannot see: folders, the pointer file, and the files a crash would leave.</summary>
public sealed class LuceneEngineTests : TempFolderTests
{
    private static string[] IndexFolders(string data) =>
        Directory.GetDirectories(Path.Combine(data, "search"), "index-*").Select(Path.GetFileName).OfType<string>().ToArray();

    [Fact]
    public async Task The_index_lives_in_the_search_folder_and_a_rebuild_switches_the_pointer_and_deletes_the_old_folder()
    {
        var data = Path.Combine(Root, "data");
        await using var index = new LuceneSearchIndex(data);
        await index.InitialiseAsync();
        var before = Assert.Single(IndexFolders(data));
        Assert.Equal(before, File.ReadAllText(Path.Combine(data, "search", "current")));

        await index.RebuildAsync(Stream(Up(Person("m1", "Ada Lovelace", 3, bio: "sepsis"))), 3);
        var after = Assert.Single(IndexFolders(data));
        Assert.NotEqual(before, after);
        Assert.Equal(after, File.ReadAllText(Path.Combine(data, "search", "current")));
        Assert.False(File.Exists(Path.Combine(data, "search", "current.tmp")));
        Assert.Equal(3, await index.PositionAsync());
    }

    [Fact]
    public async Task A_rebuild_keeps_the_latest_version_of_a_key_met_several_times_within_and_across_batches()
    {
        // Documents are added from several threads at once: a key's later version must still win, an older one be
        // skipped, wherever in the stream (and in whichever batch of 1,000) they come.
        var data = Path.Combine(Root, "data");
        await using var index = new LuceneSearchIndex(data);
        await index.InitialiseAsync();
        var ops = new List<IndexOperation>();
        for (var i = 0; i < 2_500; i++) ops.Add(Up(Person($"m{i}", $"Person {i}", 1, bio: "frailty")));
        ops.Insert(10, Up(Person("m5", "Person 5", 3, bio: "sepsis")));       // newer, same batch
        ops.Insert(1_500, Up(Person("m7", "Person 7", 4, bio: "sepsis")));    // newer, next batch
        ops.Add(Up(Person("m7", "Person 7", 2, bio: "dementia")));            // older, last: skipped
        ops.Add(Up(Person("m2400", "Person 2400", 5, bio: "sepsis")));        // newer, same batch as the first
        await index.RebuildAsync(Stream(ops.ToArray()), 9);

        var versions = await index.VersionsAsync(SearchKind.Person);
        Assert.Equal(2_500, versions.Count);
        Assert.Equal(3, versions["m5"]);
        Assert.Equal(4, versions["m7"]);
        Assert.Equal(5, versions["m2400"]);
        Assert.Equal(1, versions["m6"]);
        var sepsis = await index.SearchPeopleAsync(new PeopleQuery(Plan("sepsis"), MemberFilter.None, 10, 0, Audience.Public));
        Assert.Equal(["m2400", "m5", "m7"], sepsis.Hits.Select(h => h.Id).Order());
        Assert.Equal(0, (await index.SearchPeopleAsync(new PeopleQuery(Plan("dementia"), MemberFilter.None, 10, 0, Audience.Public))).TotalCount);
        Assert.Equal(2_497, (await index.SearchPeopleAsync(new PeopleQuery(Plan("frailty"), MemberFilter.None, 10, 0, Audience.Public))).TotalCount);
    }

    [Fact]
    public async Task A_failed_rebuild_leaves_no_folder_behind()
    {
        var data = Path.Combine(Root, "data");
        await using var index = new LuceneSearchIndex(data);
        await index.InitialiseAsync();
        var before = Assert.Single(IndexFolders(data));
        await Assert.ThrowsAsync<InvalidDataException>(() => index.RebuildAsync(Failing(), 3));
        Assert.Equal([before], IndexFolders(data));
    }

    [Fact]
    public async Task A_copy_of_the_files_taken_while_running_opens_at_the_last_commit()
    {
        // What kill -9 leaves: the files as they are, lock file included, nothing flushed on the way out.
        var data = Path.Combine(Root, "live");
        await using var index = new LuceneSearchIndex(data);
        await index.InitialiseAsync();
        for (var i = 1; i <= 5; i++) await index.ApplyAsync([Up(Person($"m{i}", $"Person {i}", i, bio: "sepsis"))], i);

        var copy = Path.Combine(Root, "copy");
        CopyDirectory(data, copy);
        await using var reopened = new LuceneSearchIndex(copy);
        await reopened.InitialiseAsync();
        Assert.Equal(5, await reopened.PositionAsync());
        Assert.Equal(5, (await reopened.VersionsAsync(SearchKind.Person)).Count);
        await reopened.ApplyAsync([Up(Person("m6", "Person 6", 6))], 6);
        Assert.Equal(6, await reopened.PositionAsync());
    }

    [Fact]
    public async Task Leftover_folders_from_an_interrupted_rebuild_are_removed_at_start()
    {
        var data = Path.Combine(Root, "data");
        await using (var index = new LuceneSearchIndex(data)) await index.InitialiseAsync();
        Directory.CreateDirectory(Path.Combine(data, "search", "index-leftover"));
        await using var again = new LuceneSearchIndex(data);
        await again.InitialiseAsync();
        Assert.Single(IndexFolders(data));
    }

    [Fact]
    public async Task Using_it_before_initialising_or_after_disposing_is_a_clear_error()
    {
        var index = new LuceneSearchIndex(Path.Combine(Root, "data"));
        await Assert.ThrowsAsync<InvalidOperationException>(() => index.PositionAsync());
        await index.InitialiseAsync();
        await index.DisposeAsync();
        await index.DisposeAsync();
        Assert.False(await index.PingAsync());
        await Assert.ThrowsAsync<ObjectDisposedException>(() => index.ApplyAsync([], 1));
    }

    [Fact]
    public async Task Concurrent_searches_and_writes_do_not_interfere()
    {
        await using var index = new LuceneSearchIndex(Path.Combine(Root, "data"));
        await index.InitialiseAsync();
        var writes = Task.Run(async () =>
        {
            for (var i = 1; i <= 30; i++) await index.ApplyAsync([Up(Person($"m{i}", $"Person {i}", i, bio: "sepsis"))], i);
        });
        // The graph the rebuild reads has everyone (at version 0, older than any write) and one more.
        var graph = Enumerable.Range(1, 30).Select(i => (IndexOperation)Up(Person($"m{i}", $"Person {i}", 0))).Append(Up(Person("r", "Rebuilt", 0, bio: "sepsis")));
        var rebuild = Task.Run(async () => await index.RebuildAsync(Stream(graph.ToArray()), 0));
        var searches = Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
        {
            for (var i = 0; i < 40; i++)
                await index.SearchPeopleAsync(new PeopleQuery(Plan("sepsis"), Q.Core.Ports.MemberFilter.None, 10, 0, Q.Core.Ports.Audience.Public));
        }));
        await Task.WhenAll(searches.Append(writes).Append(rebuild));
        Assert.Equal(31, (await index.VersionsAsync(SearchKind.Person)).Count);
        Assert.True(await index.PingAsync());
    }

    private static async IAsyncEnumerable<IndexOperation> Failing()
    {
        await Task.Yield();
        yield return Up(Person("m1", "Ada", 1));
        throw new InvalidDataException("broken");
    }

    private static void CopyDirectory(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from)) File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        foreach (var folder in Directory.GetDirectories(from)) CopyDirectory(folder, Path.Combine(to, Path.GetFileName(folder)));
    }

    [Fact]
    public async Task An_expunged_member_leaves_no_byte_of_their_document_in_the_index_files()
    {
        var folder = Path.Combine(Directory.CreateTempSubdirectory("q-expunge-").FullName, "index");
        const string secret = "Zebedee Quillfeather-Unique";
        await using (var index = new LuceneSearchIndex(folder))
        {
            await index.InitialiseAsync();
            await index.ApplyAsync([new UpsertPerson(new PersonDocument { Id = "m-zeb", Name = secret, Version = 1 }),
                new UpsertPerson(new PersonDocument { Id = "m-other", Name = "Someone Else", Version = 1 })], 1);
            await index.ApplyAsync([new UpsertPerson(new PersonDocument { Id = "m-other", Name = "Someone Else Again", Version = 2 })], 2);
            Assert.True(Contains(folder, secret), "the test must first see the data it later expects gone");

            await index.ExpungeAsync(SearchKind.Person, "m-zeb", 3);
        }

        Assert.False(Contains(folder, secret), "the erased member's name is still in the index files");
        Assert.False(Contains(folder, "m-zeb"), "the erased member's id is still in the index files");
    }

    private static bool Contains(string folder, string text)
    {
        var needle = System.Text.Encoding.UTF8.GetBytes(text);
        return Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Any(f => File.ReadAllBytes(f).AsSpan().IndexOf(needle) >= 0);
    }
}
