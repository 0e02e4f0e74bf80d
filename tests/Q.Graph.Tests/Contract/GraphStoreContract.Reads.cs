using Q.Core.Model;
using Q.Core.Ports;

namespace Q.Graph.Tests.Contract;

public abstract partial class GraphStoreContract<TFixture>
{
    /// <summary>The directory order computed independently of any engine: accent- and case-blind name, then id.</summary>
    private static string[] DirectoryOrder(IEnumerable<Member> members) =>
        members.OrderBy(m => SortKeys.For(m.Name), StringComparer.Ordinal).ThenBy(m => m.Id, StringComparer.Ordinal).Select(m => m.Id).ToArray();

    private static HashSet<string> Neighbours(string id) =>
        Sample.Connections.Where(c => c.From == id || c.To == id).Select(c => c.From == id ? c.To : c.From).ToHashSet();

    private static HashSet<string> TopicAndNarrower(string topic)
    {
        var set = new HashSet<string> { topic };
        while (Sample.Topics.Where(t => t.BroaderId is { } b && set.Contains(b)).Select(t => t.Id).Where(set.Add).ToList().Count > 0) { }
        return set;
    }

    [SkippableFact]
    public async Task The_directory_is_alphabetical_ignoring_accents_case_and_punctuation()
    {
        var store = await SampleStoreAsync();

        var page = await store.FindMembersAsync(MemberFilter.None, new PageRequest(100));

        Assert.Equal(DirectoryOrder(Sample.Members), Ids(page));
        Assert.Equal(["m-2", "m-6", "m-4", "m-1", "m-5", "m-3"], Ids(page)); // Adam, Émile, Rhys, Siobhán, siobhan, Zoë
        Assert.Equal(6, page.TotalCount);
        Assert.False(page.HasNextPage);
        Assert.False(page.HasPreviousPage);
    }

    [SkippableTheory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(4)]
    public async Task Paging_with_cursors_visits_every_member_once_in_order(int size)
    {
        var store = await SampleStoreAsync();
        var seen = new List<string>();
        MemberCursor? after = null;
        var pages = 0;
        while (true)
        {
            var page = await store.FindMembersAsync(MemberFilter.None, new PageRequest(size, after));
            Assert.Equal(6, page.TotalCount);
            Assert.Equal(after is not null, page.HasPreviousPage);
            Assert.True(page.Members.Count <= size);
            seen.AddRange(Ids(page));
            pages++;
            if (!page.HasNextPage) break;
            after = MemberCursor.Of(page.Members[^1]);
        }
        Assert.Equal(DirectoryOrder(Sample.Members), seen);
        Assert.Equal((int)Math.Ceiling(6.0 / size), pages);
    }

    [SkippableFact]
    public async Task Filters_combine_and_a_topic_includes_its_narrower_topics()
    {
        var store = await SampleStoreAsync();
        var cases = new (MemberFilter Filter, Func<Member, bool> Expected)[]
        {
            (new(OrganisationId: "org-leeds"), m => m.OrganisationId == "org-leeds"),
            (new(RegionId: "wales"), m => m.RegionId == "wales"),
            (new(Role: MemberRole.PatientLeader), m => m.Role == MemberRole.PatientLeader),
            (new(TopicId: "sepsis"), m => m.Topics.Any(t => t.TopicId == "sepsis")),
            (new(TopicId: "patient-safety"), m => m.Topics.Any(t => TopicAndNarrower("patient-safety").Contains(t.TopicId))),
            (new(TopicId: "deterioration", RegionId: "wales"),
                m => m.RegionId == "wales" && m.Topics.Any(t => TopicAndNarrower("deterioration").Contains(t.TopicId))),
            (new(TopicId: "no-such-topic"), _ => false),
        };
        foreach (var (filter, expected) in cases)
        {
            var page = await store.FindMembersAsync(filter, new PageRequest(100));
            var want = DirectoryOrder(Sample.Members.Where(expected));
            Assert.True(want.SequenceEqual(Ids(page)), $"{filter}: expected [{string.Join(",", want)}], got [{string.Join(",", Ids(page))}]");
            Assert.Equal(want.Length, page.TotalCount);
        }
        Assert.Equal(4, (await store.FindMembersAsync(new(TopicId: "patient-safety"), new PageRequest(100))).TotalCount);
    }

