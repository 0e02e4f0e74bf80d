using Q.Core.Analytics;
using Q.Core.Interchange;
using Q.Core.Model;
using Q.Core.Ports;
using Q.Demo;
using Q.Graph.Analytics;
using Xunit.Abstractions;

namespace Q.Graph.Tests.Analytics;

/// <summary>
/// Seeded demo communities, imported into a temporary SQLite store through the real importer, with some joined and
/// tie dates removed so the "no date" rules are exercised. Each is written out raw; networkx builds the subgraph
/// from the same filter rules, and both the subgraph and every figure must agree.
/// </summary>
public sealed class DemoCommunityStores : IAsyncLifetime
{
    private readonly string _root = Directory.CreateTempSubdirectory("q-analytics-").FullName;
    private readonly Dictionary<int, Task<(IGraphStore, DemoCommunity)>> _stores = [];

    public Task<(IGraphStore Store, DemoCommunity Community)> GetAsync(int members)
    {
        lock (_stores)
        {
            if (!_stores.TryGetValue(members, out var task)) _stores[members] = task = CreateAsync(members);
            return task;
        }
    }

    private async Task<(IGraphStore, DemoCommunity)> CreateAsync(int size)
    {
        var generated = DemoCommunity.Generate(size, seed: 3);
        // Every 9th member without a joined date and every 5th tie without a date: both count as "always there".
        var community = generated with
        {
            Members = generated.Members.Select((m, i) => i % 9 == 4 ? m with { Joined = null } : m).ToArray(),
            Connections = generated.Connections.Select((c, i) => i % 5 == 2 ? c with { Since = null } : c).ToArray(),
        };
        var store = await GraphStores.OpenAsync(new GraphStoreOptions { DataDirectory = Path.Combine(_root, size.ToString(System.Globalization.CultureInfo.InvariantCulture)) });
        using var lines = new MemoryStream();
        await using (var writer = new RecordWriter(lines))
            foreach (var record in community.Records()) await writer.WriteAsync(record);
        lines.Position = 0;
        using var reader = new StreamReader(lines);
        var result = await new Importer(store).ImportAsync(reader, new ImportOptions(Strict: true));
        Assert.False(result.HasRejections, "the demo community imports cleanly");
        return (store, community);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var task in _stores.Values) await (await task).Item1.DisposeAsync();
        try { Directory.Delete(_root, recursive: true); } catch (IOException) { }
    }
}

public sealed class DemoCommunityTests(DemoCommunityStores stores, ITestOutputHelper output) : IClassFixture<DemoCommunityStores>
{
    [SkippableTheory]
    [InlineData(300, "none")]
    [InlineData(300, "cohort+topic")]
    [InlineData(2000, "none")]
    [InlineData(2000, "region")]
    [InlineData(2000, "as-of")]
    [InlineData(2000, "role+organisation-type")]
    public async Task Loaded_network_and_report_match_networkx(int size, string filterName)
    {
        Skip.If(NetworkXReference.SkipReason is not null, NetworkXReference.SkipReason);
        var (store, community) = await stores.GetAsync(size);
        var filter = FilterFor(filterName, community);
        var analytics = new NetworkAnalytics(store, new AnalyticsOptions());
        var network = await analytics.LoadAsync(filter);
        Assert.True(network.Count > 20 && network.Ties.Count > 20, $"filter {filterName} leaves too small a network to test ({network.Count} members)");
        var report = NetworkAnalytics.Report(network, filter, analytics.Options, DateTimeOffset.UtcNow);

        using var folder = new Sqlite.TempDirectory();
        var types = community.Organisations.ToDictionary(o => o.Id, o => o.Type);
        NetworkXReference.WriteNetwork(folder.Path,
            community.Members.Select(m => (new NetworkMember(m.Id, m.Name, m.RegionId, m.Role, m.OrganisationId,
                m.OrganisationId is { } o ? types[o] : null, m.Joined), m.Topics.Select(t => t.TopicId))),
            community.Connections.Select(c => (c.From, c.To, c.Since)));
        NetworkXReference.WriteFilter(folder.Path, filter);
        NetworkXReference.WriteReport(folder.Path, report, new { louvainSeed = analytics.Options.Seed });
        output.WriteLine($"{filterName}: {network.Count} members, {network.Ties.Count} ties");
        new ReportComparison(network, report, NetworkXReference.Analyse(folder.Path), output).AssertAll();
    }

    /// <summary>Filters chosen from the community itself, so each leaves a sizeable network.</summary>
    private static NetworkFilter FilterFor(string name, DemoCommunity community)
    {
        var joined = community.Members.Where(m => m.Joined is not null).Select(m => m.Joined!.Value).Order().ToArray();
        return name switch
        {
            "none" => NetworkFilter.None,
            "region" => new NetworkFilter(RegionId: MostCommon(community.Members.Select(m => m.RegionId))),
            "as-of" => new NetworkFilter(AsOf: joined[joined.Length * 2 / 3]),
            "cohort+topic" => new NetworkFilter(
                TopicId: MostCommon(community.Members.SelectMany(m => m.Topics).Select(t => t.TopicId)),
                JoinedFrom: joined[joined.Length / 10], JoinedTo: joined[joined.Length * 9 / 10]),
            "role+organisation-type" => new NetworkFilter(
                Role: MostCommonRole(community), OrganisationType: MostCommonType(community)),
            _ => throw new ArgumentOutOfRangeException(nameof(name)),
        };
    }

    private static string MostCommon(IEnumerable<string?> values) =>
        values.Where(v => v is not null).GroupBy(v => v!).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).First().Key;

    private static MemberRole MostCommonRole(DemoCommunity community) =>
        community.Members.GroupBy(m => m.Role).OrderByDescending(g => g.Count()).First().Key;

    private static OrganisationType MostCommonType(DemoCommunity community) =>
        community.Organisations.Where(o => o.Type is not null).GroupBy(o => o.Type!.Value).OrderByDescending(g => g.Count()).First().Key;
}
