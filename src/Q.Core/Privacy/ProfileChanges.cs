using Q.Core.Model;

namespace Q.Core.Privacy;

/// <summary>A new value for one field; wrapping it tells "set to null" apart from "leave as it is" (the field is null).</summary>
public readonly record struct Change<T>(T Value);

/// <summary>
/// What a member may change about themselves. Deliberately no id, joined date or anything an administrator
/// owns: what is not here cannot be mass-assigned through the API.
/// </summary>
public sealed record ProfileChanges
{
    public Change<string>? Name { get; init; }
    public Change<string?>? Headline { get; init; }
    public Change<string?>? Bio { get; init; }
    public Change<string?>? Email { get; init; }
    public Change<string?>? Phone { get; init; }
    public Change<MemberRole>? Role { get; init; }
    public Change<string?>? RegionId { get; init; }
    public Change<string?>? OrganisationId { get; init; }
    public Change<IReadOnlyList<MemberTopic>>? Topics { get; init; }
}

/// <summary>Visibility settings and the employer consent; absent ones stay as they are.</summary>
public sealed record VisibilityChanges
{
    public IReadOnlyDictionary<string, Visibility> Fields { get; init; } = new Dictionary<string, Visibility>();
    public bool? Employer { get; init; }
    public bool? SuggestionsOptOut { get; init; }
    public bool? NotificationsOptOut { get; init; }
}
