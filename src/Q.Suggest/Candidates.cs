using Q.Core.Model;

namespace Q.Suggest;

/// <summary>How many candidates each source may contribute for one member.</summary>
public sealed record CandidateOptions
{
    public int TwoHop { get; init; } = 120;
    public int SharedTopics { get; init; } = 60;
    public int Organisation { get; init; } = 40;
    public int Projects { get; init; } = 40;
    public int Expertise { get; init; } = 30;
    public static CandidateOptions Default { get; } = new();
}

/// <summary>Members who must never be suggested to a member: dismissed by them, or opted out of suggestions altogether.</summary>
public sealed record Exclusions(IReadOnlySet<(string Member, string Dismissed)> Dismissed, IReadOnlySet<string> OptedOut)
{
    public static Exclusions None { get; } = new(new HashSet<(string, string)>(), new HashSet<string>(StringComparer.Ordinal));

    public bool Excludes(string member, string candidate) => OptedOut.Contains(candidate) || Dismissed.Contains((member, candidate));

    /// <summary>
    /// <paramref name="extra"/> plus what the store keeps: dismissals (suggestion events) and the members of
    /// <paramref name="community"/> whose <c>suggestionsOptOut</c> setting is on.
    /// </summary>
    public static async Task<Exclusions> StoredAsync(Q.Core.Ports.IGraphStore store, Community community, Exclusions? extra, CancellationToken ct)
    {
        extra ??= None;
        var optedOut = new HashSet<string>(extra.OptedOut, StringComparer.Ordinal);
        foreach (var m in community.Members) if (m.Visibility.SuggestionsOptOut) optedOut.Add(m.Id);
        var dismissed = new HashSet<(string, string)>(extra.Dismissed);
        foreach (var e in await store.GetSuggestionEventsAsync(null, ct))
            if (e.Kind == Q.Core.Suggest.SuggestionEventKind.Dismissed) dismissed.Add((e.MemberId, e.OtherId));
        return new Exclusions(dismissed, optedOut);
    }
}

/// <summary>
/// <see cref="Exclusions"/> by member index for one community: the candidate generator tests every member it
/// touches, and hashing (member id, candidate id) strings for thousands of them per member was its largest cost.
/// </summary>
public sealed class ExclusionIndex
{
    private readonly bool[] _optedOut;
    private readonly Dictionary<int, HashSet<int>> _dismissed = [];

    public ExclusionIndex(Community community, Exclusions exclusions)
    {
        _optedOut = new bool[community.Count];
        foreach (var id in exclusions.OptedOut)
            if (community.TryGetIndex(id, out var i)) _optedOut[i] = true;
        foreach (var (member, dismissed) in exclusions.Dismissed)
            if (community.TryGetIndex(member, out var m) && community.TryGetIndex(dismissed, out var d))
                (_dismissed.TryGetValue(m, out var set) ? set : _dismissed[m] = []).Add(d);
    }

    public bool Excludes(int member, int candidate) =>
        _optedOut[candidate] || (_dismissed.Count > 0 && _dismissed.TryGetValue(member, out var set) && set.Contains(candidate));
}

/// <summary>
/// The members worth scoring for one member: friends of friends (most mutual connections first), members sharing
/// topics (rarest shared topics first), organisation, projects, and experts in what the member is learning (and
/// learners of what the member is expert in). Each source is bounded; never the member, an existing tie, a member
/// not yet joined, a dismissed or an opted-out member. Equal weights go to the lower member index, so the choice is
/// deterministic. Weights are summed in per-thread arrays indexed by member and each source's best are kept by a
/// bounded insertion (no dictionary, no sort of every member touched).
/// </summary>
public static class Candidates
{
    public static int[] For(GraphView g, int u, CandidateOptions? options = null, Exclusions? exclusions = null) =>
        For(g, u, options, exclusions is null || (exclusions.OptedOut.Count == 0 && exclusions.Dismissed.Count == 0) ? null : new ExclusionIndex(g.Community, exclusions));

