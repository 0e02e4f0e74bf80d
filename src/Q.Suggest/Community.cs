using Q.Core.Model;
using Q.Core.Ports;

namespace Q.Suggest;

/// <summary>
/// The whole community held once in memory for suggestions: members by dense index, organisations, projects and
/// every tie. Graph views at a cut-off (<see cref="GraphView"/>) are built from it without copying records.
/// </summary>
public sealed class Community
{
    public IReadOnlyList<Member> Members { get; }
    public IReadOnlyDictionary<string, Organisation> Organisations { get; }
    public IReadOnlyList<Project> Projects { get; }
    public IReadOnlyList<Connection> Connections { get; }
    public IReadOnlyDictionary<string, Topic> Topics { get; }
    private readonly Dictionary<string, int> _index;

    public Community(IEnumerable<Member> members, IEnumerable<Organisation> organisations, IEnumerable<Project> projects,
        IEnumerable<Connection> connections, IEnumerable<Topic>? topics = null)
    {
        Members = members.ToArray();
        _index = new Dictionary<string, int>(Members.Count, StringComparer.Ordinal);
        for (var i = 0; i < Members.Count; i++) _index[Members[i].Id] = i;
        Organisations = organisations.ToDictionary(o => o.Id, StringComparer.Ordinal);
        Projects = projects.ToArray();
        Topics = (topics ?? []).ToDictionary(t => t.Id, StringComparer.Ordinal);
        // Only ties between known members, once each, in canonical order.
        var seen = new HashSet<(string, string)>();
        Connections = connections.Select(c => c.Canonical())
            .Where(c => c.From != c.To && _index.ContainsKey(c.From) && _index.ContainsKey(c.To) && seen.Add((c.From, c.To)))
            .ToArray();
    }

    public int Count => Members.Count;

    public bool TryGetIndex(string memberId, out int index) => _index.TryGetValue(memberId, out index);

    public int IndexOf(string memberId) =>
        _index.TryGetValue(memberId, out var i) ? i : throw new KeyNotFoundException($"no member '{memberId}'");

    public Organisation? OrganisationOf(int member) =>
        Members[member].OrganisationId is { } id && Organisations.TryGetValue(id, out var o) ? o : null;

    public string TopicName(string topicId) => Topics.TryGetValue(topicId, out var t) ? t.Name : topicId;

    /// <summary>Reads the whole graph through the store's streams.</summary>
    public static async Task<Community> LoadAsync(IGraphStore store, CancellationToken ct = default)
    {
        var members = new List<Member>();
        await foreach (var m in store.StreamMembersAsync(ct)) members.Add(m);
        var orgs = new List<Organisation>();
        await foreach (var o in store.StreamOrganisationsAsync(ct)) orgs.Add(o);
        var projects = new List<Project>();
        await foreach (var p in store.StreamProjectsAsync(ct)) projects.Add(p);
        var ties = new List<Connection>();
        await foreach (var c in store.StreamConnectionsAsync(ct)) ties.Add(c);
        var topics = new List<Topic>();
        await foreach (var t in store.StreamTopicsAsync(ct)) topics.Add(t);
        return new Community(members, orgs, projects, ties, topics);
    }
}
