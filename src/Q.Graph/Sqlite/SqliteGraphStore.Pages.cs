using System.Text.Json;
using Microsoft.Data.Sqlite;
using Q.Core.Model;
using Q.Core.Ports;

namespace Q.Graph.Sqlite;

// Member pages in directory order (sort key, then id), resumed after a cursor by a row-value comparison
// that the (sort_key, id) indexes serve directly. SQL is built only from the constant fragments below.
public sealed partial class SqliteGraphStore
{
    /// <summary>A member's setting for one profile part, ranked like <see cref="Visibility"/> (public 0 … private 2).</summary>
    private static string Rank(string part) =>
        $"(CASE json_extract(m.visibility, '$.{part}') WHEN 'public' THEN 0 WHEN 'members' THEN 1 ELSE 2 END)";

    /// <summary>The audience may see this part of m's profile (see <see cref="Audience.Allows"/>).</summary>
    private static string Allows(string part) => $"({Rank(part)} <= $reach OR m.id = $self)";

    private static void AddAudience(Dictionary<string, object?> args, Audience audience)
    {
        args["$reach"] = (int)audience.Reach;
        args["$self"] = audience.Self;
    }

    private const string TopicTree =
        "tree(root, id) AS (SELECT value, value FROM json_each($keys) UNION SELECT tree.root, t.id FROM topics t JOIN tree ON t.broader_id = tree.id)";

    public async Task<MemberPage> FindMembersAsync(MemberFilter filter, PageRequest page, CancellationToken ct = default)
    {
        var conditions = new List<string>();
        var args = new Dictionary<string, object?>();
        if (filter.OrganisationId is { } org) Add("m.organisation_id = $org", "$org", org);
        if (filter.RegionId is { } region) Add("m.region = $region", "$region", region);
        if (filter.Role is { } role) Add("m.role = $role", "$role", WireName<MemberRole>.Of(role));
        if (filter.TopicId is { } topic)
        {
            Add("m.id IN (SELECT mt.member_id FROM member_topics mt WHERE mt.topic_id IN (SELECT id FROM tree))",
                "$keys", JsonSerializer.Serialize(new[] { topic }));
            conditions.Add(Allows("topics"));
            AddAudience(args, page.Audience);
        }
        var with = filter.TopicId is null ? "" : $"WITH RECURSIVE {TopicTree} ";
        var where = conditions.Count == 0 ? "" : "WHERE " + string.Join(" AND ", conditions);

        var ids = new List<string>();
        var total = Read(ct, c =>
        {
            var count = Convert.ToInt32(Scalar(c, $"{with}SELECT count(*) FROM members m {where}", args));
            if (page.After is { } after)
            {
                conditions.Add("(m.sort_key, m.id) > ($after_key, $after_id)");
                args["$after_key"] = after.SortKey;
                args["$after_id"] = after.Id;
                where = "WHERE " + string.Join(" AND ", conditions);
            }
            args["$limit"] = page.First + 1;
            using var r = Reader(c, $"{with}SELECT m.id FROM members m {where} ORDER BY m.sort_key, m.id LIMIT $limit", args);
            while (r.Read()) ids.Add(r.GetString(0));
            return count;
        });
        return await PageOf(ids, total, page, ct);

        void Add(string condition, string name, object value)
        {
            conditions.Add(condition);
            args[name] = value;
        }
    }