    public static int[] For(GraphView g, int u, CandidateOptions? options, ExclusionIndex? exclusions)
    {
        options ??= CandidateOptions.Default;
        var s = Scratch.For(g.MemberCount);
        s.Generation++;
        var order = new List<int>(options.TwoHop + options.SharedTopics + options.Organisation + options.Projects + options.Expertise);
        bool Allowed(int v) => v != u && g.Present[v] && !g.Tied(u, v) && exclusions?.Excludes(u, v) != true;
        void Take(Weights w, IEnumerable<int> members, int limit)
        {
            if (limit <= 0) return;
            var best = s.Best;
            var count = 0;
            foreach (var v in members)
            {
                var weight = w.Of(v);
                if (count == limit && !Before(weight, v, best[count - 1])) continue;
                if (!Allowed(v)) continue;
                var at = count < limit ? count++ : limit - 1;
                while (at > 0 && Before(weight, v, best[at - 1])) { best[at] = best[at - 1]; at--; }
                best[at] = (weight, v);
            }
            for (var i = 0; i < count; i++)
            {
                var v = best[i].Member;
                if (s.Chosen[v] != s.Generation) { s.Chosen[v] = s.Generation; order.Add(v); }
            }
        }
        s.EnsureBest(Math.Max(Math.Max(options.TwoHop, options.SharedTopics), Math.Max(options.Organisation, Math.Max(options.Projects, options.Expertise))));

        var twoHop = s.B;
        foreach (var w in g.Adjacency[u])
            foreach (var v in g.Adjacency[w]) twoHop.Add(v, 1);
        Take(twoHop, twoHop.Touched, options.TwoHop);
        twoHop.Clear();

        var p = g.Profiles;
        var topical = s.A;
        foreach (var t in p.DistinctTopics[u])
            foreach (var v in p.TopicHolders[t]) topical.Add(v, p.TopicIdf[t]);
        Take(topical, topical.Touched, options.SharedTopics);

        if (g.Member(u).OrganisationId is { } org && g.OrganisationMembers.TryGetValue(org, out var colleagues))
            Take(topical, colleagues, options.Organisation);
        topical.Clear();

        var teamMates = s.B;
        foreach (var project in g.ProjectsOf[u])
            foreach (var v in g.ProjectMembers[project]) teamMates.Add(v, 1);
        Take(teamMates, teamMates.Touched, options.Projects);
        teamMates.Clear();

        var complementary = s.B;
        foreach (var (t, level) in p.Topics[u])
        {
            var holders = level switch { TopicLevel.Interest => p.Experts[t], TopicLevel.Expert => p.Learners[t], _ => [] };
            foreach (var v in holders) complementary.Add(v, p.TopicIdf[t]);
        }
        Take(complementary, complementary.Touched, options.Expertise);
        complementary.Clear();
        return [.. order];
    }

    /// <summary>Higher weight first, then the lower member index.</summary>
    private static bool Before(double weight, int v, (double Weight, int Member) other) =>
        weight > other.Weight || (weight == other.Weight && v < other.Member);

    /// <summary>Summed weights by member index, and which members were touched (to clear only those).</summary>
    private sealed class Weights(int n)
    {
        private readonly double[] _weight = new double[n];
        public List<int> Touched { get; } = [];

        public void Add(int v, double w)
        {
            if (_weight[v] == 0) Touched.Add(v);
            _weight[v] += w;
        }

        public double Of(int v) => _weight[v];

        public void Clear()
        {
            foreach (var v in Touched) _weight[v] = 0;
            Touched.Clear();
        }
    }

    /// <summary>One thread's buffers, sized to the community (every weight added is positive, so 0 means untouched).</summary>
    private sealed class Scratch
    {
        [ThreadStatic] private static Scratch? _current;

        public Weights A { get; }
        public Weights B { get; }
        public int[] Chosen { get; }
        public int Generation { get; set; }
        public (double Weight, int Member)[] Best { get; private set; } = [];

        private Scratch(int n)
        {
            A = new Weights(n);
            B = new Weights(n);
            Chosen = new int[n];
        }

        public static Scratch For(int n) => _current is { } s && s.Chosen.Length == n ? s : _current = new Scratch(n);

        public void EnsureBest(int size)
        {
            if (Best.Length < size) Best = new (double, int)[size];
        }
    }
}
