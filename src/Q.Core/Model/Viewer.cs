using Q.Core.Ports;

namespace Q.Core.Model;

/// <summary>What a caller is allowed to act as; carried in the bearer token's <c>role</c> claim.</summary>
public enum AccessRole { Anonymous, Member, Employer, Evaluator, Panel, Admin }

/// <summary>
/// Who is asking. Every read of a member's optional fields goes through <see cref="CanSee"/> (or its
/// <see cref="Audience"/>, which the stores apply inside their queries): it is the one place visibility is
/// decided, so search, suggestions, metrics and exports use the same seam.
/// </summary>
/// <param name="MemberId">The member a <see cref="AccessRole.Member"/> acts as.</param>
/// <param name="OrganisationId">The organisation an <see cref="AccessRole.Employer"/> is scoped to.</param>
/// <param name="RegionId">The region a <see cref="AccessRole.Panel"/> is scoped to.</param>
public sealed record Viewer(AccessRole Role, string? MemberId = null, string? OrganisationId = null, string? RegionId = null)
{
    public static Viewer Anonymous { get; } = new(AccessRole.Anonymous);
    public static Viewer Administrator { get; } = new(AccessRole.Admin);

    /// <summary>
    /// An evaluator granted members' names (the token's <c>names</c> claim, <c>q token --role evaluator --names</c>):
    /// connectivity figures then name members instead of showing pseudonyms. Other roles ignore it.
    /// </summary>
    public bool NamesGranted { get; init; }

    /// <summary>Whether connectivity figures may name members (and show their real ids): administrators, and evaluators granted names.</summary>
    public bool SeesMemberNames => IsAdmin || (Role == AccessRole.Evaluator && NamesGranted);

    public static Viewer ForMember(string memberId) => new(AccessRole.Member, MemberId: memberId);

    public static Viewer ForEmployer(string organisationId) => new(AccessRole.Employer, OrganisationId: organisationId);

    public bool IsAdmin => Role == AccessRole.Admin;

    /// <summary>A signed-in Q member (or an administrator): who "members only" parts of a profile are for.</summary>
    public bool IsMember => Role is AccessRole.Member or AccessRole.Admin;

    public bool IsAnonymous => Role == AccessRole.Anonymous;

    /// <summary>How the audit log and tokens name this caller: a member's id, or the role and its scope.</summary>
    public string Actor => Role switch
    {
        AccessRole.Member => MemberId!,
        AccessRole.Employer => $"employer:{OrganisationId}",
        AccessRole.Panel => $"panel:{RegionId}",
        _ => Role.ToString().ToLowerInvariant(),
    };

    /// <summary>The same rule as a value the stores can apply inside their queries.</summary>
    public Audience Audience => Role switch
    {
        AccessRole.Admin => new Audience(Visibility.Private),
        AccessRole.Member => new Audience(Visibility.Members, MemberId),
        _ => Audience.Public,
    };

    public bool CanSee(Member subject, Visibility visibility) => Audience.Allows(visibility, subject.Id);

    /// <summary>An employer sees, by name, only members of its own organisation who said their employer may.</summary>
    public bool IsEmployerOf(Member subject) =>
        Role == AccessRole.Employer && subject.OrganisationId == OrganisationId && subject.Visibility.Employer;
}
