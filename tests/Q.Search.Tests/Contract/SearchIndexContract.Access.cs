using Q.Core.Model;
using Q.Core.Ports;
using Q.Core.Search;
using static Q.Search.Tests.Contract.Docs;

namespace Q.Search.Tests.Contract;

public abstract partial class SearchIndexContract<TFixture>
{
    private Task<ISearchIndex> MembersOnlyIndexAsync() => IndexWithAsync(
        Up(Person("hidden", "Harriet Hidden", bio: "Runs zebrafish trials", bioVisibility: Visibility.Members, region: "wessex",
            topics: [Topic("t-secret", "Quokka care", TopicLevel.Expert)], topicsVisibility: Visibility.Members)),
        Up(Person("open", "Oliver Open", bio: "Public work on falls", region: "wessex",
            topics: [Topic("t-falls", "Falls", TopicLevel.Expert)])));

    [SkippableFact]
    public async Task Members_only_text_is_not_matched_for_the_public()
    {
        var index = await MembersOnlyIndexAsync();
        foreach (var plan in new[] { Plan("zebrafish"), Plan("quokka"), Plan("zebrafish", "harriet") })
        {
            var page = await People(index, plan);
            Assert.DoesNotContain(page.Hits, h => h.Reasons.Any(r => r.Contains("zebrafish", StringComparison.OrdinalIgnoreCase) || r.Contains("Quokka", StringComparison.Ordinal)));
            Assert.DoesNotContain(page.Hits, h => h.Highlights.Any(x => x.Field is "bio" or "topics"));
        }
        Assert.Equal(0, (await People(index, Plan("zebrafish"))).TotalCount);
        Assert.Equal(0, (await People(index, Plan("quokka"))).TotalCount);
    }

    [SkippableFact]
    public async Task Members_only_text_is_matched_highlighted_and_given_as_a_reason_for_members()
    {
        var index = await MembersOnlyIndexAsync();
        var page = await People(index, Plan("zebrafish"), Members);
        var hit = Assert.Single(page.Hits);
        Assert.Equal("hidden", hit.Id);
        Assert.Equal(1, page.TotalCount);
        var bio = Assert.Single(hit.Highlights, h => h.Field == "bio");
        Assert.Contains(bio.Fragments, f => f.Contains("<em>zebrafish</em>", StringComparison.Ordinal));
        Assert.Contains("\"zebrafish\" in bio", hit.Reasons);

        var topic = Assert.Single((await People(index, Plan("quokka"), Members)).Hits);
        Assert.Contains("expert in Quokka care", topic.Reasons);
    }

    [SkippableFact]
    public async Task A_member_finds_their_own_members_only_text_and_only_their_own()
    {
        var index = await MembersOnlyIndexAsync();
        Assert.Equal(["hidden"], Ids(await People(index, Plan("zebrafish"), new Audience(Visibility.Public, "hidden"))));
        Assert.Empty(Ids(await People(index, Plan("zebrafish"), new Audience(Visibility.Public, "open"))));
    }

    [SkippableFact]
    public async Task Members_only_topics_are_counted_and_filtered_only_for_members()
    {
        var index = await MembersOnlyIndexAsync();
        var forPublic = await People(index, QueryPlan.Empty);
        Assert.Equal(0, Count(forPublic.Facets.Topic, "t-secret"));
        Assert.Equal(1, Count(forPublic.Facets.Topic, "t-falls"));
        Assert.Equal(0, (await People(index, QueryPlan.Empty, filter: new MemberFilter(TopicId: "t-secret"))).TotalCount);

        var forMembers = await People(index, QueryPlan.Empty, Members);
        Assert.Equal(1, Count(forMembers.Facets.Topic, "t-secret"));
        Assert.Equal("Quokka care", forMembers.Facets.Topic.Single(v => v.Value == "t-secret").Label);
        Assert.Equal(["hidden"], Ids(await People(index, QueryPlan.Empty, Members, new MemberFilter(TopicId: "t-secret"))));

        var self = await People(index, QueryPlan.Empty, new Audience(Visibility.Public, "hidden"));
        Assert.Equal(1, Count(self.Facets.Topic, "t-secret"));
    }
}
