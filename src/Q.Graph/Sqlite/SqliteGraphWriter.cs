using System.Text.Json;
using Microsoft.Data.Sqlite;
using Q.Core.Model;
using Q.Core.Ports;

namespace Q.Graph.Sqlite;

/// <summary>Writes inside one SQLite transaction. Each upsert replaces the record and its lists.</summary>
internal sealed partial class SqliteGraphWriter(SqliteConnection connection, SqliteTransaction transaction) : IGraphWriter
{
    public Task UpsertOrganisationsAsync(IReadOnlyCollection<Organisation> organisations, CancellationToken ct = default)
    {
        using var upsert = Prepare("""
            INSERT INTO organisations(id, name, type, region) VALUES ($id, $name, $type, $region)
            ON CONFLICT(id) DO UPDATE SET name = excluded.name, type = excluded.type, region = excluded.region
            """);
        // The organisation's name and type are in its members' documents.
        using var outbox = Prepare("INSERT INTO outbox(kind, id) SELECT 'person', id FROM members WHERE organisation_id = $org");
        foreach (var o in organisations)
        {
            upsert.Execute(o.Id, o.Name, o.Type is { } t ? WireName<OrganisationType>.Of(t) : null, o.RegionId);
            outbox.Execute(o.Id);
        }
        return Task.CompletedTask;
    }

    public Task UpsertTopicsAsync(IReadOnlyCollection<Topic> topics, CancellationToken ct = default)
    {
        using var upsert = Prepare("""
            INSERT INTO topics(id, name, synonyms, broader_id) VALUES ($id, $name, $synonyms, $broader)
            ON CONFLICT(id) DO UPDATE SET name = excluded.name, synonyms = excluded.synonyms, broader_id = excluded.broader_id
            """);
        // A topic's name and synonyms are in the documents of everyone and everything that holds it.
        using var outbox = Prepare("""
            INSERT INTO outbox(kind, id)
            SELECT 'person', member_id FROM member_topics WHERE topic_id = $t
            UNION ALL SELECT 'resource', resource_id FROM resource_topics WHERE topic_id = $t
            UNION ALL SELECT 'resource', 'project:' || project_id FROM project_topics WHERE topic_id = $t
            """);
        foreach (var t in topics)
        {
            upsert.Execute(t.Id, t.Name, JsonSerializer.Serialize(t.Synonyms), t.BroaderId);
            outbox.Execute(t.Id);
        }
        return Task.CompletedTask;
    }

    public Task UpsertMembersAsync(IReadOnlyCollection<Member> members, CancellationToken ct = default)
    {
        // updated: the caller's time if given; else now when the content (not the settings) differs from the stored
        // row or its topics, else the stored time — so replaying an import does not make every profile look fresh.
        using var upsert = Prepare("""
            INSERT INTO members(id, name, sort_key, role, organisation_id, region, headline, bio, email, phone, joined, visibility, updated)
            VALUES ($id, $name, $sort, $role, $org, $region, $headline, $bio, $email, $phone, $joined, $visibility, coalesce($updated, $now))
            ON CONFLICT(id) DO UPDATE SET name = excluded.name, sort_key = excluded.sort_key, role = excluded.role,
                organisation_id = excluded.organisation_id, region = excluded.region, headline = excluded.headline,
                bio = excluded.bio, email = excluded.email, phone = excluded.phone, joined = excluded.joined,
                visibility = excluded.visibility,
                updated = CASE
                    WHEN $updated IS NOT NULL THEN $updated
                    WHEN members.name IS NOT excluded.name OR members.role IS NOT excluded.role
                        OR members.organisation_id IS NOT excluded.organisation_id OR members.region IS NOT excluded.region
                        OR members.headline IS NOT excluded.headline OR members.bio IS NOT excluded.bio
                        OR members.email IS NOT excluded.email OR members.phone IS NOT excluded.phone
                        OR members.joined IS NOT excluded.joined
                        OR (SELECT json_group_array(json_array(topic_id, level) ORDER BY position) FROM member_topics WHERE member_id = excluded.id) IS NOT $topics
                    THEN $now ELSE members.updated END
            """);
        using var clear = Prepare("DELETE FROM member_topics WHERE member_id = $id");
        using var topic = Prepare("INSERT INTO member_topics(member_id, topic_id, level, position) VALUES ($m, $t, $level, $pos)");
        using var outbox = Outbox.Person(connection, transaction);
        var now = Rows.UpdatedText(DateTimeOffset.UtcNow);
        foreach (var m in members)
        {
            outbox.Execute(m.Id);
            // The same JSON as the stored topics aggregate, so "topics changed" is one comparison.
            var topics = JsonSerializer.Serialize(m.Topics.Select(t => new[] { t.TopicId, WireName<TopicLevel>.Of(t.Level) }), SameAsSqlite);
            upsert.Execute(m.Id, m.Name, SortKeys.For(m.Name), WireName<MemberRole>.Of(m.Role), m.OrganisationId, m.RegionId,
                m.Headline, m.Bio, m.Email, m.Phone, Rows.DateText(m.Joined), Rows.VisibilityJson(m.Visibility),
                m.Updated is { } u ? Rows.UpdatedText(u) : null, now, topics);
            clear.Execute(m.Id);
            for (var i = 0; i < m.Topics.Count; i++)
                topic.Execute(m.Id, m.Topics[i].TopicId, WireName<TopicLevel>.Of(m.Topics[i].Level), i);
        }
        return Task.CompletedTask;
    }

