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
/// The members worth scoring for one member: friends of friends (most mutual connections first), members sharing
/// topics (rarest shared topics first), organisation, projects, and experts in what the member is learning (and
/// learners of what the member is expert in). Each source is bounded; never the member, an existing tie, a member
/// not yet joined, a dismissed or an opted-out member.
/// </summary>
public static class Candidates
{
    public static int[] For(GraphView g, int u, CandidateOptions? options = null, Exclusions? exclusions = null)
    {
        options ??= CandidateOptions.Default;
        exclusions ??= Exclusions.None;
        var me = g.Member(u);
        bool Allowed(int v) => v != u && g.Present[v] && !g.Tied(u, v) && !exclusions.Excludes(me.Id, g.Member(v).Id);
        var chosen = new HashSet<int>();
        var order = new List<int>();
        void Take(IEnumerable<(int V, double Weight)> scored, int limit)
        {
            foreach (var (v, _) in scored.Where(x => Allowed(x.V)).OrderByDescending(x => x.Weight).ThenBy(x => x.V).Take(limit))
                if (chosen.Add(v)) order.Add(v);
        }

        var twoHop = new Dictionary<int, double>();
        foreach (var w in g.Adjacency[u])
            foreach (var v in g.Adjacency[w])
                twoHop[v] = twoHop.GetValueOrDefault(v) + 1;
        Take(twoHop.Select(p => (p.Key, p.Value)), options.TwoHop);

        var topical = new Dictionary<int, double>();
        foreach (var t in me.Topics.Select(t => t.TopicId).Distinct(StringComparer.Ordinal))
            if (g.TopicMembers.TryGetValue(t, out var holders))
                foreach (var v in holders) topical[v] = topical.GetValueOrDefault(v) + g.TopicIdf[t];
        Take(topical.Select(p => (p.Key, p.Value)), options.SharedTopics);

        if (me.OrganisationId is { } org && g.OrganisationMembers.TryGetValue(org, out var colleagues))
            Take(colleagues.Select(v => (v, topical.GetValueOrDefault(v))), options.Organisation);

        var teamMates = new Dictionary<int, double>();
        foreach (var p in g.ProjectsOf[u])
            foreach (var v in g.ProjectMembers[p]) teamMates[v] = teamMates.GetValueOrDefault(v) + 1;
        Take(teamMates.Select(p => (p.Key, p.Value)), options.Projects);

        var complementary = new Dictionary<int, double>();
        foreach (var mt in me.Topics)
        {
            var wanted = mt.Level switch { TopicLevel.Interest => TopicLevel.Expert, TopicLevel.Expert => TopicLevel.Interest, _ => (TopicLevel?)null };
            if (wanted is null || !g.TopicMembers.TryGetValue(mt.TopicId, out var holders)) continue;
            foreach (var v in holders)
                if (g.Member(v).Topics.Any(t => t.TopicId == mt.TopicId && t.Level == wanted))
                    complementary[v] = complementary.GetValueOrDefault(v) + g.TopicIdf[mt.TopicId];
        }
        Take(complementary.Select(p => (p.Key, p.Value)), options.Expertise);
        return [.. order];
    }
}