    public async Task<IReadOnlyDictionary<string, MemberPage>> GetMemberPagesAsync(
        MemberScope scope, IReadOnlyCollection<string> keys, PageRequest page, CancellationToken ct = default)
    {
        var result = new Dictionary<string, MemberPage>(StringComparer.Ordinal);
        if (keys.Count == 0) return result;
        var pairs = scope switch
        {
            MemberScope.Organisation =>
                "pairs(key, member_id) AS (SELECT m.organisation_id, m.id FROM members m WHERE m.organisation_id IN (SELECT value FROM json_each($keys)))",
            MemberScope.Neighbours =>
                "pairs(key, member_id) AS (SELECT t.src, t.dst FROM ties t WHERE t.src IN (SELECT value FROM json_each($keys)))",
            MemberScope.Topic =>
                $"{TopicTree}, pairs(key, member_id) AS (SELECT DISTINCT tree.root, mt.member_id FROM tree JOIN member_topics mt ON mt.topic_id = tree.id)",
            _ => throw new ArgumentOutOfRangeException(nameof(scope)),
        };
        var args = new Dictionary<string, object?> { ["$keys"] = JsonSerializer.Serialize(keys), ["$limit"] = page.First + 1 };
        AddAudience(args, page.Audience);
        var visible = scope switch
        {
            MemberScope.Topic => Allows("topics"),
            MemberScope.Neighbours => Allows("connections"),
            _ => "1",
        };
        var after = "";
        if (page.After is { } cursor)
        {
            after = "AND (m.sort_key, m.id) > ($after_key, $after_id)";
            args["$after_key"] = cursor.SortKey;
            args["$after_id"] = cursor.Id;
        }

        var totals = new Dictionary<string, int>(StringComparer.Ordinal);
        var idsByKey = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        Read(ct, c =>
        {
            using (var r = Reader(c, $"WITH RECURSIVE {pairs} SELECT p.key, count(*) FROM pairs p JOIN members m ON m.id = p.member_id WHERE {visible} GROUP BY p.key", args))
                while (r.Read()) totals[r.GetString(0)] = r.GetInt32(1);
            using (var r = Reader(c, $"""
                WITH RECURSIVE {pairs},
                ranked AS (SELECT p.key, m.id, ROW_NUMBER() OVER (PARTITION BY p.key ORDER BY m.sort_key, m.id) AS rn
                           FROM pairs p JOIN members m ON m.id = p.member_id WHERE {visible} {after})
                SELECT key, id FROM ranked WHERE rn <= $limit ORDER BY key, rn
                """, args))
            {
                while (r.Read())
                {
                    if (!idsByKey.TryGetValue(r.GetString(0), out var list)) idsByKey[r.GetString(0)] = list = [];
                    list.Add(r.GetString(1));
                }
            }
            return 0;
        });

        var members = await GetMembersAsync(idsByKey.Values.SelectMany(v => v).Distinct().ToArray(), ct);
        foreach (var key in keys.Distinct())
        {
            var ids = idsByKey.GetValueOrDefault(key) ?? [];
            result[key] = Page(ids.Select(id => members[id]).ToList(), totals.GetValueOrDefault(key), page);
        }
        return result;
    }

    private async Task<MemberPage> PageOf(List<string> ids, int total, PageRequest page, CancellationToken ct)
    {
        var members = await GetMembersAsync(ids, ct);
        return Page(ids.Select(id => members[id]).ToList(), total, page);
    }

    /// <summary><paramref name="fetched"/> holds up to First + 1 members: the extra one only says there is a next page.</summary>
    private static MemberPage Page(List<Member> fetched, int total, PageRequest page)
    {
        var hasNext = fetched.Count > page.First;
        if (hasNext) fetched.RemoveRange(page.First, fetched.Count - page.First);
        return new MemberPage(fetched, total, hasNext, page.After is not null);
    }

    private static SqliteDataReader Reader(SqliteConnection c, string sql, Dictionary<string, object?> args)
    {
        var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        foreach (var (name, value) in args)
            if (sql.Contains(name, StringComparison.Ordinal)) cmd.Parameters.AddWithValue(name, value ?? DBNull.Value);
        return cmd.ExecuteReader(System.Data.CommandBehavior.Default);
    }

    private static object? Scalar(SqliteConnection c, string sql, Dictionary<string, object?> args)
    {
        using var r = Reader(c, sql, args);
        return r.Read() ? r.GetValue(0) : null;
    }
}
