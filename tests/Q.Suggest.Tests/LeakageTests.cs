using Q.Core.Model;
using Q.Suggest;
using Q.Suggest.Features;
using static Q.Suggest.Tests.Tiny;

namespace Q.Suggest.Tests;

/// <summary>Nothing dated on or after the cut-off reaches a training feature.</summary>
public sealed class LeakageTests
{
    private static readonly DateOnly Cut = new(2024, 1, 1);

    [Fact]
    public void A_tie_dated_after_the_cut_off_never_changes_a_feature()
    {
        var ties = Square().Connections.Select(c => c with { Since = new DateOnly(2020, 1, 1) }).ToList();
        var members = Square().Members;
        var before = Of(members, ties);
        // Later ties: a direct a-b tie, another common neighbour e of a and b, and more ties for d.
        var after = Of(members, ties.Concat([T("a", "b", Cut), T("a", "e", Cut.AddDays(3)), T("b", "e", Cut.AddDays(9)), T("d", "g", Cut.AddYears(1))]));
        var g1 = GraphView.Before(before, Cut);
        var g2 = GraphView.Before(after, Cut);
        for (var x = 0; x < members.Count; x++)
            for (var y = 0; y < members.Count; y++)
                if (x != y) Assert.Equal(PairFeatures.Of(g1, x, y), PairFeatures.Of(g2, x, y));
        Assert.False(g2.Tied(after.IndexOf("a"), after.IndexOf("b")));
        Assert.True(GraphView.Current(after).Tied(after.IndexOf("a"), after.IndexOf("b")));
    }

    [Fact]
    public void Members_who_join_and_projects_that_start_after_the_cut_off_are_not_in_the_graph()
    {
        var project = new Project { Id = "p", Title = "Later", Started = Cut.AddDays(1), Members = [new("a", ProjectRole.Lead), new("b", ProjectRole.Member)] };
        var c = Of([M("a"), M("b"), M("late") with { Joined = Cut.AddDays(5) }], [T("a", "late", Cut.AddDays(10))], projects: [project]);
        var g = GraphView.Before(c, Cut);
        Assert.False(g.Present[c.IndexOf("late")]);
        Assert.Equal(0, PairFeatures.Of(g, c.IndexOf("a"), c.IndexOf("b"))[11]);
        Assert.DoesNotContain(c.IndexOf("late"), Candidates.For(g, c.IndexOf("a")));
    }

    [Fact]
    public void The_temporal_split_trains_on_earlier_ties_and_holds_out_later_ones()
    {
        var demo = Q.Demo.DemoCommunity.Generate(300, seed: 2);
        var c = new Community(demo.Members, demo.Organisations, demo.Projects, demo.Connections);
        var split = TemporalSplit.Create(c);
        Assert.False(split.Random);
        Assert.All(split.TrainPositives, t => Assert.True(t.Since >= split.TrainCut && t.Since < split.EvalCut));
        Assert.All(split.EvalPositives, t => Assert.True(t.Since >= split.EvalCut));
        var trainTies = split.TrainGraph.Adjacency.Sum(a => a.Length) / 2;
        Assert.Equal(c.Connections.Count(t => t.Since is null || t.Since < split.TrainCut), trainTies + c.Connections.Count(t => (t.Since is null || t.Since < split.TrainCut) && !(split.TrainGraph.Present[c.IndexOf(t.From)] && split.TrainGraph.Present[c.IndexOf(t.To)])));
    }

    [Fact]
    public void Without_dated_ties_the_split_is_random_and_says_so()
    {
        var demo = Q.Demo.DemoCommunity.Generate(300, seed: 2);
        var c = new Community(demo.Members, demo.Organisations, demo.Projects, demo.Connections.Select(t => t with { Since = null }));
        var split = TemporalSplit.Create(c);
        Assert.True(split.Random);
        Assert.StartsWith("random", split.Description, StringComparison.Ordinal);
        Assert.Empty(split.TrainPositives.Intersect(split.EvalPositives));
        Assert.NotEmpty(split.EvalPositives);
    }
}
