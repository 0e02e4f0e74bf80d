using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Http;
using Q.Core.Model;
using Q.GraphQL.Security;

namespace Q.GraphQL.Http;

/// <summary>
/// Decides who is asking, once per request, from the bearer token: no token is <see cref="Viewer.Anonymous"/>;
/// a token that fails validation, or whose role lacks its scope (a member token without a member), is refused.
/// Everything downstream reads the viewer from the user context, never the token.
/// </summary>
public static class RequestViewer
{
    /// <summary>The viewer, or null with the reason when the request must be answered 401.</summary>
    public static async Task<(Viewer? Viewer, string? Refusal)> OfAsync(HttpContext http)
    {
        if (!http.Request.Headers.Authorization.Any()) return (Viewer.Anonymous, null);
        var result = await http.AuthenticateAsync(JwtBearerDefaults.AuthenticationScheme);
        if (!result.Succeeded || result.Principal is null)
            return (null, "The bearer token is not valid (expired, malformed, or not signed by this Q).");
        http.User = result.Principal;
        return From(result.Principal) is { } viewer ? (viewer, null) : (null, "The bearer token's role is unknown or lacks its scope.");
    }

    public static Viewer? From(ClaimsPrincipal principal)
    {
        string? Claim(string type) => principal.FindFirst(type)?.Value is { Length: > 0 } v ? v : null;
        if (!RoleNames.TryParse(Claim(QClaims.Role), out var role)) return null;
        var viewer = new Viewer(role, Claim(QClaims.Member), Claim(QClaims.Organisation), Claim(QClaims.Region));
        return role switch
        {
            AccessRole.Member when viewer.MemberId is null => null,
            AccessRole.Employer when viewer.OrganisationId is null => null,
            AccessRole.Panel when Region.Find(viewer.RegionId) is null => null,
            // A scope that does not belong to the role is ignored rather than trusted.
            AccessRole.Member => viewer with { OrganisationId = null, RegionId = null },
            AccessRole.Employer => viewer with { MemberId = null, RegionId = null },
            AccessRole.Panel => viewer with { MemberId = null, OrganisationId = null },
            _ => new Viewer(role),
        };
    }
}
