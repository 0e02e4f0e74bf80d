using Q.Core.Model;
using Q.Suggest;
using Q.Suggest.Features;

namespace Q.Suggest.Tests;

/// <summary>
/// The indexed candidate generator and feature vector give exactly what the plain definitions give, on every member
/// of the seeded demo community (with dismissals and opt-outs), so speeding them up changed no suggestion.
/// </summary>
public sealed class FastPathTests(DemoFixture demo) : IClassFixture<DemoFixture>
{
    [Fact]
    public void Candidates_and_features_equal_the_plain_definitions_for_every_member()
    {
        var split = TemporalSplit.Create(demo.Community);
        var members = demo.Community.Members;
        var exclusions = new Exclusions(
            Enumerable.Range(0, 300).Select(i => (members[i].Id, members[(i * 7 + 11) % members.Count].Id)).ToHashSet(),
            Enumerable.Range(0, 40).Select(i => members[i * 37].Id).ToHashSet(StringComparer.Ordinal));
        foreach (var g in new[] { split.TrainGraph, GraphView.Current(demo.Community) })
        {
            var pairs = 0;
            for (var u = 0; u < g.MemberCount; u++)
            {
                if (!g.Present[u]) continue;
                var fast = Candidates.For(g, u, null, exclusions);
                Assert.Equal(PlainCandidates(g, u, CandidateOptions.Default, exclusions), fast);
                foreach (var v in fast)
                {
                    Assert.Equal(PairFeatures.Reference(g, u, v), PairFeatures.Of(g, u, v));
                    pairs++;
                }
            }
            Assert.True(pairs > 100_000, $"only {pairs} pairs compared");
        }
    }

    /// <summary>The candidate generator as first written: dictionaries, LINQ ordering and string exclusions.</summary>
    private static int[] PlainCandidates(GraphView g, int u, CandidateOptions options, Exclusions exclusions)
    {
        var me = g.Member(u);
        bool Allowed(int v) => v != u && g.Present[v] && !g.Tied(u, v) && !exclusions.Excludes(me.Id, g.Member(v).Id);
        var chosen = new HashSet<int>();
        var order = new List<int>();
        void Take(IEnumerable<(int V, double Weight)> scored, int limit)
        {
            foreach (var (v, _) in scored.Where(x => Allowed(x.V)).OrderByDescending(x => x.Weight).ThenBy(x => x.V).Take(limit))
                if (chosen.Add(v)) order.Add(v);
        }
        var twoHop = new Dictionary<int, double>();
        foreach (var w in g.Adjacency[u])
            foreach (var v in g.Adjacency[w]) twoHop[v] = twoHop.GetValueOrDefault(v) + 1;
        Take(twoHop.Select(p => (p.Key, p.Value)), options.TwoHop);
        var topical = new Dictionary<int, double>();
        foreach (var t in me.Topics.Select(t => t.TopicId).Distinct(StringComparer.Ordinal))
            if (g.TopicMembers.TryGetValue(t, out var holders))
                foreach (var v in holders) topical[v] = topical.GetValueOrDefault(v) + g.TopicIdf[t];
        Take(topical.Select(p => (p.Key, p.Value)), options.SharedTopics);
        if (me.OrganisationId is { } org && g.OrganisationMembers.TryGetValue(org, out var colleagues))
            Take(colleagues.Select(v => (v, topical.GetValueOrDefault(v))), options.Organisation);
        var teamMates = new Dictionary<int, double>();
        foreach (var p in g.ProjectsOf[u])
            foreach (var v in g.ProjectMembers[p]) teamMates[v] = teamMates.GetValueOrDefault(v) + 1;
        Take(teamMates.Select(p => (p.Key, p.Value)), options.Projects);
        var complementary = new Dictionary<int, double>();
        foreach (var mt in me.Topics)
        {
            var wanted = mt.Level switch { TopicLevel.Interest => TopicLevel.Expert, TopicLevel.Expert => TopicLevel.Interest, _ => (TopicLevel?)null };
            if (wanted is null || !g.TopicMembers.TryGetValue(mt.TopicId, out var holders)) continue;
            foreach (var v in holders)
                if (g.Member(v).Topics.Any(t => t.TopicId == mt.TopicId && t.Level == wanted))
                    complementary[v] = complementary.GetValueOrDefault(v) + g.TopicIdf[mt.TopicId];
        }
        Take(complementary.Select(p => (p.Key, p.Value)), options.Expertise);
        return [.. order];
    }
}
