using Q.Core.Ports;

namespace Q.Core.Model;

/// <summary>
/// Who is asking. Every read of a member's optional fields goes through <see cref="CanSee"/>: it is the one
/// place visibility is decided, so search, suggestions and metrics can use the same seam.
/// </summary>
public sealed record Viewer(string? MemberId, bool IsAdmin = false)
{
    public static Viewer Anonymous { get; } = new(MemberId: null);
    public static Viewer Administrator { get; } = new(MemberId: null, IsAdmin: true);

    public bool IsSignedIn => MemberId is not null || IsAdmin;

    /// <summary>The same rule as a value the stores can apply inside their queries.</summary>
    public Audience Audience =>
        IsAdmin ? new Audience(Visibility.Private) : new Audience(IsSignedIn ? Visibility.Members : Visibility.Public, MemberId);

    public bool CanSee(Member subject, Visibility visibility) => Audience.Allows(visibility, subject.Id);
}
