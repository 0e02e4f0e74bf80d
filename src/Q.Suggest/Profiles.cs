using Q.Core.Model;

namespace Q.Suggest;

/// <summary>
/// Each member's profile attributes as small integers, built once per <see cref="GraphView"/>: the pair features
/// and the candidate generator compare ints and walk arrays instead of hashing strings and allocating LINQ
/// iterators for every pair (which was most of the time at 50,000 members).
/// </summary>
public sealed class Profiles
{
    /// <summary>Organisation, region and organisation type of each member as an index, -1 when unknown.</summary>
    public int[] Organisation { get; }
    public int[] Region { get; }
    public int[] OrganisationType { get; }
    /// <summary>Each member's topic entries (topic index, level) in profile order.</summary>
    public (int Topic, TopicLevel Level)[][] Topics { get; }
    /// <summary>Each member's distinct topic indices, in the order they first appear in the profile.</summary>
    public int[][] DistinctTopics { get; }
    /// <summary>The view's IDF of each topic index (0 for a topic no present member holds).</summary>
    public double[] TopicIdf { get; }
    /// <summary>Present members holding each topic (any level), and at the expert and interest levels (each member once).</summary>
    public int[][] TopicHolders { get; }
    public int[][] Experts { get; }
    public int[][] Learners { get; }
    /// <summary>Years of membership at the view's cut-off (<see cref="Features.Tenure"/>).</summary>
    public double[] TenureYears { get; }
    private readonly Dictionary<string, int> _topicIndex;

    public Profiles(GraphView g)
    {
        var members = g.Community.Members;
        var n = members.Count;
        var orgs = new Dictionary<string, int>(StringComparer.Ordinal);
        var regions = new Dictionary<string, int>(StringComparer.Ordinal);
        _topicIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        int Index(Dictionary<string, int> map, string? id) => id is null ? -1 : map.TryGetValue(id, out var i) ? i : map[id] = map.Count;

        Organisation = new int[n];
        Region = new int[n];
        OrganisationType = new int[n];
        Topics = new (int, TopicLevel)[n][];
        DistinctTopics = new int[n][];
        TenureYears = new double[n];
        for (var m = 0; m < n; m++)
        {
            var member = members[m];
            Organisation[m] = Index(orgs, member.OrganisationId);
            Region[m] = Index(regions, member.RegionId);
            OrganisationType[m] = g.Community.OrganisationOf(m)?.Type is { } type ? (int)type : -1;
            Topics[m] = member.Topics.Select(t => (Index(_topicIndex, t.TopicId), t.Level)).ToArray();
            DistinctTopics[m] = Topics[m].Select(t => t.Topic).Distinct().ToArray();
            TenureYears[m] = Features.Tenure.Years(g, m);
        }

        var topics = _topicIndex.Count;
        TopicIdf = new double[topics];
        foreach (var (id, t) in _topicIndex) TopicIdf[t] = g.TopicIdf.GetValueOrDefault(id);
        List<int>[] holders = New(topics), experts = New(topics), learners = New(topics);
        for (var m = 0; m < n; m++)
        {
            if (!g.Present[m]) continue;
            foreach (var t in DistinctTopics[m]) holders[t].Add(m);
            foreach (var t in Topics[m].Where(x => x.Level == TopicLevel.Expert).Select(x => x.Topic).Distinct()) experts[t].Add(m);
            foreach (var t in Topics[m].Where(x => x.Level == TopicLevel.Interest).Select(x => x.Topic).Distinct()) learners[t].Add(m);
        }
        TopicHolders = holders.Select(l => l.ToArray()).ToArray();
        Experts = experts.Select(l => l.ToArray()).ToArray();
        Learners = learners.Select(l => l.ToArray()).ToArray();
    }

    private static List<int>[] New(int count) => Enumerable.Range(0, count).Select(_ => new List<int>()).ToArray();
}
