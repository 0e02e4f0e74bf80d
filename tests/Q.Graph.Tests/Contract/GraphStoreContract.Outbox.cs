using Q.Core.Model;
using Q.Core.Search;

namespace Q.Graph.Tests.Contract;

public abstract partial class GraphStoreContract<TFixture>
{
    private static async Task<HashSet<(SearchKind, string)>> PendingAfter(Q.Core.Ports.IGraphStore store, long position) =>
        (await store.ReadOutboxAsync(position, 10_000)).Select(e => (e.Kind, e.Id)).ToHashSet();

    [SkippableFact]
    public async Task Every_write_that_changes_a_search_document_leaves_an_outbox_entry_for_it()
    {
        var store = await SampleStoreAsync();
        var start = await store.OutboxPositionAsync();
        Assert.Contains((SearchKind.Person, "m-1"), await PendingAfter(store, 0));

        // Renaming an organisation stales its members' documents.
        await store.ExecuteWriteAsync(async (w, ct) => { await w.UpsertOrganisationsAsync([Sample.Organisations[0] with { Name = "Leeds Health" }], ct); return 0; });
        Assert.Equal(new HashSet<(SearchKind, string)> { (SearchKind.Person, "m-1"), (SearchKind.Person, "m-2") }, await PendingAfter(store, start));

        // A topic's synonyms are in everyone's and everything's document that holds it.
        var afterOrg = await store.OutboxPositionAsync();
        await store.ExecuteWriteAsync(async (w, ct) => { await w.UpsertTopicsAsync([Sample.Topics[2] with { Synonyms = ["septic shock"] }], ct); return 0; });
        Assert.Equal(
            new HashSet<(SearchKind, string)> { (SearchKind.Person, "m-1"), (SearchKind.Person, "m-6"), (SearchKind.Resource, "r-1"), (SearchKind.Resource, "project:p-1") },
            await PendingAfter(store, afterOrg));

        // A project that changes members stales the old members' documents as well as the new ones'.
        var afterTopic = await store.OutboxPositionAsync();
        await store.ExecuteWriteAsync(async (w, ct) =>
        {
            await w.UpsertProjectsAsync([Sample.Projects[0] with { Members = [new ProjectMember("m-3", ProjectRole.Lead)] }], ct);
            return 0;
        });
        Assert.Equal(
            new HashSet<(SearchKind, string)> { (SearchKind.Resource, "project:p-1"), (SearchKind.Person, "m-1"), (SearchKind.Person, "m-2"), (SearchKind.Person, "m-3") },
            await PendingAfter(store, afterTopic));
    }

    [SkippableFact]
    public async Task Outbox_entries_are_written_in_the_same_transaction_as_the_change()
    {
        var store = await SampleStoreAsync();
        var before = await store.OutboxPositionAsync();

        await Assert.ThrowsAsync<InvalidOperationException>(() => store.ExecuteWriteAsync<int>(async (w, ct) =>
        {
            await w.UpsertMembersAsync([new Member { Id = "m-77", Name = "Never" }], ct);
            throw new InvalidOperationException("abandon");
        }));

        Assert.Empty(await store.ReadOutboxAsync(before, 100));
    }

    [SkippableFact]
    public async Task Erasure_stales_the_documents_that_named_the_member_leaves_no_entry_with_their_id_and_trimming_keeps_the_position()
    {
        var store = await SampleStoreAsync();
        var before = await store.OutboxPositionAsync();

        await store.ExecuteWriteAsync((w, ct) => w.EraseMemberAsync("m-1", "erased-x", ct));

        Assert.Equal(
            new HashSet<(SearchKind, string)> { (SearchKind.Resource, "r-1"), (SearchKind.Resource, "project:p-1") },
            await PendingAfter(store, before));
        Assert.DoesNotContain(await store.ReadOutboxAsync(0, 10_000), e => e.Id == "m-1");
        var end = await store.OutboxPositionAsync();
        await store.TrimOutboxAsync(end);
        Assert.Empty(await store.ReadOutboxAsync(0, 100));
        Assert.Equal(end, await store.OutboxPositionAsync());
    }
}
