using System.Text.Json;
using Q.Core.Model;
using Q.Core.Ports;

namespace Q.Graph.Neo4j;

// Batched reads by id: one request per call whatever the number of ids (they travel as one list parameter).
public sealed partial class Neo4jGraphStore
{
    public Task<IReadOnlyDictionary<string, Member>> GetMembersAsync(IReadOnlyCollection<string> ids, CancellationToken ct = default) =>
        ById(ids, $"UNWIND $ids AS id MATCH (m:Member {{id: id}}) RETURN {Projections.Member}", Records.Member, m => m.Id, ct);

    public Task<IReadOnlyDictionary<string, Organisation>> GetOrganisationsAsync(IReadOnlyCollection<string> ids, CancellationToken ct = default) =>
        ById(ids, $"UNWIND $ids AS id MATCH (o:Organisation {{id: id}}) RETURN {Projections.Organisation}", Records.Organisation, o => o.Id, ct);

    public Task<IReadOnlyDictionary<string, Topic>> GetTopicsAsync(IReadOnlyCollection<string> ids, CancellationToken ct = default) =>
        ById(ids, $"UNWIND $ids AS id MATCH (t:Topic {{id: id}}) RETURN {Projections.Topic}", Records.Topic, t => t.Id, ct);

    public Task<IReadOnlyDictionary<string, Project>> GetProjectsAsync(IReadOnlyCollection<string> ids, CancellationToken ct = default) =>
        ById(ids, $"UNWIND $ids AS id MATCH (p:Project {{id: id}}) RETURN {Projections.Project}", Records.Project, p => p.Id, ct);

    public Task<IReadOnlyDictionary<string, Resource>> GetResourcesAsync(IReadOnlyCollection<string> ids, CancellationToken ct = default) =>
        ById(ids, $"UNWIND $ids AS id MATCH (r:Resource {{id: id}}) RETURN {Projections.Resource}", Records.Resource, r => r.Id, ct);

    // Cypher sorts nulls last ascending but first descending; SQLite puts them last descending: coalesce to ''.
    public Task<ILookup<string, Project>> GetProjectsOfMembersAsync(IReadOnlyCollection<string> memberIds, CancellationToken ct = default) =>
        Grouped(memberIds, $$"""
            UNWIND $ids AS id MATCH (:Member {id: id})-[:MEMBER_OF_PROJECT]->(p:Project)
            RETURN id, {{Projections.Project}} ORDER BY id, coalesce(p.started, '') DESC, p.id
            """, Records.Project, ct);

    public Task<ILookup<string, Resource>> GetResourcesOfAuthorsAsync(IReadOnlyCollection<string> memberIds, CancellationToken ct = default) =>
        Grouped(memberIds, $$"""
            UNWIND $ids AS id MATCH (:Member {id: id})-[:AUTHORED]->(r:Resource)
            RETURN id, {{Projections.Resource}} ORDER BY id, coalesce(r.published, '') DESC, r.id
            """, Records.Resource, ct);

    public Task<ILookup<string, Topic>> GetNarrowerTopicsAsync(IReadOnlyCollection<string> topicIds, CancellationToken ct = default) =>
        Grouped(topicIds, $"UNWIND $ids AS id MATCH (t:Topic {{broaderId: id}}) RETURN id, {Projections.Topic} ORDER BY id, t.name", Records.Topic, ct);

    public async Task<IReadOnlySet<string>> FindExistingAsync(RecordKind kind, IReadOnlyCollection<string> ids, CancellationToken ct = default) =>
        ids.Count == 0 ? new HashSet<string>() : Existing.Found(await _api.RunAsync(Existing.Query(kind, ids), ct));

    public async Task<IReadOnlyList<TwoHopNeighbour>> GetTwoHopNeighboursAsync(string memberId, int limit, CancellationToken ct = default)
    {
        var result = await ReadAsync("""
            MATCH (me:Member {id: $m})-[:CONNECTED]-(:Member)-[:CONNECTED]-(y:Member)
            WHERE y.id <> $m AND NOT EXISTS { (me)-[:CONNECTED]-(y) }
            RETURN y.id AS id, count(*) AS mutual ORDER BY mutual DESC, id LIMIT $limit
            """, Args(("m", memberId), ("limit", limit)), ct);
        return result.Rows.Select(r => new TwoHopNeighbour(r[0].GetString()!, r[1].GetInt32())).ToArray();
    }

    public async Task<IReadOnlyList<Connection>> GetConnectionsOfAsync(string memberId, CancellationToken ct = default)
    {
        var result = await ReadAsync("""
            MATCH (me:Member {id: $m})-[c:CONNECTED]-(other:Member)
            RETURN startNode(c).id, endNode(c).id, c.since, c.source, other.id AS other ORDER BY other
            """, Args(("m", memberId)), ct);
        return result.Rows.Select(r => Records.Connection(r)).ToArray();
    }

    public async Task<GraphCounts> CountAsync(CancellationToken ct = default)
    {
        var r = (await ReadAsync("""
            CALL { MATCH (n:Organisation) RETURN count(n) AS organisations }
            CALL { MATCH (n:Topic) RETURN count(n) AS topics }
            CALL { MATCH (n:Member) RETURN count(n) AS members }
            CALL { MATCH (n:Project) RETURN count(n) AS projects }
            CALL { MATCH (n:Resource) RETURN count(n) AS resources }
            CALL { MATCH (:Member)-[c:CONNECTED]->(:Member) RETURN count(c) AS ties }
            RETURN organisations, topics, members, projects, resources, ties
            """, null, ct)).Rows[0];
        return new GraphCounts(r[0].GetInt32(), r[1].GetInt32(), r[2].GetInt32(), r[3].GetInt32(), r[4].GetInt32(), r[5].GetInt32());
    }

    private async Task<IReadOnlyDictionary<string, T>> ById<T>(
        IReadOnlyCollection<string> ids, string cypher, Func<JsonElement, T> map, Func<T, string> key, CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        var found = new Dictionary<string, T>(ids.Count, StringComparer.Ordinal);
        if (ids.Count == 0) return found;
        foreach (var row in (await ReadAsync(cypher, Args(("ids", ids.Distinct().ToArray())), ct)).Rows)
        {
            var item = map(row[0]);
            found[key(item)] = item;
        }
        return found;
    }

    /// <summary>Rows of the group key and the record's map.</summary>
    private async Task<ILookup<string, T>> Grouped<T>(IReadOnlyCollection<string> ids, string cypher, Func<JsonElement, T> map, CancellationToken ct)
    {
        if (ids.Count == 0) return Array.Empty<(string, T)>().ToLookup(x => x.Item1, x => x.Item2, StringComparer.Ordinal);
        var result = await ReadAsync(cypher, Args(("ids", ids.Distinct().ToArray())), ct);
        return result.Rows.Select(r => (Key: r[0].GetString()!, Item: map(r[1]))).ToLookup(x => x.Key, x => x.Item, StringComparer.Ordinal);
    }
}
