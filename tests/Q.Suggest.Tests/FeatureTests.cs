using Q.Core.Model;
using Q.Suggest;
using Q.Suggest.Features;
using static Q.Suggest.Tests.Tiny;

namespace Q.Suggest.Tests;

public sealed class FeatureTests
{
    private static (GraphView G, int A, int B) Pair(Community c, string a = "a", string b = "b") =>
        (GraphView.Current(c), c.IndexOf(a), c.IndexOf(b));

    [Fact]
    public void Structural_features_of_a_pair_with_two_common_neighbours_of_degrees_2_and_4()
    {
        var (g, a, b) = Pair(Square());
        var s = Structural.Of(g, a, b);
        Assert.Equal(2, s.CommonNeighbours);
        Assert.Equal(1 / Math.Log(2) + 1 / Math.Log(4), s.AdamicAdar, 12);
        Assert.Equal(1 / 2.0 + 1 / 4.0, s.ResourceAllocation, 12);
        Assert.Equal(2 / 3.0, s.Jaccard, 12); // a: c, d, g; b: c, d
        Assert.Equal(3 * 2, s.PreferentialAttachment);
        var f = PairFeatures.Of(g, a, b);
        Assert.Equal((float)(1 / Math.Log(2) + 1 / Math.Log(4)), f[PairFeatures.AdamicAdar], 5);
        Assert.Equal(2, f[PairFeatures.CommonNeighbours]);
        Assert.Equal(PairFeatures.Count, f.Length);
    }

    [Fact]
    public void Topic_overlap_weighs_rare_topics_and_complementarity_pairs_interest_with_expertise()
    {
        // sepsis held by a, b (2 of 4 members); pdsa by everyone; spc: a learning, b expert.
        var c = Of(
            [M("a", null, "london", Practitioner("sepsis"), Practitioner("pdsa"), Interest("spc")),
             M("b", null, "london", Practitioner("sepsis"), Practitioner("pdsa"), Expert("spc")),
             M("c", null, "london", Practitioner("pdsa")), M("d", null, "london", Practitioner("pdsa"))], []);
        var (g, a, b) = Pair(c);
        double Idf(int holders) => Math.Log(4.0 / holders) + 1e-3;
        Assert.Equal(Idf(2) + Idf(4) + Idf(2), Topical.IdfOverlap(g, g.Member(a), g.Member(b)), 9);
        Assert.Equal(Idf(2), Topical.Complementarity(g, g.Member(a), g.Member(b)), 9);
        Assert.Equal([("spc", false)], Topical.Complementary(g.Member(a), g.Member(b)).ToList());
    }

    [Fact]
    public void Attributes_projects_text_and_tenure()
    {
        var orgs = new[] { Org("o1", OrganisationType.AcuteProvider), Org("o2", OrganisationType.AcuteProvider), Org("o3", OrganisationType.PrimaryCare) };
        var members = new[]
        {
            M("a", "o1") with { Role = MemberRole.Manager, Bio = "Leads sepsis improvement work", Joined = new DateOnly(2020, 1, 1) },
            M("b", "o1") with { Role = MemberRole.Manager, Bio = "Sepsis improvement in wards", Joined = new DateOnly(2022, 1, 1) },
            M("c", "o2", "leeds") with { Bio = "Gardening" },
            M("d", "o3"),
        };
        var project = new Project { Id = "p1", Title = "Sepsis six", Members = [new("a", ProjectRole.Lead), new("b", ProjectRole.Member)], Started = new DateOnly(2021, 1, 1) };
        var c = Of(members, [], orgs, [project]);
        var g = GraphView.Before(c, new DateOnly(2024, 1, 1));
        int a = c.IndexOf("a"), b = c.IndexOf("b"), cc = c.IndexOf("c"), d = c.IndexOf("d");
        Assert.True(Attributes.SameOrganisation(g, a, b));
        Assert.False(Attributes.SameOrganisation(g, a, cc));
        Assert.True(Attributes.SameOrganisationType(g, a, cc)); // both acute
        Assert.False(Attributes.SameOrganisationType(g, a, d));
        Assert.False(Attributes.SameRegion(g, a, cc));
        Assert.True(Attributes.SameRole(g, a, b));
        Assert.Single(Attributes.SharedProjects(g, a, b));
        Assert.True(g.Text.Cosine(a, b) > 0.1);
        Assert.Equal(0, g.Text.Cosine(a, cc));
        Assert.Equal(4.0, Tenure.Years(g, a), 1);
        Assert.Equal(2.0, Tenure.Years(g, b), 1);
        var f = PairFeatures.Of(g, a, b);
        Assert.Equal(2.0, f[13], 1);
        Assert.Equal(4.0, f[14], 1);
    }
}
