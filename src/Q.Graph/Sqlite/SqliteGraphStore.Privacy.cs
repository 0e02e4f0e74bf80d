using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Q.Core.Model;
using Q.Core.Ports;

namespace Q.Graph.Sqlite;

// Reads behind access control: skills counts that honour visibility, the employer view, audit and consents.
public sealed partial class SqliteGraphStore
{
    public Task<IReadOnlyDictionary<string, IReadOnlyList<SkillCount>>> GetOrganisationSkillsAsync(
        IReadOnlyCollection<string> organisationIds, Audience audience, CancellationToken ct = default)
    {
        var result = new Dictionary<string, List<SkillCount>>(StringComparer.Ordinal);
        if (organisationIds.Count > 0)
        {
            using var c = OpenRead();
            var args = new Dictionary<string, object?> { ["$keys"] = JsonSerializer.Serialize(organisationIds) };
            AddAudience(args, audience);
            using var r = Reader(c, $"""
                SELECT m.organisation_id, mt.topic_id, mt.level, count(*) FROM members m
                JOIN member_topics mt ON mt.member_id = m.id
                WHERE m.organisation_id IN (SELECT value FROM json_each($keys)) AND {Allows("topics")}
                GROUP BY m.organisation_id, mt.topic_id, mt.level ORDER BY m.organisation_id, mt.topic_id, mt.level
                """, args);
            while (r.Read())
            {
                if (!result.TryGetValue(r.GetString(0), out var list)) result[r.GetString(0)] = list = [];
                list.Add(new SkillCount(r.GetString(1), WireName<TopicLevel>.Parse(r.GetString(2)), r.GetInt32(3)));
            }
        }
        return Task.FromResult<IReadOnlyDictionary<string, IReadOnlyList<SkillCount>>>(
            result.ToDictionary(kv => kv.Key, kv => (IReadOnlyList<SkillCount>)kv.Value, StringComparer.Ordinal));
    }

    public Task<IReadOnlyList<Member>> GetMembersVisibleToEmployerAsync(string organisationId, CancellationToken ct = default)
    {
        using var c = OpenRead();
        using var query = new Prepared(c, null, $"""
            SELECT {Rows.MemberColumns} FROM members m
            WHERE m.organisation_id = $org AND json_extract(m.visibility, '$.employer') = 1
            ORDER BY m.sort_key, m.id
            """);
        using var r = query.Read(organisationId);
        var result = new List<Member>();
        while (r.Read()) result.Add(Rows.Member(r));
        return Task.FromResult<IReadOnlyList<Member>>(result);
    }

    public Task<IReadOnlyList<AuditEntry>> GetAuditAsync(string memberId, CancellationToken ct = default)
    {
        using var c = OpenRead();
        using var query = new Prepared(c, null, """
            SELECT at, actor, action, subject, detail FROM audit WHERE actor = $m OR subject = $m ORDER BY seq
            """);
        using var r = query.Read(memberId);
        var result = new List<AuditEntry>();
        while (r.Read())
            result.Add(new AuditEntry(Parse(r.GetString(0)), r.GetString(1), r.GetString(2),
                r.IsDBNull(3) ? null : r.GetString(3), r.IsDBNull(4) ? null : r.GetString(4)));
        return Task.FromResult<IReadOnlyList<AuditEntry>>(result);
    }

    public Task<IReadOnlyList<Consent>> GetConsentsAsync(string memberId, CancellationToken ct = default)
    {
        using var c = OpenRead();
        using var query = new Prepared(c, null, "SELECT member_id, setting, value, at FROM consents WHERE member_id = $m ORDER BY at, rowid");
        using var r = query.Read(memberId);
        var result = new List<Consent>();
        while (r.Read()) result.Add(new Consent(r.GetString(0), r.GetString(1), r.GetString(2), Parse(r.GetString(3))));
        return Task.FromResult<IReadOnlyList<Consent>>(result);
    }

    public Task<IReadOnlyList<Q.Core.Suggest.SuggestionEvent>> GetSuggestionEventsAsync(string? memberId, CancellationToken ct = default)
    {
        using var c = OpenRead();
        using var query = new Prepared(c, null, """
            SELECT member_id, other_id, kind, at FROM suggestion_events
            WHERE $m IS NULL OR member_id = $m OR other_id = $m ORDER BY seq
            """);
        using var r = query.Read(memberId);
        var result = new List<Q.Core.Suggest.SuggestionEvent>();
        while (r.Read())
            result.Add(new Q.Core.Suggest.SuggestionEvent(r.GetString(0), r.GetString(1),
                Enum.Parse<Q.Core.Suggest.SuggestionEventKind>(r.GetString(2), ignoreCase: true), Parse(r.GetString(3))));
        return Task.FromResult<IReadOnlyList<Q.Core.Suggest.SuggestionEvent>>(result);
    }

    /// <summary>
    /// After an erasure commits: copy the WAL into the database and truncate it to nothing, so the erased rows'
    /// old page images do not linger in graph.db-wal (secure_delete has already zeroed them in the database).
    /// Retried briefly because a reader still holding an old snapshot makes a checkpoint stop short.
    /// </summary>
    /// <returns>False when readers kept it busy: the caller tries again after its next write (and at start).</returns>
    private static bool ForgetErasedPages(SqliteConnection writer)
    {
        for (var attempt = 0; attempt < 50; attempt++)
        {
            using var cmd = writer.CreateCommand();
            cmd.CommandText = "PRAGMA wal_checkpoint(TRUNCATE)";
            using var r = cmd.ExecuteReader();
            if (r.Read() && r.GetInt32(0) == 0) return true; // busy = 0: the whole WAL was checkpointed and truncated
            Thread.Sleep(20);
        }
        return false;
    }

    private static DateTimeOffset Parse(string timestamp) =>
        DateTimeOffset.Parse(timestamp, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);
}
