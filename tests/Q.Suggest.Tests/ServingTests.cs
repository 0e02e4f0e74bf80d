using Q.Core.Model;
using Q.Core.Suggest;
using Q.Suggest;
using static Q.Suggest.Tests.Tiny;

namespace Q.Suggest.Tests;

/// <summary>Reasons (and what they hide), cold start and bridging, served by the engine with a heuristic scorer.</summary>
public sealed class ServingTests
{
    // me and cand share mutual friends f1, f2; both hold sepsis; cand works at me's organisation; cand is an SPC expert.
    private static Community Friends(ProfileVisibility? candVisibility = null) => Of(
        [M("me", "org", "london", Practitioner("sepsis"), Interest("spc")), M("f1"), M("f2"),
         M("cand", "org", "london", Practitioner("sepsis"), Expert("spc")) with { Visibility = candVisibility ?? ProfileVisibility.Default }],
        [T("me", "f1"), T("me", "f2"), T("cand", "f1"), T("cand", "f2")],
        [Org("org", OrganisationType.AcuteProvider)]);

    private static Suggestion For(Community c, Viewer viewer) =>
        Assert.Single(new SuggestionEngine(GraphView.Current(c), Heuristic.AdamicAdar).Suggest("me", 10, viewer), s => s.MemberId == "cand");

    [Fact]
    public void Reasons_cite_real_evidence()
    {
        var s = For(Friends(), Viewer.ForMember("me"));
        var mutual = Assert.Single(s.Reasons, r => r.Kind == ReasonKind.MutualConnections);
        Assert.Equal(["f1", "f2"], mutual.Evidence.Order(StringComparer.Ordinal));
        Assert.StartsWith("2 mutual connections: ", mutual.Text, StringComparison.Ordinal);
        Assert.Contains("Member F1", mutual.Text, StringComparison.Ordinal);
        Assert.Equal(["sepsis", "spc"], Assert.Single(s.Reasons, r => r.Kind == ReasonKind.SharedTopics).Evidence.Order(StringComparer.Ordinal));
        var expertise = Assert.Single(s.Reasons, r => r.Kind == ReasonKind.Expertise);
        Assert.Equal("an expert in SPC, which you are learning", expertise.Text);
        Assert.Equal(["org"], Assert.Single(s.Reasons, r => r.Kind == ReasonKind.SameOrganisation).Evidence);
    }

    [Fact]
    public void A_private_tie_is_never_cited_to_a_member_who_may_not_see_it()
    {
        var c = Friends(ProfileVisibility.Default with { Connections = Visibility.Private });
        Assert.DoesNotContain(For(c, Viewer.ForMember("me")).Reasons, r => r.Kind == ReasonKind.MutualConnections);
        // The candidate's own view and an administrator's still show it.
        Assert.Contains(For(c, Viewer.Administrator).Reasons, r => r.Kind == ReasonKind.MutualConnections);
        // Members-only ties: a member sees them, an anonymous caller does not.
        var membersOnly = Friends(ProfileVisibility.Default with { Connections = Visibility.Members });
        Assert.Contains(For(membersOnly, Viewer.ForMember("me")).Reasons, r => r.Kind == ReasonKind.MutualConnections);
        Assert.DoesNotContain(For(membersOnly, Viewer.Anonymous).Reasons, r => r.Kind == ReasonKind.MutualConnections);
    }

    [Fact]
    public void Members_only_topics_are_hidden_from_a_viewer_who_may_not_see_them()
    {
        var c = Friends(ProfileVisibility.Default with { Topics = Visibility.Members });
        Assert.Contains(For(c, Viewer.ForMember("me")).Reasons, r => r.Kind == ReasonKind.SharedTopics);
        var anonymous = For(c, Viewer.Anonymous).Reasons;
        Assert.DoesNotContain(anonymous, r => r.Kind is ReasonKind.SharedTopics or ReasonKind.Expertise);
        Assert.DoesNotContain(anonymous, r => r.Evidence.Contains("sepsis") || r.Evidence.Contains("spc"));
        var priv = Friends(ProfileVisibility.Default with { Topics = Visibility.Private });
        Assert.DoesNotContain(For(priv, Viewer.ForMember("me")).Reasons, r => r.Kind is ReasonKind.SharedTopics or ReasonKind.Expertise);
    }

    [Fact]
    public void A_member_without_ties_gets_topic_and_organisation_suggestions()
    {
        var c = Of(
            [M("new", "org", "london", Interest("spc")), M("colleague", "org"), M("expert", null, "leeds", Expert("spc")), M("x"), M("y")],
            [T("x", "y")]);
        var suggestions = new SuggestionEngine(GraphView.Current(c), Heuristic.AdamicAdar).Suggest("new", 10, Viewer.ForMember("new"));
        Assert.Equal(["colleague", "expert"], suggestions.Select(s => s.MemberId).Order(StringComparer.Ordinal));
        Assert.Contains(suggestions.Single(s => s.MemberId == "expert").Reasons, r => r.Kind == ReasonKind.Expertise);
        Assert.Contains(suggestions.Single(s => s.MemberId == "colleague").Reasons, r => r.Kind == ReasonKind.SameOrganisation);
    }

    [Fact]
    public void Bridging_puts_a_cross_region_suggestion_in_the_top_10_when_one_exists()
    {
        // me knows hub, who knows 12 Londoners (more mutual friends via hub2) and one Leeds member (hub only).
        var members = new List<Member> { M("me"), M("hub"), M("hub2"), M("leeds", null, "leeds") };
        var ties = new List<Connection> { T("me", "hub"), T("me", "hub2"), T("hub", "leeds") };
        for (var i = 0; i < 12; i++)
        {
            members.Add(M($"l{i:00}"));
            ties.Add(T("hub", $"l{i:00}"));
            ties.Add(T("hub2", $"l{i:00}"));
        }
        var engine = new SuggestionEngine(GraphView.Current(Of(members, ties)), Heuristic.CommonNeighbours);
        var top = engine.Suggest("me", 10, Viewer.ForMember("me"));
        Assert.Equal(10, top.Count);
        Assert.Equal("leeds", top[9].MemberId);
        Assert.Contains(top[9].Reasons, r => r.Kind == ReasonKind.Bridging && r.Evidence.Contains("leeds"));
        // Without the Leeds member, the top 10 is all London and nothing is lifted.
        var noBridge = new SuggestionEngine(GraphView.Current(Of(members.Where(m => m.Id != "leeds"), ties.Where(t => t.To != "leeds" && t.From != "leeds"))), Heuristic.CommonNeighbours);
        Assert.DoesNotContain(noBridge.Suggest("me", 10, Viewer.ForMember("me")), s => s.Reasons.Any(r => r.Kind == ReasonKind.Bridging));
    }

    [Fact]
    public void Dismissed_and_opted_out_members_are_never_served()
    {
        var c = Friends();
        var engine = new SuggestionEngine(GraphView.Current(c), Heuristic.AdamicAdar,
            new Exclusions(new HashSet<(string, string)> { ("me", "cand") }, new HashSet<string>()));
        Assert.DoesNotContain(engine.Suggest("me", 10, Viewer.ForMember("me")), s => s.MemberId == "cand");
    }
}
