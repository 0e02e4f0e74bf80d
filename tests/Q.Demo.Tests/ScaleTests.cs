using System.Diagnostics;

namespace Q.Demo.Tests;

public class ScaleTests
{
    [Fact]
    public void Fifty_thousand_members_generate_quickly_with_realistic_proportions()
    {
        var clock = Stopwatch.StartNew();
        var c = DemoCommunity.Generate(50_000, seed: 3);
        clock.Stop();
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"took {clock.Elapsed}");

        Assert.Equal(50_000, c.Members.Count);
        Assert.InRange(c.Members.Count / (double)c.Organisations.Count, 15, 25);
        Assert.InRange(c.Members.Count / (double)c.Projects.Count, 7, 9);
        Assert.InRange(c.Members.Count / (double)c.Resources.Count, 9, 11);
        Assert.InRange(2.0 * c.Connections.Count / c.Members.Count, 8, 12);
        Assert.Equal(c.Organisations.Count, c.Organisations.Select(o => o.Name).Distinct().Count());
    }
}
