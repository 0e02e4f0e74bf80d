using Q.Core.Model;
using Q.Core.Ports;

namespace Q.Graph.Tests.Contract;

public abstract partial class GraphStoreContract<TFixture>
{
    [SkippableFact]
    public async Task Every_kind_of_record_reads_back_as_written()
    {
        var store = await SampleStoreAsync();

        // Streams come in id order.
        Assert.Equal(Canonical.Json(Sample.Organisations.OrderBy(o => o.Id, StringComparer.Ordinal)), Canonical.Json(await All(store.StreamOrganisationsAsync())));
        Assert.Equal(Canonical.Json(Sample.Topics.OrderBy(t => t.Id, StringComparer.Ordinal)), Canonical.Json(await All(store.StreamTopicsAsync())));
        Assert.Equal(Canonical.Json(Sample.Members.OrderBy(m => m.Id, StringComparer.Ordinal)), Canonical.Json(await All(store.StreamMembersAsync())));
        Assert.Equal(Canonical.Json(Sample.Projects), Canonical.Json(await All(store.StreamProjectsAsync())));
        Assert.Equal(Canonical.Json(Sample.Resources), Canonical.Json(await All(store.StreamResourcesAsync())));
        Assert.Equal(
            Canonical.Json(Sample.Connections.OrderBy(c => c.From, StringComparer.Ordinal).ThenBy(c => c.To, StringComparer.Ordinal)),
            Canonical.Json(await All(store.StreamConnectionsAsync())));
    }

    [SkippableFact]
    public async Task An_upsert_replaces_the_whole_record_including_its_lists()
    {
        var store = await SampleStoreAsync();
        var changed = Sample.Members[0] with
        {
            Name = "Siobhán Kelly", Bio = null, Email = null, OrganisationId = null,
            Topics = [new MemberTopic("pdsa", TopicLevel.Expert)],
            Visibility = ProfileVisibility.Default with { Bio = Visibility.Private },
        };
        var project = Sample.Projects[0] with { Members = [new ProjectMember("m-3", ProjectRole.Lead)], Topics = [] };
        await store.ExecuteWriteAsync(async (w, ct) =>
        {
            await w.UpsertMembersAsync([changed], ct);
            await w.UpsertProjectsAsync([project], ct);
            return 0;
        });

        var read = (await store.GetMembersAsync(["m-1"]))["m-1"];
        Assert.Equal(Canonical.Json(changed), Canonical.Json(read));
        Assert.Equal(Canonical.Json(project), Canonical.Json((await store.GetProjectsAsync(["p-1"]))["p-1"]));
        Assert.Empty((await store.GetProjectsOfMembersAsync(["m-1"]))["m-1"]);
        Assert.Equal(["p-1"], (await store.GetProjectsOfMembersAsync(["m-3"]))["m-3"].Select(p => p.Id));
    }

    [SkippableFact]
    public async Task Writing_the_same_records_twice_changes_nothing()
    {
        var store = await SampleStoreAsync();
        var before = await store.CountAsync();
        var members = Canonical.Json(await All(store.StreamMembersAsync()));

        await Sample.LoadAsync(store);

        Assert.Equal(before, await store.CountAsync());
        Assert.Equal(members, Canonical.Json(await All(store.StreamMembersAsync())));
        Assert.Equal(new GraphCounts(3, 4, 6, 1, 1, 5), before);
    }

    [SkippableFact]
    public async Task A_tie_is_undirected_and_stored_once_whichever_way_round_it_is_written()
    {
        var store = await SampleStoreAsync();
        var reversed = new Connection { From = "m-2", To = "m-1", Since = new DateOnly(2020, 1, 1), Source = ConnectionSource.Event };
        await store.ExecuteWriteAsync(async (w, ct) => { await w.UpsertConnectionsAsync([reversed], ct); return 0; });

        var ties = await All(store.StreamConnectionsAsync());
        var tie = Assert.Single(ties, c => (c.From, c.To) == ("m-1", "m-2"));
        Assert.Equal(new DateOnly(2020, 1, 1), tie.Since);
        Assert.Equal(ConnectionSource.Event, tie.Source);
        Assert.Equal(5, (await store.CountAsync()).Connections);
        Assert.Contains(await store.GetConnectionsOfAsync("m-2"), c => c.From == "m-1" && c.To == "m-2");
    }

    [SkippableFact]
    public async Task A_unit_of_work_that_throws_writes_nothing()
    {
        var store = await SampleStoreAsync();
        var newcomer = new Member { Id = "m-99", Name = "Newcomer" };

        await Assert.ThrowsAsync<InvalidOperationException>(() => store.ExecuteWriteAsync<int>(async (w, ct) =>
        {
            await w.UpsertMembersAsync([newcomer], ct);
            await w.UpsertConnectionsAsync([new Connection { From = "m-1", To = "m-99" }], ct);
            throw new InvalidOperationException("abandon");
        }));

        Assert.Empty(await store.GetMembersAsync(["m-99"]));
        Assert.Equal(5, (await store.CountAsync()).Connections);
        // The store is still writable afterwards.
        await store.ExecuteWriteAsync(async (w, ct) => { await w.UpsertMembersAsync([newcomer], ct); return 0; });
        Assert.Single(await store.GetMembersAsync(["m-99"]));
    }

    [SkippableFact]
    public async Task A_writer_sees_its_own_writes_and_readers_see_them_only_after_commit()
    {
        var store = await SampleStoreAsync();
        var inside = new TaskCompletionSource();
        var release = new TaskCompletionSource();
        var write = store.ExecuteWriteAsync(async (w, ct) =>
        {
            await w.UpsertMembersAsync([new Member { Id = "m-50", Name = "Pending" }], ct);
            var seen = await w.FindExistingAsync(RecordKind.Member, ["m-50", "m-1", "m-404"], ct);
            inside.SetResult();
            await release.Task;
            return seen;
        });
        await inside.Task;

        // A reader is not blocked by the open write and does not see it yet.
        Assert.Empty(await store.GetMembersAsync(["m-50"]));
        release.SetResult();
        var seenInside = await write;

        Assert.Equal(new HashSet<string> { "m-50", "m-1" }, seenInside.ToHashSet());
        Assert.Single(await store.GetMembersAsync(["m-50"]));
    }

    [SkippableFact]
    public async Task Existing_ids_are_found_for_every_kind()
    {
        var store = await SampleStoreAsync();

        Assert.Equal(["org-voice"], await store.FindExistingAsync(RecordKind.Organisation, ["org-voice", "org-x"]));
        Assert.Equal(["sepsis"], await store.FindExistingAsync(RecordKind.Topic, ["sepsis", "falls"]));
        Assert.Equal(["m-6"], await store.FindExistingAsync(RecordKind.Member, ["m-6", "m-60"]));
        Assert.Equal(["p-1"], await store.FindExistingAsync(RecordKind.Project, ["p-1", "p-2"]));
        Assert.Equal(["r-1"], await store.FindExistingAsync(RecordKind.Resource, ["r-1", "r-2"]));
        Assert.Equal(["m-1\nm-2"], await store.FindExistingAsync(RecordKind.Connection, ["m-1\nm-2", "m-1\nm-6"]));
        Assert.Empty(await store.FindExistingAsync(RecordKind.Member, []));
    }
}
