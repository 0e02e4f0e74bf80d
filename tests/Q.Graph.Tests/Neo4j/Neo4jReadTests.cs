using Q.Core.Model;

namespace Q.Graph.Tests.Neo4j;

/// <summary>Reading the Query API's answers back into records, and streams that page.</summary>
public sealed class Neo4jReadTests
{
    [Fact]
    public async Task A_member_map_reads_back_with_its_lists_in_position_order()
    {
        var wire = new Wire();
        wire.Server.Answer(_ => QueryApiRecorder.Data(["m"], [[new Dictionary<string, object?>
        {
            ["id"] = "m-1", ["name"] = "Siobhán O'Neill", ["role"] = "frontline", ["organisationId"] = "org-leeds", ["region"] = null,
            ["headline"] = null, ["bio"] = "Sepsis nurse.", ["email"] = "s@example.org", ["phone"] = null, ["joined"] = "2015-06-01",
            ["visibility"] = """{"email":"members","phone":"private","bio":"public","headline":"public","topics":"public","connections":"public","employer":true}""",
            // Pattern comprehensions have no order: the adapter sorts by the stored position.
            ["topics"] = new object[] { new object[] { 1, "pdsa", "interest" }, new object[] { 0, "sepsis", "expert" } },
        }]]));
        await using var store = wire.Store();

        var m = (await store.GetMembersAsync(["m-1"]))["m-1"];

        Assert.Equal([new MemberTopic("sepsis", TopicLevel.Expert), new MemberTopic("pdsa", TopicLevel.Interest)], m.Topics);
        Assert.Equal(MemberRole.Frontline, m.Role);
        Assert.Equal(new DateOnly(2015, 6, 1), m.Joined);
        Assert.Equal(Visibility.Members, m.Visibility.Email);
        Assert.True(m.Visibility.Employer);
        Assert.Null(m.RegionId);
    }

    [Fact]
    public async Task Streams_page_through_the_graph_by_id_instead_of_asking_for_it_whole()
    {
        var wire = new Wire();
        var ids = new[] { "o-1", "o-2", "o-3", "o-4", "o-5" };
        wire.Server.Answer(r =>
        {
            var after = r.Parameters!["after"]?.GetValue<string>();
            var page = r.Parameters!["page"]!.GetValue<int>();
            var rows = ids.Where(id => after is null || string.CompareOrdinal(id, after) > 0).Take(page)
                .Select(id => new object?[] { new Dictionary<string, object?> { ["id"] = id, ["name"] = id.ToUpperInvariant() }, id }).ToArray();
            return QueryApiRecorder.Data(["o", "o.id"], rows);
        });
        await using var store = wire.Store(streamPage: 2);

        var read = new List<Organisation>();
        await foreach (var o in store.StreamOrganisationsAsync()) read.Add(o);

        Assert.Equal(ids, read.Select(o => o.Id));
        Assert.Equal([null, "o-2", "o-4"], wire.Server.Requests.Select(r => r.Parameters!["after"]?.GetValue<string>()));
        Assert.All(wire.Server.Requests, r => Assert.Equal(2, r.Parameters!["page"]!.GetValue<int>()));
    }
}
