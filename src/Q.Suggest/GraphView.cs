using Q.Core.Model;

namespace Q.Suggest;

/// <summary>
/// The community as it stood at a moment: the ties a predicate admits (those formed before the cut-off, for a
/// temporal split), the members who had joined, the projects that had started, and every index the candidates and
/// features need. Everything a feature reads comes from here, so a tie after the cut-off cannot reach a feature.
/// </summary>
public sealed class GraphView
{
    public Community Community { get; }
    public DateOnly? AsOf { get; }
    /// <summary>Sorted neighbour indices of each member.</summary>
    public int[][] Adjacency { get; }
    /// <summary>Whether the member had joined by <see cref="AsOf"/> (undated members always count).</summary>
    public bool[] Present { get; }
    /// <summary>Project indices of each member (projects started by <see cref="AsOf"/>, or undated).</summary>
    public int[][] ProjectsOf { get; }
    public int[][] ProjectMembers { get; }
    /// <summary>Members holding each topic (any level), by topic id.</summary>
    public IReadOnlyDictionary<string, int[]> TopicMembers { get; }
    /// <summary>ln(N / members holding the topic): rare topics weigh more.</summary>
    public IReadOnlyDictionary<string, double> TopicIdf { get; }
    public IReadOnlyDictionary<string, int[]> OrganisationMembers { get; }
    public TextVectors Text { get; }
    /// <summary>Profile attributes as indices, for the per-pair work.</summary>
    public Profiles Profiles { get; }

    public GraphView(Community community, Func<Connection, bool> includeTie, DateOnly? asOf)
    {
        Community = community;
        AsOf = asOf;
        var n = community.Count;
        Present = new bool[n];
        for (var i = 0; i < n; i++)
            Present[i] = asOf is null || community.Members[i].Joined is not { } j || j < asOf.Value;

        var lists = new List<int>?[n];
        foreach (var c in community.Connections)
        {
            if (!includeTie(c)) continue;
            int a = community.IndexOf(c.From), b = community.IndexOf(c.To);
            if (!Present[a] || !Present[b]) continue;
            (lists[a] ??= []).Add(b);
            (lists[b] ??= []).Add(a);
        }
        Adjacency = new int[n][];
        for (var i = 0; i < n; i++)
        {
            var arr = lists[i]?.ToArray() ?? [];
            Array.Sort(arr);
            Adjacency[i] = arr;
        }

        var projectLists = new List<int>?[n];
        var projectMembers = new int[community.Projects.Count][];
        for (var p = 0; p < community.Projects.Count; p++)
        {
            var project = community.Projects[p];
            var started = asOf is null || project.Started is not { } s || s < asOf.Value;
            var team = new List<int>();
            if (started)
                foreach (var pm in project.Members)
                    if (community.TryGetIndex(pm.MemberId, out var m) && Present[m])
                    {
                        team.Add(m);
                        (projectLists[m] ??= []).Add(p);
                    }
            projectMembers[p] = [.. team];
        }
        ProjectMembers = projectMembers;
        ProjectsOf = projectLists.Select(l => l?.ToArray() ?? []).ToArray();

        var topicMembers = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var orgMembers = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var present = 0;
        for (var i = 0; i < n; i++)
        {
            if (!Present[i]) continue;
            present++;
            var m = community.Members[i];
            foreach (var t in m.Topics.Select(t => t.TopicId).Distinct(StringComparer.Ordinal))
            {
                if (!topicMembers.TryGetValue(t, out var l)) topicMembers[t] = l = [];
                l.Add(i);
            }
            if (m.OrganisationId is { } o)
            {
                if (!orgMembers.TryGetValue(o, out var l)) orgMembers[o] = l = [];
                l.Add(i);
            }
        }
        TopicMembers = topicMembers.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
        TopicIdf = topicMembers.ToDictionary(p => p.Key, p => Math.Log(Math.Max(1, present) / (double)p.Value.Count) + 1e-3, StringComparer.Ordinal);
        OrganisationMembers = orgMembers.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
        Text = new TextVectors(community.Members, Present);
        Profiles = new Profiles(this);
    }

    /// <summary>Every tie, every member, every project: the graph suggestions are served from.</summary>
    public static GraphView Current(Community community) => new(community, _ => true, null);

    /// <summary>The graph before <paramref name="cutoff"/>: ties dated on or after it left out (undated ties always count).</summary>
    public static GraphView Before(Community community, DateOnly cutoff) =>
        new(community, c => c.Since is not { } s || s < cutoff, cutoff);

    public int Degree(int member) => Adjacency[member].Length;

    public bool Tied(int a, int b) => Array.BinarySearch(Adjacency[a], b) >= 0;

    public int MemberCount => Community.Count;

    public Member Member(int index) => Community.Members[index];
}