    [SkippableFact]
    public async Task Member_pages_for_many_keys_come_from_one_call_and_match_one_by_one_queries()
    {
        var store = await SampleStoreAsync();

        var byOrg = await store.GetMemberPagesAsync(MemberScope.Organisation, ["org-leeds", "org-cardiff", "org-none"], new PageRequest(1));
        Assert.Equal(["m-2"], Ids(byOrg["org-leeds"]));
        Assert.Equal(2, byOrg["org-leeds"].TotalCount);
        Assert.True(byOrg["org-leeds"].HasNextPage);
        Assert.Equal(MemberPage.Empty.TotalCount, byOrg["org-none"].TotalCount);
        Assert.Empty(byOrg["org-none"].Members);

        var neighbours = await store.GetMemberPagesAsync(MemberScope.Neighbours, Sample.Members.Select(m => m.Id).ToArray(), new PageRequest(10));
        foreach (var m in Sample.Members)
        {
            Assert.Equal(DirectoryOrder(Sample.Members.Where(x => Neighbours(m.Id).Contains(x.Id))), Ids(neighbours[m.Id]));
            Assert.Equal(Neighbours(m.Id).Count, neighbours[m.Id].TotalCount);
        }

        var byTopic = await store.GetMemberPagesAsync(MemberScope.Topic, ["patient-safety", "pdsa"], new PageRequest(10));
        foreach (var topic in new[] { "patient-safety", "pdsa" })
        {
            var want = DirectoryOrder(Sample.Members.Where(m => m.Topics.Any(t => TopicAndNarrower(topic).Contains(t.TopicId))));
            Assert.Equal(want, Ids(byTopic[topic]));
            Assert.Equal(want.Length, byTopic[topic].TotalCount);
        }

        // The second page of one key's members continues after the cursor.
        var first = await store.GetMemberPagesAsync(MemberScope.Neighbours, ["m-3"], new PageRequest(2));
        var second = await store.GetMemberPagesAsync(MemberScope.Neighbours, ["m-3"], new PageRequest(2, MemberCursor.Of(first["m-3"].Members[^1])));
        Assert.Equal(DirectoryOrder(Sample.Members.Where(x => Neighbours("m-3").Contains(x.Id))), Ids(first["m-3"]).Concat(Ids(second["m-3"])));
        Assert.True(second["m-3"].HasPreviousPage);
        Assert.False(second["m-3"].HasNextPage);
        Assert.Equal(3, second["m-3"].TotalCount);
    }

    [SkippableFact]
    public async Task Two_hop_neighbours_exclude_the_member_and_their_ties_and_rank_by_mutual_connections()
    {
        var store = await SampleStoreAsync();
        foreach (var m in Sample.Members)
        {
            var direct = Neighbours(m.Id);
            var expected = direct.SelectMany(Neighbours).Where(x => x != m.Id && !direct.Contains(x))
                .GroupBy(x => x).Select(g => new TwoHopNeighbour(g.Key, g.Count()))
                .OrderByDescending(t => t.MutualConnections).ThenBy(t => t.MemberId, StringComparer.Ordinal).ToArray();
            Assert.Equal(expected, await store.GetTwoHopNeighboursAsync(m.Id, 10));
        }
        Assert.Equal([new TwoHopNeighbour("m-1", 1), new TwoHopNeighbour("m-2", 1)], await store.GetTwoHopNeighboursAsync("m-4", 10));
        Assert.Single(await store.GetTwoHopNeighboursAsync("m-4", 1));
    }

