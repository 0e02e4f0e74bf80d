namespace Q.Core.Model;

/// <summary>
/// Who may see each optional part of a member's profile. Name, role, region and organisation are always
/// public: they are what makes a directory. Defaults follow "private by default" for contact details.
/// </summary>
public sealed record ProfileVisibility
{
    public static ProfileVisibility Default { get; } = new();

    public Visibility Email { get; init; } = Visibility.Private;
    public Visibility Bio { get; init; } = Visibility.Public;
    public Visibility Headline { get; init; } = Visibility.Public;
    public Visibility Topics { get; init; } = Visibility.Public;
    public Visibility Connections { get; init; } = Visibility.Public;

    /// <summary>The field names accepted in an import file's <c>visibility</c> object.</summary>
    public static IReadOnlyList<string> FieldNames { get; } = ["email", "bio", "headline", "topics", "connections"];

    public Visibility this[string field] => field switch
    {
        "email" => Email,
        "bio" => Bio,
        "headline" => Headline,
        "topics" => Topics,
        "connections" => Connections,
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, "not a profile field with visibility"),
    };

    public ProfileVisibility With(string field, Visibility value) => field switch
    {
        "email" => this with { Email = value },
        "bio" => this with { Bio = value },
        "headline" => this with { Headline = value },
        "topics" => this with { Topics = value },
        "connections" => this with { Connections = value },
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, "not a profile field with visibility"),
    };
}
