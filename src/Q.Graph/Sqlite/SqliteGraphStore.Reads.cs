using System.Text.Json;
using Microsoft.Data.Sqlite;
using Q.Core.Model;
using Q.Core.Ports;

namespace Q.Graph.Sqlite;

// Batched reads by id: one query per call whatever the number of ids (they travel as one JSON parameter).
public sealed partial class SqliteGraphStore
{
    public Task<IReadOnlyDictionary<string, Member>> GetMembersAsync(IReadOnlyCollection<string> ids, CancellationToken ct = default) =>
        ById(ct, ids, $"SELECT {Rows.MemberColumns} FROM members m WHERE m.id IN (SELECT value FROM json_each($ids))",
            Rows.Member, m => m.Id, _memberCache);

    public Task<IReadOnlyDictionary<string, Organisation>> GetOrganisationsAsync(IReadOnlyCollection<string> ids, CancellationToken ct = default) =>
        ById(ct, ids, $"SELECT {Rows.OrganisationColumns} FROM organisations o WHERE o.id IN (SELECT value FROM json_each($ids))",
            Rows.Organisation, o => o.Id, _organisationCache);

    public Task<IReadOnlyDictionary<string, Topic>> GetTopicsAsync(IReadOnlyCollection<string> ids, CancellationToken ct = default) =>
        ById(ct, ids, $"SELECT {Rows.TopicColumns} FROM topics t WHERE t.id IN (SELECT value FROM json_each($ids))",
            Rows.Topic, t => t.Id, _topicCache);

    public Task<IReadOnlyDictionary<string, Project>> GetProjectsAsync(IReadOnlyCollection<string> ids, CancellationToken ct = default) =>
        ById(ct, ids, $"SELECT {Rows.ProjectColumns} FROM projects p WHERE p.id IN (SELECT value FROM json_each($ids))",
            Rows.Project, p => p.Id);

    public Task<IReadOnlyDictionary<string, Resource>> GetResourcesAsync(IReadOnlyCollection<string> ids, CancellationToken ct = default) =>
        ById(ct, ids, $"SELECT {Rows.ResourceColumns} FROM resources r WHERE r.id IN (SELECT value FROM json_each($ids))",
            Rows.Resource, r => r.Id);

    public Task<ILookup<string, Project>> GetProjectsOfMembersAsync(IReadOnlyCollection<string> memberIds, CancellationToken ct = default) =>
        Grouped(ct, memberIds, $"""
            SELECT pm.member_id, {Rows.ProjectColumns} FROM project_members pm JOIN projects p ON p.id = pm.project_id
            WHERE pm.member_id IN (SELECT value FROM json_each($ids))
            ORDER BY pm.member_id, p.started DESC, p.id
            """, Rows.Project);

    public Task<ILookup<string, Resource>> GetResourcesOfAuthorsAsync(IReadOnlyCollection<string> memberIds, CancellationToken ct = default) =>
        Grouped(ct, memberIds, $"""
            SELECT ra.member_id, {Rows.ResourceColumns} FROM resource_authors ra JOIN resources r ON r.id = ra.resource_id
            WHERE ra.member_id IN (SELECT value FROM json_each($ids))
            ORDER BY ra.member_id, r.published DESC, r.id
            """, Rows.Resource);

    public Task<ILookup<string, Topic>> GetNarrowerTopicsAsync(IReadOnlyCollection<string> topicIds, CancellationToken ct = default) =>
        Grouped(ct, topicIds, $"""
            SELECT t.broader_id, {Rows.TopicColumns} FROM topics t
            WHERE t.broader_id IN (SELECT value FROM json_each($ids)) ORDER BY t.broader_id, t.name
            """, Rows.Topic);

    public Task<IReadOnlySet<string>> FindExistingAsync(RecordKind kind, IReadOnlyCollection<string> ids, CancellationToken ct = default)
    {
        using var c = OpenRead();
        return Task.FromResult(Existing.Find(c, null, kind, ids));
    }

