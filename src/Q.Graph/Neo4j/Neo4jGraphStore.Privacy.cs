using Q.Core.Model;
using Q.Core.Ports;
using Q.Core.Suggest;

namespace Q.Graph.Neo4j;

// Reads behind access control: skills counts that honour visibility, the employer view, audit, consents, suggestion events.
public sealed partial class Neo4jGraphStore
{
    public async Task<IReadOnlyDictionary<string, IReadOnlyList<SkillCount>>> GetOrganisationSkillsAsync(
        IReadOnlyCollection<string> organisationIds, Audience audience, CancellationToken ct = default)
    {
        if (organisationIds.Count == 0) return new Dictionary<string, IReadOnlyList<SkillCount>>(StringComparer.Ordinal);
        var rows = (await ReadAsync($$"""
            UNWIND $keys AS k
            MATCH (m:Member {organisationId: k})-[h:HAS_TOPIC]->(t:Topic)
            WHERE {{TopicsVisible}}
            RETURN k, t.id AS topic, h.level AS level, count(*) AS members ORDER BY k, topic, level
            """, Args(("keys", organisationIds.Distinct().ToArray()), ("reach", (int)audience.Reach), ("self", audience.Self)), ct)).Rows;
        return rows.GroupBy(r => r[0].GetString()!, StringComparer.Ordinal).ToDictionary(
            g => g.Key,
            g => (IReadOnlyList<SkillCount>)g.Select(r => new SkillCount(r[1].GetString()!, WireName<TopicLevel>.Parse(r[2].GetString()!), r[3].GetInt32())).ToArray(),
            StringComparer.Ordinal);
    }

    public async Task<IReadOnlyList<Member>> GetMembersVisibleToEmployerAsync(string organisationId, CancellationToken ct = default)
    {
        var rows = (await ReadAsync($$"""
            MATCH (m:Member {organisationId: $org}) WHERE m.employer = true
            RETURN {{Projections.Member}} ORDER BY m.sortKey, m.id
            """, Args(("org", organisationId)), ct)).Rows;
        return rows.Select(r => Records.Member(r[0])).ToArray();
    }

    public async Task<IReadOnlyList<AuditEntry>> GetAuditAsync(string memberId, CancellationToken ct = default)
    {
        var rows = (await ReadAsync("""
            MATCH (a:AuditEntry) WHERE a.actor = $m OR a.subject = $m
            RETURN a.at, a.actor, a.action, a.subject, a.detail ORDER BY a.seq
            """, Args(("m", memberId)), ct)).Rows;
        return rows.Select(r => new AuditEntry(Records.ParseTimestamp(r[0].GetString()!), r[1].GetString()!, r[2].GetString()!,
            r[3].GetString(), r[4].GetString())).ToArray();
    }

    public async Task<IReadOnlyList<Consent>> GetConsentsAsync(string memberId, CancellationToken ct = default)
    {
        var rows = (await ReadAsync("""
            MATCH (c:Consent {memberId: $m}) RETURN c.memberId, c.setting, c.value, c.at ORDER BY c.at, c.seq
            """, Args(("m", memberId)), ct)).Rows;
        return rows.Select(r => new Consent(r[0].GetString()!, r[1].GetString()!, r[2].GetString()!, Records.ParseTimestamp(r[3].GetString()!))).ToArray();
    }

    public async Task<IReadOnlyList<SuggestionEvent>> GetSuggestionEventsAsync(string? memberId, CancellationToken ct = default)
    {
        var rows = (await ReadAsync("""
            MATCH (e:SuggestionEvent) WHERE $m IS NULL OR e.memberId = $m OR e.otherId = $m
            RETURN e.memberId, e.otherId, e.kind, e.at ORDER BY e.seq
            """, Args(("m", memberId)), ct)).Rows;
        return rows.Select(r => new SuggestionEvent(r[0].GetString()!, r[1].GetString()!,
            Enum.Parse<SuggestionEventKind>(r[2].GetString()!, ignoreCase: true), Records.ParseTimestamp(r[3].GetString()!))).ToArray();
    }
}
