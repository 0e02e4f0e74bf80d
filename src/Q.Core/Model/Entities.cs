namespace Q.Core.Model;

// The graph's nodes and ties. Records are immutable snapshots; an upsert replaces the whole record, so an
// import file is always the full truth about the records it names.

public sealed record Organisation
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public OrganisationType? Type { get; init; }
    public string? RegionId { get; init; }
}

public sealed record Topic
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public IReadOnlyList<string> Synonyms { get; init; } = [];
    /// <summary>The broader topic's id: Sepsis is narrower than Patient safety.</summary>
    public string? BroaderId { get; init; }
}

public sealed record MemberTopic(string TopicId, TopicLevel Level);

public sealed record Member
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public MemberRole Role { get; init; } = MemberRole.Other;
    public string? OrganisationId { get; init; }
    public string? RegionId { get; init; }
    public string? Headline { get; init; }
    public string? Bio { get; init; }
    public string? Email { get; init; }
    public string? Phone { get; init; }
    public DateOnly? Joined { get; init; }
    public IReadOnlyList<MemberTopic> Topics { get; init; } = [];
    public ProfileVisibility Visibility { get; init; } = ProfileVisibility.Default;

    /// <summary>
    /// When the profile's content last changed (UTC), kept by the store: a write that leaves it null gets the time of
    /// writing if the content differs from what is stored (or the member is new), else keeps the stored time. Settings
    /// (<see cref="Visibility"/>) are not content. Profile-freshness reminders read it (docs/jobs.md).
    /// </summary>
    public DateTimeOffset? Updated { get; init; }
}

public sealed record ProjectMember(string MemberId, ProjectRole Role);

public sealed record Project
{
    public required string Id { get; init; }
    public required string Title { get; init; }
    public string? Summary { get; init; }
    public ProjectStatus? Status { get; init; }
    public DateOnly? Started { get; init; }
    public DateOnly? Ended { get; init; }
    public IReadOnlyList<string> Topics { get; init; } = [];
    public IReadOnlyList<ProjectMember> Members { get; init; } = [];
}

public sealed record Resource
{
    public required string Id { get; init; }
    public required string Title { get; init; }
    public ResourceType Type { get; init; } = ResourceType.Other;
    public string? Body { get; init; }
    public string? Url { get; init; }
    public DateOnly? Published { get; init; }
    public IReadOnlyList<string> Topics { get; init; } = [];
    /// <summary>Member ids in author order.</summary>
    public IReadOnlyList<string> Authors { get; init; } = [];
}

/// <summary>An undirected tie between two members. <see cref="From"/> sorts before <see cref="To"/>.</summary>
public sealed record Connection
{
    public required string From { get; init; }
    public required string To { get; init; }
    public DateOnly? Since { get; init; }
    public ConnectionSource Source { get; init; } = ConnectionSource.Other;

    /// <summary>The same tie with its ends in canonical (ordinal) order, so a-b and b-a are one tie.</summary>
    public Connection Canonical() =>
        string.CompareOrdinal(From, To) <= 0 ? this : this with { From = To, To = From };
}
