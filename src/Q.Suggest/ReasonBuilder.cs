using Q.Core.Model;
using Q.Core.Suggest;
using Q.Suggest.Features;

namespace Q.Suggest;

/// <summary>
/// Explains a suggestion with evidence the viewer can check — and only evidence the viewer may see: a mutual
/// connection is cited only if the viewer may see both ties (their own ties always; others' by each end's
/// "connections" visibility), topics only if the viewer may see both members' topics. Projects, organisations and
/// regions are public. Everything goes through <see cref="Viewer.CanSee"/>, the one visibility seam.
/// </summary>
public sealed class ReasonBuilder(GraphView graph, Viewer viewer)
{
    private const int Named = 3;

    public IReadOnlyList<Reason> Build(int member, int candidate)
    {
        var me = graph.Member(member);
        var them = graph.Member(candidate);
        var reasons = new List<Reason>();

        var mutual = graph.Adjacency[member].Intersect(graph.Adjacency[candidate])
            .Where(w => TieVisible(member, w) && TieVisible(candidate, w))
            .OrderByDescending(graph.Degree).ThenBy(w => w).ToList();
        if (mutual.Count > 0)
        {
            var names = mutual.Take(Named).Select(w => graph.Member(w).Name).ToList();
            var more = mutual.Count > Named ? $" and {mutual.Count - Named} more" : "";
            var label = mutual.Count == 1 ? "1 mutual connection" : $"{mutual.Count} mutual connections";
            reasons.Add(new Reason(ReasonKind.MutualConnections, $"{label}: {string.Join(", ", names)}{more}",
                mutual.Select(w => graph.Member(w).Id).ToList()));
        }

        if (TopicsVisible(me) && TopicsVisible(them))
        {
            foreach (var (topic, iTeach) in Topical.Complementary(me, them).OrderByDescending(c => graph.TopicIdf.GetValueOrDefault(c.TopicId)).Take(1))
            {
                var name = graph.Community.TopicName(topic);
                reasons.Add(new Reason(ReasonKind.Expertise,
                    iTeach ? $"is learning {name}, in which you are an expert" : $"an expert in {name}, which you are learning", [topic]));
            }
            var shared = Topical.SharedTopics(me, them).OrderByDescending(t => graph.TopicIdf.GetValueOrDefault(t)).ThenBy(t => t, StringComparer.Ordinal).ToList();
            if (shared.Count > 0)
                reasons.Add(new Reason(ReasonKind.SharedTopics, $"you both work on {Join(shared.Take(Named).Select(graph.Community.TopicName).ToList())}", shared));
        }

        var projects = Attributes.SharedProjects(graph, member, candidate).Select(p => graph.Community.Projects[p]).ToList();
        if (projects.Count > 0)
            reasons.Add(new Reason(ReasonKind.SharedProject,
                projects.Count == 1 ? $"worked on the same project: {projects[0].Title}" : $"worked on {projects.Count} of the same projects, such as {projects[0].Title}",
                projects.Select(p => p.Id).ToList()));

        if (Attributes.SameOrganisation(graph, member, candidate))
        {
            var orgId = me.OrganisationId!;
            reasons.Add(new Reason(ReasonKind.SameOrganisation, $"also works at {graph.Community.OrganisationOf(member)?.Name ?? orgId}", [orgId]));
        }

        return reasons;
    }

    /// <summary>Why a cross-boundary suggestion was lifted into the top 10: its region or sector (both public).</summary>
    public Reason Bridging(int member, int candidate)
    {
        var me = graph.Member(member);
        var them = graph.Member(candidate);
        if (me.RegionId is not null && them.RegionId is not null && me.RegionId != them.RegionId)
            return new Reason(ReasonKind.Bridging, $"works in another region ({them.RegionId}): a contact beyond your own patch", [them.RegionId]);
        var org = graph.Community.OrganisationOf(candidate);
        return new Reason(ReasonKind.Bridging, $"works in another sector ({org?.Type}): a view from outside your own kind of organisation",
            org is null ? [] : [org.Id]);
    }

    public bool TieVisible(int a, int b)
    {
        Member x = graph.Member(a), y = graph.Member(b);
        if (viewer.IsAdmin || viewer.MemberId == x.Id || viewer.MemberId == y.Id) return true;
        return viewer.CanSee(x, x.Visibility.Connections) && viewer.CanSee(y, y.Visibility.Connections);
    }

    private bool TopicsVisible(Member m) => viewer.CanSee(m, m.Visibility.Topics);

    private static string Join(IReadOnlyList<string> items) =>
        items.Count <= 1 ? string.Concat(items) : $"{string.Join(", ", items.Take(items.Count - 1))} and {items[^1]}";
}
