using Q.Core.Model;

namespace Q.Demo.Tests;

public class NetworkTests
{
    private static readonly DemoCommunity C = Shared.Community;
    private static readonly Graph G = Shared.Graph;
    private static readonly DateOnly LastTie = new(2026, 11, 1);

    [Fact]
    public void Ties_are_canonical_distinct_and_never_self()
    {
        Assert.All(C.Connections, t =>
        {
            Assert.NotEqual(t.From, t.To);
            Assert.True(string.CompareOrdinal(t.From, t.To) < 0, $"{t.From}-{t.To} is not canonical");
            Assert.Equal(t, t.Canonical());
        });
        Assert.Equal(C.Connections.Count, C.Connections.Select(t => (t.From, t.To)).Distinct().Count());
    }

    [Fact]
    public void Ties_form_after_both_members_joined_and_before_the_cutoff()
    {
        var joined = C.Members.ToDictionary(m => m.Id, m => m.Joined!.Value);
        Assert.All(C.Connections, t =>
        {
            Assert.NotNull(t.Since);
            Assert.True(t.Since >= joined[t.From] && t.Since >= joined[t.To], $"{t.From}-{t.To} predates a join");
            Assert.True(t.Since <= LastTie);
        });
    }

    [Fact]
    public void Average_degree_is_about_ten_with_a_heavy_tail()
    {
        Assert.InRange(G.AverageDegree, 8, 12);
        var degrees = G.Neighbours.Select(n => n.Count).ToArray();
        Assert.True(degrees.Max() >= 4 * G.AverageDegree, $"max degree {degrees.Max()}");
        var isolates = degrees.Count(d => d == 0) / (double)degrees.Length;
        Assert.InRange(isolates, 0.01, 0.08);
    }

    [Fact]
    public void Isolates_are_recent_joiners()
    {
        var isolated = C.Members.Where((m, i) => G.Neighbours[i].Count == 0).ToList();
        Assert.All(isolated, m => Assert.True(m.Joined >= new DateOnly(2025, 1, 1), $"{m.Id} joined {m.Joined}"));
    }

    [Fact]
    public void Same_region_ties_far_exceed_random_pairing()
    {
        var share = C.Members.GroupBy(m => m.RegionId).Select(g => g.Count() / (double)C.Members.Count);
        var randomBaseline = share.Sum(p => p * p);
        var region = C.Members.ToDictionary(m => m.Id, m => m.RegionId);
        var observed = C.Connections.Count(t => region[t.From] == region[t.To]) / (double)C.Connections.Count;
        Assert.True(observed > 4 * randomBaseline, $"same-region {observed:P1} vs random {randomBaseline:P1}");
    }

    [Fact]
    public void Ties_cluster_far_more_than_a_random_graph()
    {
        var transitivity = G.Transitivity();
        Assert.True(transitivity > 10 * G.Density && transitivity > 0.05, $"transitivity {transitivity:F3}, density {G.Density:F4}");
    }

    [Fact]
    public void Some_ties_cross_both_region_and_organisation_type()
    {
        var orgType = C.Organisations.ToDictionary(o => o.Id, o => o.Type);
        var members = C.Members.ToDictionary(m => m.Id);
        OrganisationType? Type(Member m) => m.OrganisationId is null ? null : orgType[m.OrganisationId];
        var cross = C.Connections.Count(t =>
        {
            var (a, b) = (members[t.From], members[t.To]);
            return a.RegionId != b.RegionId && Type(a) != Type(b);
        }) / (double)C.Connections.Count;
        Assert.InRange(cross, 0.05, 0.25);
    }

    [Fact]
    public void Shared_topics_are_common_among_tied_members()
    {
        var topics = C.Members.ToDictionary(m => m.Id, m => m.Topics.Select(t => t.TopicId).ToHashSet());
        var tied = C.Connections.Count(t => topics[t.From].Overlaps(topics[t.To])) / (double)C.Connections.Count;
        // Baseline: consecutive members are effectively random pairs.
        var pairs = Enumerable.Range(0, C.Members.Count - 1).ToList();
        var random = pairs.Count(i => topics[C.Members[i].Id].Overlaps(topics[C.Members[i + 1].Id])) / (double)pairs.Count;
        Assert.True(tied > 1.3 * random, $"tied {tied:P0} vs random {random:P0}");
    }

    [Fact]
    public void Every_mechanism_contributes_ties()
    {
        var sources = C.Connections.Select(t => t.Source).ToHashSet();
        Assert.All(Enum.GetValues<ConnectionSource>(), s => Assert.Contains(s, sources));
        var project = C.Connections.Count(t => t.Source == ConnectionSource.Project) / (double)C.Connections.Count;
        Assert.InRange(project, 0.05, 0.4);
    }
}
