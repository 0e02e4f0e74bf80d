namespace Q.Core.Model;

/// <summary>
/// Who may see each optional part of a member's profile. Name, role, region and organisation are always
/// public: they are what makes a directory. Contact details (email, phone) are private by default.
/// </summary>
public sealed record ProfileVisibility
{
    public static ProfileVisibility Default { get; } = new();

    public Visibility Email { get; init; } = Visibility.Private;
    public Visibility Phone { get; init; } = Visibility.Private;
    public Visibility Bio { get; init; } = Visibility.Public;
    public Visibility Headline { get; init; } = Visibility.Public;
    public Visibility Topics { get; init; } = Visibility.Public;
    public Visibility Connections { get; init; } = Visibility.Public;

    /// <summary>"My employer may see me": the member's organisation's employer role may list them by name. Off by default.</summary>
    public bool Employer { get; init; }

    /// <summary>"Leave me out of suggestions": the member is given none and suggested to no one. Off by default.</summary>
    public bool SuggestionsOptOut { get; init; }

    /// <summary>The name of the suggestions opt-out in the import format's <c>visibility</c> object and the API.</summary>
    public const string SuggestionsOptOutField = "suggestionsOptOut";

    /// <summary>"Send me no emails": no profile reminders and no digests (docs/jobs.md). Off by default.</summary>
    public bool NotificationsOptOut { get; init; }

    /// <summary>The name of the notifications opt-out in the import format's <c>visibility</c> object and the API.</summary>
    public const string NotificationsOptOutField = "notificationsOptOut";

    /// <summary>The fields whose value is a <see cref="Visibility"/>, as named in the import format and the API.</summary>
    public static IReadOnlyList<string> FieldNames { get; } = ["email", "phone", "bio", "headline", "topics", "connections"];

    /// <summary>The name of the employer consent in the import format's <c>visibility</c> object.</summary>
    public const string EmployerField = "employer";

    public Visibility this[string field] => field switch
    {
        "email" => Email,
        "phone" => Phone,
        "bio" => Bio,
        "headline" => Headline,
        "topics" => Topics,
        "connections" => Connections,
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, "not a profile field with visibility"),
    };

    public ProfileVisibility With(string field, Visibility value) => field switch
    {
        "email" => this with { Email = value },
        "phone" => this with { Phone = value },
        "bio" => this with { Bio = value },
        "headline" => this with { Headline = value },
        "topics" => this with { Topics = value },
        "connections" => this with { Connections = value },
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, "not a profile field with visibility"),
    };
}
