using Q.Core.Analytics;
using Q.Core.Model;
using Q.Core.Ports;
using Q.Graph.Analytics;
using Q.Graph.Tests.Sqlite;

namespace Q.Graph.Tests.Analytics;

/// <summary>
/// LoadAsync's filter semantics on a hand-made store (no Python): which members are in, which ties among them count.
///   m-a  region r1, frontline,  org o1 (acute provider), topic t1, joined 2020-01-01
///   m-b  region r1, manager,    org o2 (primary care),   topic t2, joined 2021-06-01
///   m-c  region r2, frontline,  no organisation,         no topic, no joined date
///   m-d  no region, researcher, org o1,                  topic t1, joined 2023-01-01
/// Ties: a–b 2020-05-01, a–c (no date), b–c 2022-01-01, c–d 2023-02-01, a–d 2023-06-01.
/// </summary>
public sealed class LoadFilterTests : IAsyncLifetime
{
    private readonly TempDirectory _folder = new();
    private IGraphStore _store = null!;

    public async Task InitializeAsync()
    {
        _store = await GraphStores.OpenAsync(new GraphStoreOptions { DataDirectory = _folder.Path });
        await _store.ExecuteWriteAsync(async (writer, ct) =>
        {
            await writer.UpsertOrganisationsAsync([
                new Organisation { Id = "o1", Name = "One", Type = OrganisationType.AcuteProvider },
                new Organisation { Id = "o2", Name = "Two", Type = OrganisationType.PrimaryCare }], ct);
            await writer.UpsertTopicsAsync([new Topic { Id = "t1", Name = "Sepsis" }, new Topic { Id = "t2", Name = "Falls" }], ct);
            await writer.UpsertMembersAsync([
                Member("m-d", null, MemberRole.Researcher, "o1", "t1", new DateOnly(2023, 1, 1)),
                Member("m-a", "r1", MemberRole.Frontline, "o1", "t1", new DateOnly(2020, 1, 1)),
                Member("m-b", "r1", MemberRole.Manager, "o2", "t2", new DateOnly(2021, 6, 1)),
                Member("m-c", "r2", MemberRole.Frontline, null, null, null)], ct);
            await writer.UpsertConnectionsAsync([
                Tie("m-a", "m-b", new DateOnly(2020, 5, 1)), Tie("m-a", "m-c", null), Tie("m-b", "m-c", new DateOnly(2022, 1, 1)),
                Tie("m-c", "m-d", new DateOnly(2023, 2, 1)), Tie("m-a", "m-d", new DateOnly(2023, 6, 1))], ct);
            return true;
        });
    }

    public async Task DisposeAsync()
    {
        await _store.DisposeAsync();
        _folder.Dispose();
    }

    private static Member Member(string id, string? region, MemberRole role, string? org, string? topic, DateOnly? joined) => new()
    {
        Id = id, Name = id.ToUpperInvariant(), RegionId = region, Role = role, OrganisationId = org, Joined = joined,
        Topics = topic is null ? [] : [new MemberTopic(topic, TopicLevel.Practitioner)],
    };

    private static Connection Tie(string from, string to, DateOnly? since) => new() { From = from, To = to, Since = since, Source = ConnectionSource.Event };

    public static TheoryData<string, string, string> Cases => new()
    {
        { "none", "a b c d", "a-b a-c a-d b-c c-d" },
        { "region r1", "a b", "a-b" },
        { "role frontline", "a c", "a-c" },
        { "organisation o1", "a d", "a-d" },
        { "organisation type acute", "a d", "a-d" },
        { "topic t1", "a d", "a-d" },
        { "joined from 2021", "b d", "" }, // m-c has no joined date: out of any cohort
        { "joined to 2021", "a b", "a-b" },
        { "as of 2022-06-01", "a b c", "a-b a-c b-c" }, // m-c (no date) in; tie a–c (no date) counts
        { "as of 2020-03-01", "a c", "a-c" },
        { "as of 2023-03-01", "a b c d", "a-b a-c b-c c-d" }, // a–d formed later
        { "region r1 as of 2020-12-31", "a", "" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Filter_selects_members_and_ties(string filterName, string members, string ties)
    {
        var filter = filterName switch
        {
            "none" => NetworkFilter.None,
            "region r1" => new NetworkFilter(RegionId: "r1"),
            "role frontline" => new NetworkFilter(Role: MemberRole.Frontline),
            "organisation o1" => new NetworkFilter(OrganisationId: "o1"),
            "organisation type acute" => new NetworkFilter(OrganisationType: OrganisationType.AcuteProvider),
            "topic t1" => new NetworkFilter(TopicId: "t1"),
            "joined from 2021" => new NetworkFilter(JoinedFrom: new DateOnly(2021, 1, 1)),
            "joined to 2021" => new NetworkFilter(JoinedTo: new DateOnly(2021, 12, 31)),
            "as of 2022-06-01" => new NetworkFilter(AsOf: new DateOnly(2022, 6, 1)),
            "as of 2020-03-01" => new NetworkFilter(AsOf: new DateOnly(2020, 3, 1)),
            "as of 2023-03-01" => new NetworkFilter(AsOf: new DateOnly(2023, 3, 1)),
            "region r1 as of 2020-12-31" => new NetworkFilter(RegionId: "r1", AsOf: new DateOnly(2020, 12, 31)),
            _ => throw new ArgumentOutOfRangeException(nameof(filterName)),
        };
        var network = await new NetworkAnalytics(_store, new AnalyticsOptions()).LoadAsync(filter);
        Assert.Equal(members, string.Join(' ', network.Members.Select(m => m.Id[2..])));
        Assert.Equal(ties, string.Join(' ', network.Ties.Select(t => $"{network.Members[t.A].Id[2..]}-{network.Members[t.B].Id[2..]}")));
    }

    [Fact]
    public async Task Members_carry_their_organisation_type_and_ties_their_dates()
    {
        var network = await new NetworkAnalytics(_store, new AnalyticsOptions()).LoadAsync(NetworkFilter.None);
        Assert.True(network.TryGetIndex("m-b", out var b));
        Assert.Equal(OrganisationType.PrimaryCare, network.Members[b].OrganisationType);
        Assert.True(network.TryGetIndex("m-c", out var c));
        Assert.Null(network.Members[c].OrganisationType);
        Assert.Equal([new DateOnly(2020, 5, 1), null], network.Ties.Where(t => t.A == 0).Take(2).Select(t => t.Since)); // a–b, a–c
        Assert.Equal([1, 2, 3], network.Neighbours(0).ToArray()); // m-a's neighbours, sorted
    }
}
