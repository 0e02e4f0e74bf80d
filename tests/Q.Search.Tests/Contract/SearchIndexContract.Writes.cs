using Q.Core.Search;
using static Q.Search.Tests.Contract.Docs;

namespace Q.Search.Tests.Contract;

public abstract partial class SearchIndexContract<TFixture>
{
    [SkippableFact]
    public async Task A_new_index_is_at_position_zero_and_empty()
    {
        var index = await NewIndexAsync();
        Assert.Equal(0, await index.PositionAsync());
        Assert.Empty(await index.VersionsAsync(SearchKind.Person));
        Assert.True(await index.PingAsync());
        Assert.Equal(0, (await People(index, QueryPlan.Empty)).TotalCount);
    }

    [SkippableFact]
    public async Task Upserts_replace_by_id_and_deletes_remove()
    {
        var index = await NewIndexAsync();
        await index.ApplyAsync([Up(Person("m1", "Ada Lovelace", 1, bio: "sepsis screening")), Up(Person("m2", "Grace Hopper", 1))], 1);
        Assert.Equal(["m1"], Ids(await People(index, Plan("sepsis"))));

        await index.ApplyAsync([Up(Person("m1", "Ada Lovelace", 2, bio: "falls prevention"))], 2);
        Assert.Empty(Ids(await People(index, Plan("sepsis"))));
        Assert.Equal(["m1"], Ids(await People(index, Plan("falls"))));

        await index.ApplyAsync([new DeleteDocument(SearchKind.Person, "m1", 3)], 3);
        Assert.Empty(Ids(await People(index, Plan("falls"))));
        var versions = await index.VersionsAsync(SearchKind.Person);
        Assert.Equal(new Dictionary<string, long> { ["m2"] = 1 }, versions);
    }

    [SkippableFact]
    public async Task Expunge_removes_a_person_for_good_without_moving_the_position()
    {
        var index = await NewIndexAsync();
        await index.ApplyAsync([Up(Person("m1", "Zebedee Quill", 1, bio: "sepsis screening")), Up(Person("m2", "Grace Hopper", 1, bio: "sepsis"))], 7);

        await index.ExpungeAsync(SearchKind.Person, "m1", 8);

        Assert.Equal(["m2"], Ids(await People(index, Plan("sepsis"))));
        Assert.Empty(Ids(await People(index, Plan("zebedee"))));
        Assert.False((await index.VersionsAsync(SearchKind.Person)).ContainsKey("m1"));
        Assert.Equal(7, await index.PositionAsync());
    }

    [SkippableFact]
    public async Task An_older_version_changes_nothing()
    {
        var index = await NewIndexAsync();
        await index.ApplyAsync([Up(Person("m1", "Newer Name", 5))], 5);
        await index.ApplyAsync([Up(Person("m1", "Older Name", 3)), new DeleteDocument(SearchKind.Person, "m1", 4)], 6);
        Assert.Equal(5, (await index.VersionsAsync(SearchKind.Person))["m1"]);
        Assert.Equal(["m1"], Ids(await People(index, Plan("newer"))));
        Assert.Empty(Ids(await People(index, Plan("older"))));

        // A deletion keeps its version: an older upsert replayed after it stays out.
        await index.ApplyAsync([new DeleteDocument(SearchKind.Person, "m1", 7)], 7);
        await index.ApplyAsync([Up(Person("m1", "Newer Name", 5))], 8);
        Assert.Empty(Ids(await People(index, Plan("newer"))));
        Assert.Empty(await index.VersionsAsync(SearchKind.Person));
    }

    [SkippableFact]
    public async Task Replaying_a_batch_is_a_no_op()
    {
        var index = await NewIndexAsync();
        IndexOperation[] batch =
        [
            Up(Person("m1", "Ada Lovelace", 10, bio: "sepsis")), Up(Person("m2", "Grace Hopper", 11)),
            Up(Person("m1", "Ada Lovelace", 12, bio: "delirium")), new DeleteDocument(SearchKind.Person, "m2", 13),
            Up(Resource("r1", "Sepsis six", "case-study", version: 10)),
        ];
        await index.ApplyAsync(batch, 13);
        await index.ApplyAsync(batch, 13);
        Assert.Equal(new Dictionary<string, long> { ["m1"] = 12 }, await index.VersionsAsync(SearchKind.Person));
        Assert.Equal(new Dictionary<string, long> { ["r1"] = 10 }, await index.VersionsAsync(SearchKind.Resource));
        Assert.Equal(["m1"], Ids(await People(index, Plan("delirium"))));
        Assert.Equal(1, (await People(index, QueryPlan.Empty)).TotalCount);
    }