    // SQLite's JSON escapes only quotes, backslashes and control characters; so must ours for the comparison to hold.
    private static readonly JsonSerializerOptions SameAsSqlite = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public Task UpsertProjectsAsync(IReadOnlyCollection<Project> projects, CancellationToken ct = default)
    {
        using var upsert = Prepare("""
            INSERT INTO projects(id, title, summary, status, started, ended) VALUES ($id, $title, $summary, $status, $started, $ended)
            ON CONFLICT(id) DO UPDATE SET title = excluded.title, summary = excluded.summary, status = excluded.status,
                started = excluded.started, ended = excluded.ended
            """);
        using var clearTopics = Prepare("DELETE FROM project_topics WHERE project_id = $id");
        using var clearMembers = Prepare("DELETE FROM project_members WHERE project_id = $id");
        using var topic = Prepare("INSERT INTO project_topics(project_id, topic_id, position) VALUES ($p, $t, $pos)");
        using var member = Prepare("INSERT INTO project_members(project_id, member_id, role, position) VALUES ($p, $m, $role, $pos)");
        // The project's own document, and its members' (old and new) whose documents list it.
        using var outboxMembers = Prepare("INSERT INTO outbox(kind, id) SELECT 'person', member_id FROM project_members WHERE project_id = $p");
        using var outboxProject = Prepare("INSERT INTO outbox(kind, id) VALUES ('resource', 'project:' || $p)");
        foreach (var p in projects)
        {
            outboxMembers.Execute(p.Id);
            outboxProject.Execute(p.Id);
            upsert.Execute(p.Id, p.Title, p.Summary, p.Status is { } s ? WireName<ProjectStatus>.Of(s) : null,
                Rows.DateText(p.Started), Rows.DateText(p.Ended));
            clearTopics.Execute(p.Id);
            clearMembers.Execute(p.Id);
            for (var i = 0; i < p.Topics.Count; i++) topic.Execute(p.Id, p.Topics[i], i);
            for (var i = 0; i < p.Members.Count; i++)
                member.Execute(p.Id, p.Members[i].MemberId, WireName<ProjectRole>.Of(p.Members[i].Role), i);
            outboxMembers.Execute(p.Id);
        }
        return Task.CompletedTask;
    }

    public Task UpsertResourcesAsync(IReadOnlyCollection<Resource> resources, CancellationToken ct = default)
    {
        using var upsert = Prepare("""
            INSERT INTO resources(id, type, title, body, url, published) VALUES ($id, $type, $title, $body, $url, $published)
            ON CONFLICT(id) DO UPDATE SET type = excluded.type, title = excluded.title, body = excluded.body,
                url = excluded.url, published = excluded.published
            """);
        using var clearTopics = Prepare("DELETE FROM resource_topics WHERE resource_id = $id");
        using var clearAuthors = Prepare("DELETE FROM resource_authors WHERE resource_id = $id");
        using var topic = Prepare("INSERT INTO resource_topics(resource_id, topic_id, position) VALUES ($r, $t, $pos)");
        using var author = Prepare("INSERT INTO resource_authors(resource_id, member_id, position) VALUES ($r, $m, $pos)");
        // The resource's document, and its authors' (old and new) whose documents list its title.
        using var outboxAuthors = Prepare("INSERT INTO outbox(kind, id) SELECT 'person', member_id FROM resource_authors WHERE resource_id = $r");
        using var outboxResource = Prepare("INSERT INTO outbox(kind, id) VALUES ('resource', $r)");
        foreach (var r in resources)
        {
            outboxAuthors.Execute(r.Id);
            outboxResource.Execute(r.Id);
            upsert.Execute(r.Id, WireName<ResourceType>.Of(r.Type), r.Title, r.Body, r.Url, Rows.DateText(r.Published));
            clearTopics.Execute(r.Id);
            clearAuthors.Execute(r.Id);
            for (var i = 0; i < r.Topics.Count; i++) topic.Execute(r.Id, r.Topics[i], i);
            for (var i = 0; i < r.Authors.Count; i++) author.Execute(r.Id, r.Authors[i], i);
            outboxAuthors.Execute(r.Id);
        }
        return Task.CompletedTask;
    }

    public Task UpsertConnectionsAsync(IReadOnlyCollection<Connection> connections, CancellationToken ct = default)
    {
        // Both directions, so "neighbours of X" is a range scan on the primary key.
        using var upsert = Prepare("""
            INSERT INTO ties(src, dst, since, source) VALUES ($a, $b, $since, $source), ($b, $a, $since, $source)
            ON CONFLICT(src, dst) DO UPDATE SET since = excluded.since, source = excluded.source
            """);
        foreach (var c in connections)
        {
            if (c.From == c.To) throw new ArgumentException($"a member cannot be connected to themselves ({c.From})", nameof(connections));
            upsert.Execute(c.From, c.To, Rows.DateText(c.Since), WireName<ConnectionSource>.Of(c.Source));
        }
        return Task.CompletedTask;
    }

    public Task<IReadOnlySet<string>> FindExistingAsync(RecordKind kind, IReadOnlyCollection<string> ids, CancellationToken ct = default) =>
        Task.FromResult(Existing.Find(connection, transaction, kind, ids));

    private Prepared Prepare(string sql) => new(connection, transaction, sql);
}