    [SkippableFact]
    public async Task Batched_reads_return_what_exists_and_skip_what_does_not()
    {
        var store = await SampleStoreAsync();

        Assert.Equal(["m-1", "m-3"], (await store.GetMembersAsync(["m-3", "m-1", "m-404"])).Keys.Order());
        Assert.Equal(["org-voice"], (await store.GetOrganisationsAsync(["org-voice", "nope"])).Keys);
        Assert.Equal("Sepsis", (await store.GetTopicsAsync(["sepsis"]))["sepsis"].Name);
        Assert.Empty(await store.GetMembersAsync([]));

        var projects = await store.GetProjectsOfMembersAsync(["m-1", "m-2", "m-3"]);
        Assert.Equal(["p-1"], projects["m-1"].Select(p => p.Id));
        Assert.Equal(["p-1"], projects["m-2"].Select(p => p.Id));
        Assert.Empty(projects["m-3"]);

        var resources = await store.GetResourcesOfAuthorsAsync(["m-6", "m-1", "m-2"]);
        Assert.Equal(["r-1"], resources["m-6"].Select(r => r.Id));
        Assert.Equal(["m-6", "m-1"], resources["m-1"].Single().Authors);
        Assert.Empty(resources["m-2"]);

        var narrower = await store.GetNarrowerTopicsAsync(["patient-safety", "deterioration", "sepsis"]);
        Assert.Equal(["deterioration"], narrower["patient-safety"].Select(t => t.Id));
        Assert.Equal(["sepsis"], narrower["deterioration"].Select(t => t.Id));
        Assert.Empty(narrower["sepsis"]);
    }

    [SkippableFact]
    public async Task Counts_and_health()
    {
        var store = await EmptyStoreAsync();
        Assert.Equal(new GraphCounts(0, 0, 0, 0, 0, 0), await store.CountAsync());
        Assert.True(await store.PingAsync());
        await Sample.LoadAsync(store);
        Assert.Equal(new GraphCounts(Sample.Organisations.Length, Sample.Topics.Length, Sample.Members.Length,
            Sample.Projects.Length, Sample.Resources.Length, Sample.Connections.Length), await store.CountAsync());
    }

    [SkippableFact]
    public async Task Lists_leave_out_members_whose_topics_or_ties_are_hidden_from_the_audience()
    {
        var store = await SampleStoreAsync();
        var hidden = new[]
        {
            Sample.Members.Single(m => m.Id == "m-6") with { Visibility = ProfileVisibility.Default with { Topics = Visibility.Private } },
            Sample.Members.Single(m => m.Id == "m-3") with { Visibility = ProfileVisibility.Default with { Connections = Visibility.Members } },
        };
        await store.ExecuteWriteAsync(async (w, ct) => { await w.UpsertMembersAsync(hidden, ct); return 0; });
        var everyone = Audience.Public;
        var members = new Audience(Visibility.Members, "m-1");
        var m6 = new Audience(Visibility.Public, "m-6");

        async Task<string[]> Sepsis(Audience a) => Ids(await store.FindMembersAsync(new(TopicId: "sepsis"), new PageRequest(10, For: a)));
        Assert.Equal(["m-1"], await Sepsis(everyone));
        Assert.Equal(["m-1"], await Sepsis(members)); // private is private, even to members
        Assert.Equal(["m-6", "m-1"], await Sepsis(m6)); // but never to the member themself
        var byTopic = await store.GetMemberPagesAsync(MemberScope.Topic, ["sepsis"], new PageRequest(10, For: everyone));
        Assert.Equal(["m-1"], Ids(byTopic["sepsis"]));
        Assert.Equal(1, byTopic["sepsis"].TotalCount);

        // "ids/total", so the count is checked against the same audience as the list.
        async Task<string> TiesOfM4(Audience a)
        {
            var page = (await store.GetMemberPagesAsync(MemberScope.Neighbours, ["m-4"], new PageRequest(10, For: a)))["m-4"];
            return $"{string.Join(",", Ids(page))}/{page.TotalCount}";
        }
        Assert.Equal("m-6/1", await TiesOfM4(everyone));
        Assert.Equal("m-6,m-3/2", await TiesOfM4(members));
        // Unfiltered lists (an organisation's members) are not affected.
        Assert.Equal(2, (await store.GetMemberPagesAsync(MemberScope.Organisation, ["org-cardiff"], new PageRequest(10)))["org-cardiff"].TotalCount);
    }

    [SkippableFact]
    public async Task A_cancelled_read_stops_with_OperationCanceledException()
    {
        var store = await SampleStoreAsync();
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => store.FindMembersAsync(MemberFilter.None, new PageRequest(10), cancelled.Token));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => store.GetMemberPagesAsync(MemberScope.Neighbours, ["m-1"], new PageRequest(10), cancelled.Token));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => store.GetMembersAsync(["m-1"], cancelled.Token));
    }
}
