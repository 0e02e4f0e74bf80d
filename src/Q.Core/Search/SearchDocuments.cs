using Q.Core.Model;

namespace Q.Core.Search;

public enum SearchKind { Person, Resource }

/// <summary>
/// A part of a document that a member may have hidden from some viewers. Only <see cref="Visibility.Public"/> and
/// <see cref="Visibility.Members"/> parts are ever put in a document: private parts are never indexed. An engine
/// keeps members-only parts in separate fields, which it searches, highlights and counts only for an audience
/// whose <see cref="Ports.Audience.Reach"/> allows them.
/// </summary>
public sealed record Restricted<T>(T Value, Visibility Visibility);

/// <summary>A topic on a person's profile, with the words it can be found by.</summary>
public sealed record DocumentTopic(string TopicId, string Name, TopicLevel Level, IReadOnlyList<string> Synonyms);

/// <summary>
/// A member's profile as search sees it, built from the graph by <see cref="SearchDocumentBuilder"/>.
/// <see cref="Version"/> is the outbox position it was built at: applying an older version over a newer one is a no-op.
/// </summary>
public sealed record PersonDocument
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public MemberRole Role { get; init; }
    public string? RegionId { get; init; }
    public string? OrganisationId { get; init; }
    public string? OrganisationName { get; init; }
    public OrganisationType? OrganisationType { get; init; }
    public Restricted<string>? Headline { get; init; }
    public Restricted<string>? Bio { get; init; }
    public Restricted<IReadOnlyList<DocumentTopic>>? Topics { get; init; }
    /// <summary>Titles and summaries of the member's projects (projects are public).</summary>
    public IReadOnlyList<string> Projects { get; init; } = [];
    /// <summary>Titles of the case studies and other resources the member wrote.</summary>
    public IReadOnlyList<string> Resources { get; init; } = [];
    public long Version { get; init; }
}

/// <summary>A resource (case study, tool, report…) or a project, as search sees it. Both are public.</summary>
public sealed record ResourceDocument
{
    public required string Id { get; init; }
    public required string Title { get; init; }
    /// <summary>"case-study", "tool", … or "project" for a project.</summary>
    public required string Type { get; init; }
    public string? Body { get; init; }
    public DateOnly? Published { get; init; }
    public IReadOnlyList<DocumentTopic> Topics { get; init; } = [];
    /// <summary>Member ids and names of the authors (or project members).</summary>
    public IReadOnlyList<(string Id, string Name)> Authors { get; init; } = [];
    public long Version { get; init; }
}

/// <summary>One change to apply to a search index.</summary>
public abstract record IndexOperation(SearchKind Kind, string Id, long Version);

public sealed record UpsertPerson(PersonDocument Document) : IndexOperation(SearchKind.Person, Document.Id, Document.Version);

public sealed record UpsertResource(ResourceDocument Document) : IndexOperation(SearchKind.Resource, Document.Id, Document.Version);

public sealed record DeleteDocument(SearchKind Kind, string Id, long Version) : IndexOperation(Kind, Id, Version);
