using System.Runtime.CompilerServices;
using Q.Core.Model;
using Q.Core.Ports;

namespace Q.Core.Search;

/// <summary>
/// Builds search documents from the graph — the only place that decides what of a profile goes into an index:
/// never contact details, never a private part; members-only parts marked so engines can keep them apart.
/// Projects are searchable as resources of type "project", with ids prefixed <see cref="ProjectPrefix"/>.
/// </summary>
public sealed class SearchDocumentBuilder(IGraphStore store)
{
    public const string ProjectPrefix = "project:";
    private const int Batch = 1_000;

    /// <summary>Upserts for the members that exist, deletes for those that do not (erased or never there).</summary>
    public async Task<IReadOnlyList<IndexOperation>> PeopleAsync(IReadOnlyCollection<string> memberIds, long version, CancellationToken ct = default)
    {
        var members = await store.GetMembersAsync(memberIds, ct);
        var organisations = await store.GetOrganisationsAsync(members.Values.Select(m => m.OrganisationId).OfType<string>().Distinct().ToArray(), ct);
        var topics = await store.GetTopicsAsync(members.Values.SelectMany(m => m.Topics.Select(t => t.TopicId)).Distinct().ToArray(), ct);
        var projects = await store.GetProjectsOfMembersAsync(members.Keys.ToArray(), ct);
        var resources = await store.GetResourcesOfAuthorsAsync(members.Keys.ToArray(), ct);
        return memberIds.Distinct().Select(id => members.TryGetValue(id, out var m)
                ? new UpsertPerson(Person(m, m.OrganisationId is { } o ? organisations.GetValueOrDefault(o) : null, topics, projects[id], resources[id], version))
                : (IndexOperation)new DeleteDocument(SearchKind.Person, id, version))
            .ToArray();
    }

    /// <summary>Upserts for the resources and projects (ids with <see cref="ProjectPrefix"/>) that exist, deletes for the rest.</summary>
    public async Task<IReadOnlyList<IndexOperation>> ResourcesAsync(IReadOnlyCollection<string> documentIds, long version, CancellationToken ct = default)
    {
        var projectIds = documentIds.Where(IsProject).Select(id => id[ProjectPrefix.Length..]).ToArray();
        var resources = await store.GetResourcesAsync(documentIds.Where(id => !IsProject(id)).ToArray(), ct);
        var projects = await store.GetProjectsAsync(projectIds, ct);
        var people = await store.GetMembersAsync(
            resources.Values.SelectMany(r => r.Authors).Concat(projects.Values.SelectMany(p => p.Members.Select(m => m.MemberId))).Distinct().ToArray(), ct);
        var topics = await store.GetTopicsAsync(resources.Values.SelectMany(r => r.Topics).Concat(projects.Values.SelectMany(p => p.Topics)).Distinct().ToArray(), ct);
        return documentIds.Distinct().Select(id =>
        {
            if (IsProject(id) && projects.TryGetValue(id[ProjectPrefix.Length..], out var p)) return new UpsertResource(Project(p, people, topics, version));
            if (!IsProject(id) && resources.TryGetValue(id, out var r)) return new UpsertResource(Resource(r, people, topics, version));
            return (IndexOperation)new DeleteDocument(SearchKind.Resource, id, version);
        }).ToArray();
    }

    /// <summary>Every document of the graph, in batches, for a rebuild.</summary>
    public async IAsyncEnumerable<IndexOperation> AllAsync(long version, [EnumeratorCancellation] CancellationToken ct = default)
    {
        var ids = new List<string>(Batch);
        await foreach (var member in store.StreamMembersAsync(ct))
        {
            ids.Add(member.Id);
            if (ids.Count < Batch) continue;
            foreach (var op in await PeopleAsync(ids, version, ct)) yield return op;
            ids.Clear();
        }
        foreach (var op in await PeopleAsync(ids, version, ct)) yield return op;
        ids.Clear();
        await foreach (var resource in store.StreamResourcesAsync(ct)) ids.Add(resource.Id);
        await foreach (var project in store.StreamProjectsAsync(ct)) ids.Add(ProjectPrefix + project.Id);
        foreach (var chunk in ids.Chunk(Batch))
            foreach (var op in await ResourcesAsync(chunk, version, ct)) yield return op;
    }

    public static bool IsProject(string documentId) => documentId.StartsWith(ProjectPrefix, StringComparison.Ordinal);

    public static PersonDocument Person(
        Member m, Organisation? organisation, IReadOnlyDictionary<string, Topic> topics,
        IEnumerable<Project> projects, IEnumerable<Resource> resources, long version) => new()
    {
        Id = m.Id,
        Name = m.Name,
        Role = m.Role,
        RegionId = m.RegionId,
        OrganisationId = m.OrganisationId,
        OrganisationName = organisation?.Name,
        OrganisationType = organisation?.Type,
        Headline = Part(m.Headline, m.Visibility.Headline),
        Bio = Part(m.Bio, m.Visibility.Bio),
        Topics = m.Topics.Count == 0 ? null : Part<IReadOnlyList<DocumentTopic>>(m.Topics.Select(t => Topic(t.TopicId, t.Level, topics)).ToArray(), m.Visibility.Topics),
        Projects = projects.Select(p => p.Summary is null ? p.Title : $"{p.Title}. {p.Summary}").ToArray(),
        Resources = resources.Select(r => r.Title).ToArray(),
        Version = version,
    };

    private static ResourceDocument Resource(Resource r, IReadOnlyDictionary<string, Member> people, IReadOnlyDictionary<string, Topic> topics, long version) => new()
    {
        Id = r.Id,
        Title = r.Title,
        Type = WireName<ResourceType>.Of(r.Type),
        Body = r.Body,
        Published = r.Published,
        Topics = r.Topics.Select(t => Topic(t, TopicLevel.Practitioner, topics)).ToArray(),
        Authors = r.Authors.Where(people.ContainsKey).Select(a => (a, people[a].Name)).ToArray(),
        Version = version,
    };

    private static ResourceDocument Project(Project p, IReadOnlyDictionary<string, Member> people, IReadOnlyDictionary<string, Topic> topics, long version) => new()
    {
        Id = ProjectPrefix + p.Id,
        Title = p.Title,
        Type = "project",
        Body = p.Summary,
        Published = p.Started,
        Topics = p.Topics.Select(t => Topic(t, TopicLevel.Practitioner, topics)).ToArray(),
        Authors = p.Members.Where(m => people.ContainsKey(m.MemberId)).Select(m => (m.MemberId, people[m.MemberId].Name)).ToArray(),
        Version = version,
    };

    private static DocumentTopic Topic(string id, TopicLevel level, IReadOnlyDictionary<string, Topic> topics) =>
        topics.TryGetValue(id, out var t) ? new DocumentTopic(id, t.Name, level, t.Synonyms) : new DocumentTopic(id, id, level, []);

    /// <summary>A private part never enters a document.</summary>
    private static Restricted<T>? Part<T>(T? value, Visibility visibility) where T : class =>
        value is null || visibility == Visibility.Private ? null : new Restricted<T>(value, visibility);
}
