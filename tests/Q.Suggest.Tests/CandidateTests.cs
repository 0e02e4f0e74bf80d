using Q.Suggest;
using static Q.Suggest.Tests.Tiny;

namespace Q.Suggest.Tests;

public sealed class CandidateTests
{
    [Fact]
    public void Candidates_come_from_two_hops_topics_organisation_projects_and_expertise_and_never_self_ties_dismissed_or_opted_out()
    {
        var project = new Q.Core.Model.Project { Id = "p", Title = "P", Members = [new("me", Q.Core.Model.ProjectRole.Lead), new("teammate", Q.Core.Model.ProjectRole.Member)] };
        var c = Of(
            [M("me", "org", "london", Interest("spc"), Practitioner("sepsis")), M("friend"), M("fof"), M("topicmate", null, "leeds", Practitioner("sepsis")),
             M("colleague", "org"), M("teammate"), M("expert", null, "leeds", Expert("spc")), M("stranger", null, "leeds"),
             M("dismissed", "org"), M("optedout", "org")],
            [T("me", "friend"), T("friend", "fof"), T("friend", "dismissed")], projects: [project]);
        var g = GraphView.Current(c);
        var exclusions = new Exclusions(new HashSet<(string, string)> { ("me", "dismissed") }, new HashSet<string> { "optedout" });
        var ids = Candidates.For(g, c.IndexOf("me"), exclusions: exclusions).Select(i => c.Members[i].Id).ToHashSet();
        Assert.Equal(new HashSet<string> { "fof", "topicmate", "colleague", "teammate", "expert" }, ids);
        // Without the exclusions, the dismissed and opted-out members are candidates (so the test above means something).
        var all = Candidates.For(g, c.IndexOf("me")).Select(i => c.Members[i].Id).ToHashSet();
        Assert.Contains("dismissed", all);
        Assert.Contains("optedout", all);
        Assert.DoesNotContain("me", all);
        Assert.DoesNotContain("friend", all);
        Assert.DoesNotContain("stranger", all);
    }

    [Fact]
    public void Each_source_is_bounded()
    {
        var members = new List<Q.Core.Model.Member> { M("me", "org") };
        members.AddRange(Enumerable.Range(0, 100).Select(i => M($"c{i:000}", "org")));
        var g = GraphView.Current(Of(members, []));
        Assert.Equal(5, Candidates.For(g, 0, new CandidateOptions { Organisation = 5 }).Length);
    }
}
