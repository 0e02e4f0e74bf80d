using Q.Core.Model;
using Q.Core.Ports;

namespace Q.Graph.Neo4j;

// Member pages in directory order (sortKey, then id), resumed after a cursor; counted and paged in one request.
// Statements are fixed texts: filters that are not given are null parameters, not missing text.
public sealed partial class Neo4jGraphStore
{
    /// <summary>The audience may see this part of m's profile (see <see cref="Audience.Allows"/>): its rank, or their own.</summary>
    private const string TopicsVisible = "(m.topicsRank <= $reach OR m.id = $self)";
    private const string ConnectionsVisible = "(m.connectionsRank <= $reach OR m.id = $self)";
    private const string AfterCursor = "($afterKey IS NULL OR m.sortKey > $afterKey OR (m.sortKey = $afterKey AND m.id > $afterId))";

    private const string Filter = $$"""
        ($org IS NULL OR m.organisationId = $org) AND ($region IS NULL OR m.region = $region) AND ($role IS NULL OR m.role = $role)
        AND ($topic IS NULL OR ({{TopicsVisible}} AND EXISTS { (m)-[:HAS_TOPIC]->(:Topic)-[:BROADER*0..]->(:Topic {id: $topic}) }))
        """;

    public async Task<MemberPage> FindMembersAsync(MemberFilter filter, PageRequest page, CancellationToken ct = default)
    {
        var args = PageArgs(page);
        args["org"] = filter.OrganisationId;
        args["region"] = filter.RegionId;
        args["role"] = filter.Role is { } role ? WireName<MemberRole>.Of(role) : null;
        args["topic"] = filter.TopicId;
        var row = (await ReadAsync($$"""
            CALL { MATCH (m:Member) WHERE {{Filter}} RETURN count(m) AS total }
            CALL { MATCH (m:Member) WHERE {{Filter}} AND {{AfterCursor}}
                   WITH m ORDER BY m.sortKey, m.id LIMIT $limit RETURN collect(m.id) AS ids }
            RETURN total, ids
            """, args, ct)).Rows[0];
        var ids = row[1].EnumerateArray().Select(x => x.GetString()!).ToList();
        var members = await GetMembersAsync(ids, ct);
        return Page(ids.Select(id => members[id]).ToList(), row[0].GetInt32(), page);
    }

    public async Task<IReadOnlyDictionary<string, MemberPage>> GetMemberPagesAsync(
        MemberScope scope, IReadOnlyCollection<string> keys, PageRequest page, CancellationToken ct = default)
    {
        var result = new Dictionary<string, MemberPage>(StringComparer.Ordinal);
        if (keys.Count == 0) return result;
        var (match, visible) = scope switch
        {
            MemberScope.Organisation => ("MATCH (m:Member {organisationId: k})", "true"),
            MemberScope.Neighbours => ("MATCH (:Member {id: k})-[:CONNECTED]-(m:Member)", ConnectionsVisible),
            // From the topic down its narrower topics to their holders: an index seek, not a scan of members.
            MemberScope.Topic => ("MATCH (:Topic {id: k})<-[:BROADER*0..]-(:Topic)<-[:HAS_TOPIC]-(m:Member) WITH DISTINCT k, m", TopicsVisible),
            _ => throw new ArgumentOutOfRangeException(nameof(scope)),
        };
        var args = PageArgs(page);
        args["keys"] = keys.Distinct().ToArray();
        var rows = (await ReadAsync($$"""
            UNWIND $keys AS k
            CALL { WITH k {{match}} WHERE {{visible}} RETURN count(m) AS total }
            CALL { WITH k {{match}} WHERE {{visible}} AND {{AfterCursor}}
                   WITH m ORDER BY m.sortKey, m.id LIMIT $limit RETURN collect(m.id) AS ids }
            RETURN k, total, ids
            """, args, ct)).Rows;
        var idsByKey = rows.ToDictionary(r => r[0].GetString()!, r => r[2].EnumerateArray().Select(x => x.GetString()!).ToList(), StringComparer.Ordinal);
        var totals = rows.ToDictionary(r => r[0].GetString()!, r => r[1].GetInt32(), StringComparer.Ordinal);
        var members = await GetMembersAsync(idsByKey.Values.SelectMany(v => v).Distinct().ToArray(), ct);
        foreach (var key in keys.Distinct())
        {
            var ids = idsByKey.GetValueOrDefault(key) ?? [];
            result[key] = Page(ids.Select(id => members[id]).ToList(), totals.GetValueOrDefault(key), page);
        }
        return result;
    }

    private static Dictionary<string, object?> PageArgs(PageRequest page) => new()
    {
        ["reach"] = (int)page.Audience.Reach,
        ["self"] = page.Audience.Self,
        ["afterKey"] = page.After?.SortKey,
        ["afterId"] = page.After?.Id,
        ["limit"] = page.First + 1,
    };

    /// <summary><paramref name="fetched"/> holds up to First + 1 members: the extra one only says there is a next page.</summary>
    private static MemberPage Page(List<Member> fetched, int total, PageRequest page)
    {
        var hasNext = fetched.Count > page.First;
        if (hasNext) fetched.RemoveRange(page.First, fetched.Count - page.First);
        return new MemberPage(fetched, total, hasNext, page.After is not null);
    }
}