    [SkippableFact]
    public async Task People_and_resources_with_the_same_id_are_different_documents()
    {
        var index = await NewIndexAsync();
        await index.ApplyAsync([Up(Person("x1", "Ada Lovelace", 1)), Up(Resource("x1", "Sepsis six", "case-study"))], 1);
        await index.ApplyAsync([new DeleteDocument(SearchKind.Resource, "x1", 2)], 2);
        Assert.Equal(["x1"], (await index.VersionsAsync(SearchKind.Person)).Keys);
        Assert.Empty(await index.VersionsAsync(SearchKind.Resource));
    }

    [SkippableFact]
    public async Task The_position_is_recorded_and_read_back_after_reopening()
    {
        var name = Guid.NewGuid().ToString("N");
        var index = await NewIndexAsync(name);
        await index.ApplyAsync([Up(Person("m1", "Ada Lovelace", 7, bio: "sepsis"))], 7);
        Assert.Equal(7, await index.PositionAsync());
        await index.ApplyAsync([], 9);
        Assert.Equal(9, await index.PositionAsync());

        index = await ReopenAsync(index, name);
        Assert.Equal(9, await index.PositionAsync());
        Assert.Equal(["m1"], Ids(await People(index, Plan("sepsis"))));
        Assert.Equal(7, (await index.VersionsAsync(SearchKind.Person))["m1"]);
    }

    [SkippableFact]
    public async Task Rebuild_swaps_in_a_new_index_and_searches_answer_during_it()
    {
        var index = await NewIndexAsync();
        await index.ApplyAsync([Up(Person("old", "Old Timer", 1, bio: "sepsis"))], 1);

        var halfway = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var proceed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        async IAsyncEnumerable<IndexOperation> Graph()
        {
            yield return Up(Person("new1", "New Comer", 5, bio: "sepsis"));
            halfway.SetResult();
            await proceed.Task;
            yield return Up(Person("new2", "Next Comer", 5, bio: "sepsis"));
        }

        var rebuild = index.RebuildAsync(Graph(), 5);
        await halfway.Task;
        // Mid-rebuild: the old index answers, and takes writes.
        Assert.Equal(["old"], Ids(await People(index, Plan("sepsis"))));
        await index.ApplyAsync([Up(Person("late", "Late Arrival", 6, bio: "sepsis"))], 6);
        Assert.Equal(["late", "old"], Ids(await People(index, Plan("sepsis"))).Order());
        proceed.SetResult();
        await rebuild;

        // The graph did not have "old"; the write made during the rebuild is kept.
        Assert.Equal(["late", "new1", "new2"], Ids(await People(index, Plan("sepsis"))).Order());
        Assert.Equal(6, await index.PositionAsync());
    }

    [SkippableFact]
    public async Task A_failed_rebuild_leaves_the_old_index()
    {
        var index = await NewIndexAsync();
        await index.ApplyAsync([Up(Person("old", "Old Timer", 1, bio: "sepsis"))], 1);

        static async IAsyncEnumerable<IndexOperation> Broken()
        {
            yield return Up(Person("new1", "New Comer", 5, bio: "sepsis"));
            await Task.Yield();
            throw new IOException("the graph went away");
        }

        await Assert.ThrowsAsync<IOException>(() => index.RebuildAsync(Broken(), 5));
        Assert.Equal(["old"], Ids(await People(index, Plan("sepsis"))));
        Assert.Equal(1, await index.PositionAsync());
        await index.ApplyAsync([Up(Person("after", "After Wards", 2, bio: "sepsis"))], 2);
        Assert.Equal(["after", "old"], Ids(await People(index, Plan("sepsis"))).Order());
    }
}
