namespace Q.GraphQL.Security;

/// <summary>
/// How callers prove who they are. By default Q issues and checks its own tokens (<c>q token</c>), signed with a
/// key kept in the data folder. Set <see cref="Authority"/> to accept tokens from an OpenID Connect issuer instead.
/// Bound from the "Auth" configuration section.
/// </summary>
public sealed class AuthOptions
{
    public const string Section = "Auth";

    /// <summary>An OpenID Connect issuer (e.g. https://login.example.org/realms/q); empty means Q's own tokens.</summary>
    public string? Authority { get; set; }

    /// <summary>The audience tokens must be issued for.</summary>
    public string Audience { get; set; } = "q-api";

    /// <summary>The issuer of Q's own tokens.</summary>
    public string Issuer { get; set; } = "q-local";
}
