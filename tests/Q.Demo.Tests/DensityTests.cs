namespace Q.Demo.Tests;

public class DensityTests
{
    [Fact]
    public void Average_degree_knob_adds_ties_and_changes_nothing_else()
    {
        var usual = DemoCommunity.Generate(2_000, seed: 1);
        var dense = DemoCommunity.Generate(2_000, seed: 1, averageDegree: 20);

        Assert.InRange(2.0 * dense.Connections.Count / dense.Members.Count, 18, 20.5);
        Assert.True(dense.Connections.Count > 1.6 * usual.Connections.Count);
        // Ties are the last stage with their own random stream: members, projects and resources are untouched.
        Assert.Equal(usual.Members.Select(m => m.Id + m.Name), dense.Members.Select(m => m.Id + m.Name));
        Assert.Equal(usual.Projects.Select(p => p.Id + p.Title), dense.Projects.Select(p => p.Id + p.Title));
    }
}
