using System.Text.Json;

namespace Q.Demo.Tests;

public class DeterminismTests
{
    // Records hold lists, whose equality is by reference, so compare a full serialisation instead.
    private static List<string> Serialise(DemoCommunity c) =>
        c.Records().Select(r => r.GetType().Name + JsonSerializer.Serialize(r, r.GetType())).ToList();

    [Fact]
    public void Same_members_and_seed_give_identical_records()
    {
        var first = Serialise(DemoCommunity.Generate(800, seed: 7));
        var second = Serialise(DemoCommunity.Generate(800, seed: 7));
        Assert.Equal(first, second);
    }

    [Fact]
    public void Different_seeds_give_different_communities()
    {
        var a = DemoCommunity.Generate(800, seed: 1);
        var b = DemoCommunity.Generate(800, seed: 2);
        Assert.NotEqual(a.Members.Select(m => m.Name), b.Members.Select(m => m.Name));
        Assert.NotEqual(a.Connections.Select(t => t.From + t.To), b.Connections.Select(t => t.From + t.To));
    }

    [Fact]
    public void Records_come_in_dependency_order()
    {
        var kinds = Shared.Community.Records().Select(r => r.GetType().Name).Distinct().ToList();
        Assert.Equal(["Organisation", "Topic", "Member", "Project", "Resource", "Connection"], kinds);
        Assert.Equal(
            Shared.Community.Organisations.Count + Shared.Community.Topics.Count + Shared.Community.Members.Count +
            Shared.Community.Projects.Count + Shared.Community.Resources.Count + Shared.Community.Connections.Count,
            Shared.Community.Records().Count());
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    public void Fewer_than_one_member_is_rejected(int members) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => DemoCommunity.Generate(members));

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(30)]
    public void Tiny_communities_are_still_well_formed(int members)
    {
        var c = DemoCommunity.Generate(members);
        Assert.Equal(members, c.Members.Count);
        Assert.True(c.Organisations.Count >= 40);
        Assert.All(c.Connections, t => Assert.NotEqual(t.From, t.To));
    }
}
