using System.Text.Json;
using Q.Core.Model;
using Q.Core.Ports;
using Q.Graph.Neo4j.Http;

namespace Q.Graph.Neo4j;

/// <summary>
/// Writes inside one explicit transaction. Each upsert MERGEs the node on its id, replaces its properties and
/// its list relationships, and appends the outbox entries for it; a batch travels as one <c>$rows</c> parameter
/// (in chunks, so no request grows without bound). Replaying a batch leaves the same graph.
/// </summary>
internal sealed partial class Neo4jGraphWriter(Neo4jTransaction tx) : IGraphWriter
{
    /// <summary>Rows per request: large enough to amortise the round trip, small enough to keep requests modest.</summary>
    internal const int Chunk = 500;

    public Task UpsertOrganisationsAsync(IReadOnlyCollection<Organisation> organisations, CancellationToken ct = default) =>
        InChunks(organisations, o => o.Id, o => new Dictionary<string, object?>
        {
            ["id"] = o.Id, ["name"] = o.Name, ["type"] = o.Type is { } t ? WireName<OrganisationType>.Of(t) : null, ["region"] = o.RegionId,
        }, Cypher.UpsertOrganisations, Outbox.OrganisationMembers, null, ct);

    public async Task UpsertTopicsAsync(IReadOnlyCollection<Topic> topics, CancellationToken ct = default)
    {
        await InChunks(topics, t => t.Id, t => new Dictionary<string, object?>
        {
            ["id"] = t.Id, ["name"] = t.Name, ["synonyms"] = JsonSerializer.Serialize(t.Synonyms), ["broaderId"] = t.BroaderId,
        }, Cypher.UpsertTopics, null, Outbox.TopicHolders, ct);
        // Once every topic of the batch exists, so a topic may name a broader one that comes later in the batch.
        foreach (var chunk in topics.Select(t => t.Id).Chunk(Chunk)) await Run(Cypher.LinkBroader, ("ids", chunk), ct);
    }

    public Task UpsertMembersAsync(IReadOnlyCollection<Member> members, CancellationToken ct = default) =>
        InChunks(members, m => m.Id, m => new Dictionary<string, object?>
        {
            ["id"] = m.Id,
            ["props"] = MemberProperties(m),
            ["topics"] = m.Topics.Select((t, i) => new Dictionary<string, object?> { ["id"] = t.TopicId, ["level"] = WireName<TopicLevel>.Of(t.Level), ["pos"] = i }).ToArray(),
        }, Cypher.UpsertMembers, Outbox.Person, null, ct);

    public Task UpsertProjectsAsync(IReadOnlyCollection<Project> projects, CancellationToken ct = default) =>
        InChunks(projects, p => p.Id, p => new Dictionary<string, object?>
        {
            ["id"] = p.Id,
            ["props"] = new Dictionary<string, object?>
            {
                ["title"] = p.Title, ["summary"] = p.Summary, ["status"] = p.Status is { } s ? WireName<ProjectStatus>.Of(s) : null,
                ["started"] = Records.DateText(p.Started), ["ended"] = Records.DateText(p.Ended),
            },
            ["topics"] = p.Topics.Select((t, i) => new Dictionary<string, object?> { ["id"] = t, ["pos"] = i }).ToArray(),
            ["members"] = p.Members.Select((m, i) => new Dictionary<string, object?> { ["id"] = m.MemberId, ["role"] = WireName<ProjectRole>.Of(m.Role), ["pos"] = i }).ToArray(),
        }, Cypher.UpsertProjects, Outbox.ProjectMembers, Outbox.Project, ct);

    public Task UpsertResourcesAsync(IReadOnlyCollection<Resource> resources, CancellationToken ct = default) =>
        InChunks(resources, r => r.Id, r => new Dictionary<string, object?>
        {
            ["id"] = r.Id,
            ["props"] = new Dictionary<string, object?>
            {
                ["type"] = WireName<ResourceType>.Of(r.Type), ["title"] = r.Title, ["body"] = r.Body, ["url"] = r.Url,
                ["published"] = Records.DateText(r.Published),
            },
            ["topics"] = r.Topics.Select((t, i) => new Dictionary<string, object?> { ["id"] = t, ["pos"] = i }).ToArray(),
            ["authors"] = r.Authors.Select((a, i) => new Dictionary<string, object?> { ["id"] = a, ["pos"] = i }).ToArray(),
        }, Cypher.UpsertResources, Outbox.ResourceAuthors, Outbox.Resource, ct);

    public async Task UpsertConnectionsAsync(IReadOnlyCollection<Connection> connections, CancellationToken ct = default)
    {
        foreach (var c in connections)
            if (c.From == c.To) throw new ArgumentException($"a member cannot be connected to themselves ({c.From})", nameof(connections));
        foreach (var chunk in connections.Select(c => c.Canonical()).Chunk(Chunk))
            await Run(Cypher.UpsertConnections, ("rows", chunk.Select(c => new Dictionary<string, object?>
            {
                ["a"] = c.From, ["b"] = c.To, ["since"] = Records.DateText(c.Since), ["source"] = WireName<ConnectionSource>.Of(c.Source),
            }).ToArray()), ct);
    }

    public async Task<IReadOnlySet<string>> FindExistingAsync(RecordKind kind, IReadOnlyCollection<string> ids, CancellationToken ct = default) =>
        ids.Count == 0 ? new HashSet<string>() : Existing.Found(await tx.RunAsync(Existing.Query(kind, ids), ct));

    /// <summary>
    /// The node's scalar properties, all of them (a null removes the property: an upsert replaces the record), plus
    /// what the privacy filters query: the rank of the topics and connections settings and the employer consent.
    /// </summary>
    private static Dictionary<string, object?> MemberProperties(Member m) => new()
    {
        ["name"] = m.Name, ["sortKey"] = SortKeys.For(m.Name), ["role"] = WireName<MemberRole>.Of(m.Role),
        ["organisationId"] = m.OrganisationId, ["region"] = m.RegionId, ["headline"] = m.Headline, ["bio"] = m.Bio,
        ["email"] = m.Email, ["phone"] = m.Phone, ["joined"] = Records.DateText(m.Joined),
        ["visibility"] = Sqlite.Rows.VisibilityJson(m.Visibility),
        ["topicsRank"] = (int)m.Visibility.Topics, ["connectionsRank"] = (int)m.Visibility.Connections, ["employer"] = m.Visibility.Employer,
    };

    /// <summary>Per chunk: outbox entries from <paramref name="before"/> the change, the change, then those from <paramref name="after"/> it.</summary>
    private async Task InChunks<T>(IReadOnlyCollection<T> records, Func<T, string> id, Func<T, Dictionary<string, object?>> row,
        string upsert, string? after, string? before, CancellationToken ct)
    {
        foreach (var chunk in records.Chunk(Chunk))
        {
            var ids = chunk.Select(id).ToArray();
            if (before is not null) await Run(Outbox.Append(before), ("ids", ids), ct);
            await Run(upsert, ("rows", chunk.Select(row).ToArray()), ct);
            if (after is not null) await Run(Outbox.Append(after), ("ids", ids), ct);
        }
    }

    private Task<QueryResult> Run(string cypher, (string Name, object? Value) arg, CancellationToken ct) =>
        tx.RunAsync(new Statement(cypher, new Dictionary<string, object?> { [arg.Name] = arg.Value }), ct);

    private Task<QueryResult> Run(string cypher, Dictionary<string, object?> args, CancellationToken ct) =>
        tx.RunAsync(new Statement(cypher, args), ct);
}