    public Task<IReadOnlyList<TwoHopNeighbour>> GetTwoHopNeighboursAsync(string memberId, int limit, CancellationToken ct = default)
    {
        using var c = OpenRead();
        using var query = new Prepared(c, null, """
            SELECT t2.dst, count(*) AS mutual FROM ties t1 JOIN ties t2 ON t2.src = t1.dst
            WHERE t1.src = $m AND t2.dst <> $m
              AND NOT EXISTS (SELECT 1 FROM ties x WHERE x.src = $m AND x.dst = t2.dst)
            GROUP BY t2.dst ORDER BY mutual DESC, t2.dst LIMIT $limit
            """);
        using var r = query.Read(memberId, limit);
        var result = new List<TwoHopNeighbour>();
        while (r.Read()) result.Add(new TwoHopNeighbour(r.GetString(0), r.GetInt32(1)));
        return Task.FromResult<IReadOnlyList<TwoHopNeighbour>>(result);
    }

    public Task<IReadOnlyList<Connection>> GetConnectionsOfAsync(string memberId, CancellationToken ct = default)
    {
        using var c = OpenRead();
        using var query = new Prepared(c, null, $"SELECT {Rows.ConnectionColumns} FROM ties c WHERE c.src = $m ORDER BY c.dst");
        using var r = query.Read(memberId);
        var result = new List<Connection>();
        while (r.Read()) result.Add(Rows.Connection(r).Canonical());
        return Task.FromResult<IReadOnlyList<Connection>>(result);
    }

    public Task<GraphCounts> CountAsync(CancellationToken ct = default)
    {
        using var c = OpenRead();
        using var query = new Prepared(c, null, """
            SELECT (SELECT count(*) FROM organisations), (SELECT count(*) FROM topics), (SELECT count(*) FROM members),
                   (SELECT count(*) FROM projects), (SELECT count(*) FROM resources), (SELECT count(*) FROM ties) / 2
            """);
        using var r = query.Read();
        r.Read();
        return Task.FromResult(new GraphCounts(r.GetInt32(0), r.GetInt32(1), r.GetInt32(2), r.GetInt32(3), r.GetInt32(4), r.GetInt32(5)));
    }

    private readonly RecordCache<Member> _memberCache = new();
    private readonly RecordCache<Organisation> _organisationCache = new();
    private readonly RecordCache<Topic> _topicCache = new();

    private void ForgetKeptRecords()
    {
        _memberCache.Clear();
        _organisationCache.Clear();
        _topicCache.Clear();
    }

    private Task<IReadOnlyDictionary<string, T>> ById<T>(
        CancellationToken ct, IReadOnlyCollection<string> ids, string sql, Func<SqliteDataReader, int, T> map, Func<T, string> key,
        RecordCache<T>? cache = null) where T : class
    {
        var result = new Dictionary<string, T>(ids.Count, StringComparer.Ordinal);
        if (ids.Count == 0) return Task.FromResult<IReadOnlyDictionary<string, T>>(result);
        if (_writer is null) throw NotInitialised();
        var kept = cache?.At(_changes.Version());
        var missing = ids;
        if (kept is not null)
        {
            var wanted = new List<string>();
            foreach (var id in ids)
                if (kept.TryGet(id, out var record)) result[id] = record;
                else wanted.Add(id);
            missing = wanted;
        }
        if (missing.Count > 0)
            Read(ct, c =>
            {
                using var query = new Prepared(c, null, sql);
                using var r = query.Read(JsonSerializer.Serialize(missing));
                while (r.Read())
                {
                    var item = map(r, 0);
                    result[key(item)] = item;
                    kept?.Keep(key(item), item);
                }
                return 0;
            });
        return Task.FromResult<IReadOnlyDictionary<string, T>>(result);
    }

    /// <summary>Rows whose first column is the group key and the rest the record.</summary>
    private Task<ILookup<string, T>> Grouped<T>(CancellationToken ct, IReadOnlyCollection<string> ids, string sql, Func<SqliteDataReader, int, T> map)
    {
        var rows = new List<(string Key, T Item)>();
        if (ids.Count > 0)
            Read(ct, c =>
            {
                using var query = new Prepared(c, null, sql);
                using var r = query.Read(JsonSerializer.Serialize(ids));
                while (r.Read()) rows.Add((r.GetString(0), map(r, 1)));
                return 0;
            });
        return Task.FromResult(rows.ToLookup(x => x.Key, x => x.Item, StringComparer.Ordinal));
    }
}
