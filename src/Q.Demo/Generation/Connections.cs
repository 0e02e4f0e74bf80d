using Q.Core.Model;

namespace Q.Demo.Generation;

/// <summary>
/// Builds the undirected ties. Each member has an activity drawn from a Pareto tail (a few hubs, many
/// quiet members; recent "dormant" joiners have none). Project teams are tied first; then, until the
/// community averages about ten ties each, an active member forms a tie by one of several mechanisms:
/// colleagues in the same organisation, people in the region who share a topic (the strongest homophily),
/// the region at large, a friend of a friend (triadic closure), a topic-mate anywhere, or a deliberately
/// cross-boundary contact. Partners are drawn in proportion to their own activity, so hubs attract ties.
/// </summary>
internal sealed class Connections(
    List<OrgInfo> orgs, List<MemberInfo> members, MemberIndex index, int topicCount, Rng rng, double averageDegree = Connections.TargetAverageDegree)
{
    public const double TargetAverageDegree = 10;
    private static readonly int Cutoff = new DateOnly(2026, 11, 1).DayNumber;

    private enum Mechanism { Organisation, RegionTopic, Region, Closure, Topic, CrossBoundary }

    private static readonly Mechanism[] Mechanisms =
        [Mechanism.Organisation, Mechanism.RegionTopic, Mechanism.Region, Mechanism.Closure, Mechanism.Topic, Mechanism.CrossBoundary];
    private static readonly double[] MechanismWeights = [28, 27, 13, 26, 3, 2.5];

    private readonly double[] activity = new double[members.Count];
    private readonly List<long>?[] adjacency = new List<long>?[members.Count]; // (neighbour << 32) | since day
    private readonly HashSet<long> pairs = []; // membership only: output order comes from the edge list
    private readonly List<(int Lo, int Hi, int Day, ConnectionSource Source)> edges = [];
    private readonly Dictionary<int, Sampler> samplers = []; // lookup only

    public List<Connection> Generate(IReadOnlyList<(Project Record, int[] Team)> projects)
    {
        for (var i = 0; i < members.Count; i++)
            activity[i] = members[i].Dormant ? 0 : Math.Min(40, 1 / Math.Sqrt(1 - rng.Unit())); // Pareto, alpha 2

        long n = members.Count;
        var target = (long)Math.Min(n * averageDegree / 2, n * (n - 1) / 2 * 0.4);

        foreach (var (project, team) in projects)
            TieProject(project, team);

        var everyone = new Sampler(Enumerable.Range(0, members.Count).ToArray(), activity);
        var byRegionTopic = RegionTopicGroups();

        // Only dormant recent joiners are isolates: anyone active has met at least one person at an event.
        for (var i = 0; i < members.Count; i++)
            for (var tries = 0; tries < 6 && activity[i] > 0 && adjacency[i] is null; tries++)
            {
                var (v, _) = tries % 2 == 0 ? RegionTopic(members[i], byRegionTopic) : (Group(1, members[i].Region, index.ByRegion[members[i].Region]), 0);
                if (v >= 0) Tie(i, v, 0, ConnectionSource.Event, rng.Unit() * 365);
            }
        for (long attempt = 0; edges.Count < target && attempt < target * 40; attempt++)
        {
            var u = everyone.Sample(rng);
            if (u < 0) break;
            var me = members[u];
            var mechanism = Mechanisms[rng.Weighted(MechanismWeights)];
            var (v, since) = mechanism switch
            {
                Mechanism.Organisation => (me.Org >= 0 ? Group(0, me.Org, index.ByOrg[me.Org]) : -1, 0),
                Mechanism.Region => (Group(1, me.Region, index.ByRegion[me.Region]), 0),
                Mechanism.RegionTopic => RegionTopic(me, byRegionTopic),
                Mechanism.Topic => (TopicMate(me), 0),
                Mechanism.Closure => FriendOfFriend(u),
                _ => (CrossBoundary(me, everyone), 0),
            };
            if (v < 0) continue;
            Tie(u, v, since, Source(mechanism), rng.Unit() * rng.Unit() * 1200);
        }

        edges.Sort((a, b) => a.Lo != b.Lo ? a.Lo.CompareTo(b.Lo) : a.Hi.CompareTo(b.Hi));
        return edges.Select(e => new Connection
        {
            From = members[e.Lo].Record.Id,
            To = members[e.Hi].Record.Id,
            Since = DateOnly.FromDayNumber(e.Day),
            Source = e.Source,
        }.Canonical()).ToList();
    }

    private void TieProject(Project project, int[] team)
    {
        var start = project.Started?.DayNumber ?? 0;
        for (var i = 0; i < team.Length; i++)
            for (var j = i + 1; j < team.Length; j++)
                // The lead knows everyone; other team members mostly know each other.
                if (i == 0 || rng.Chance(0.7))
                    Tie(team[i], team[j], start, ConnectionSource.Project, rng.Next(0, 150));
    }

    private void Tie(int a, int b, int notBefore, ConnectionSource source, double delayDays)
    {
        if (a == b || activity[a] == 0 || activity[b] == 0) return;
        var (lo, hi) = a < b ? (a, b) : (b, a);
        if (!pairs.Add(lo * (long)members.Count + hi)) return;
        var earliest = Math.Max(Math.Max(members[a].JoinedDay, members[b].JoinedDay), notBefore);
        var day = Math.Min(Cutoff, earliest + (int)delayDays);
        edges.Add((lo, hi, day, source));
        (adjacency[a] ??= new List<long>(8)).Add(((long)b << 32) | (uint)day);
        (adjacency[b] ??= new List<long>(8)).Add(((long)a << 32) | (uint)day);
    }

    private (int, int) RegionTopic(MemberInfo me, int[][] groups)
    {
        var topic = me.Topics[rng.Next(me.Topics.Length)];
        var key = topic * Region.All.Count + me.Region;
        return (Group(2, key, groups[key]), 0);
    }

    private int TopicMate(MemberInfo me)
    {
        var topic = me.Topics[rng.Next(me.Topics.Length)];
        return Group(3, topic, index.ByTopic[topic]);
    }

    /// <summary>A neighbour's neighbour; the tie cannot predate the two ties that introduced them.</summary>
    private (int, int) FriendOfFriend(int u)
    {
        var mine = adjacency[u];
        if (mine is null || mine.Count == 0) return (-1, 0);
        var via = mine[rng.Next(mine.Count)];
        var theirs = adjacency[(int)(via >> 32)]!;
        var onward = theirs[rng.Next(theirs.Count)];
        return ((int)(onward >> 32), Math.Max((int)(uint)via, (int)(uint)onward));
    }

    /// <summary>Someone in another region and another kind of organisation: the bridges Q exists to build.</summary>
    private int CrossBoundary(MemberInfo me, Sampler everyone)
    {
        var myType = me.Org >= 0 ? (int)orgs[me.Org].Type : -1;
        for (var tries = 0; tries < 10; tries++)
        {
            var v = everyone.Sample(rng);
            var other = members[v];
            if (other.Region != me.Region && (other.Org >= 0 ? (int)orgs[other.Org].Type : -1) != myType) return v;
        }
        return -1;
    }

    private ConnectionSource Source(Mechanism m)
    {
        var x = rng.Unit();
        return m switch
        {
            Mechanism.Organisation => x < 0.6 ? ConnectionSource.Other : x < 0.85 ? ConnectionSource.Event : ConnectionSource.Suggestion,
            Mechanism.RegionTopic => x < 0.45 ? ConnectionSource.Event : x < 0.7 ? ConnectionSource.SwapShop : ConnectionSource.Other,
            Mechanism.Region => x < 0.55 ? ConnectionSource.Event : ConnectionSource.Other,
            Mechanism.Closure => x < 0.35 ? ConnectionSource.Suggestion : x < 0.6 ? ConnectionSource.Event : ConnectionSource.Other,
            Mechanism.Topic => x < 0.4 ? ConnectionSource.SwapShop : x < 0.8 ? ConnectionSource.Event : ConnectionSource.Suggestion,
            _ => x < 0.5 ? ConnectionSource.Event : x < 0.8 ? ConnectionSource.SwapShop : ConnectionSource.Suggestion,
        };
    }

    /// <summary>An activity-weighted draw from a group, building (and keeping) the group's table on first use.</summary>
    private int Group(int kind, int key, int[] group)
    {
        var id = key * 4 + kind;
        if (!samplers.TryGetValue(id, out var sampler)) samplers[id] = sampler = new Sampler(group, activity);
        return sampler.Sample(rng);
    }

    private int[][] RegionTopicGroups()
    {
        var regions = Region.All.Count;
        var lists = Enumerable.Range(0, topicCount * regions).Select(_ => new List<int>()).ToArray();
        foreach (var m in members)
            foreach (var t in m.Topics)
                lists[t * regions + m.Region].Add(m.Index);
        return lists.Select(l => l.ToArray()).ToArray();
    }

    private sealed class Sampler(int[] group, double[] activity)
    {
        private readonly WeightedTable table = new(group.Select(m => activity[m]).ToArray());

        public int Sample(Rng rng)
        {
            var k = table.Sample(rng);
            return k < 0 ? -1 : group[k];
        }
    }
}
