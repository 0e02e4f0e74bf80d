using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Http;
using Q.Core.Model;
using Q.Core.Ports;
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
    public static async Task<(Viewer? Viewer, string? Refusal)> OfAsync(HttpContext http, IGraphStore store)
    {
        if (!http.Request.Headers.Authorization.Any()) return (Viewer.Anonymous, null);
        var result = await http.AuthenticateAsync(JwtBearerDefaults.AuthenticationScheme);
        if (!result.Succeeded || result.Principal is null)
            return (null, "The bearer token is not valid (expired, malformed, or not signed by this Q).");
        http.User = result.Principal;
        if (From(result.Principal) is not { } viewer) return (null, "The bearer token's role is unknown or lacks its scope.");
        // A token outlives what it names: an erased member (or one that never existed, from an outside issuer) must
        // not keep the members-only view. One indexed lookup per signed-in request.
        var (kind, id) = viewer.Role switch
        {
            AccessRole.Member => (RecordKind.Member, viewer.MemberId),
            AccessRole.Employer => (RecordKind.Organisation, viewer.OrganisationId),
            _ => (RecordKind.Member, null),
        };
        if (id is not null && (await store.FindExistingAsync(kind, [id], http.RequestAborted)).Count == 0)
            return (null, "The bearer token acts for a member or organisation that no longer exists.");
        return (viewer, null);
    }

    public static Viewer? From(ClaimsPrincipal principal)
    {
        string? Claim(string type) => principal.FindFirst(type)?.Value is { Length: > 0 } v ? v : null;
        // One role per token: with several, which one wins would depend on their order.
        if (principal.FindAll(QClaims.Role).Skip(1).Any()) return null;
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
            // The names grant belongs to evaluators only; on any other token it is ignored.
            AccessRole.Evaluator => new Viewer(role) { NamesGranted = Claim(QClaims.Names) == "true" },
            _ => new Viewer(role),
        };
    }
}
