using System.Security.Claims;
using Microsoft.AspNetCore.Http;

namespace Q.GraphQL.Hardening;

/// <summary>Who is calling, for rate limiting and logs: the signed-in subject, else the remote IP address.</summary>
public static class Caller
{
    /// <summary>
    /// <c>sub:&lt;subject&gt;</c> for an authenticated caller (the JWT <c>sub</c> claim, or the name identifier it is
    /// mapped to by default), else <c>ip:&lt;address&gt;</c>. Behind a reverse proxy the address is the proxy's unless
    /// the forwarded-headers middleware is configured for that proxy.
    /// </summary>
    public static string Of(HttpContext http)
    {
        var user = http.User;
        if (user.Identity?.IsAuthenticated == true
            && (user.FindFirst("sub") ?? user.FindFirst(ClaimTypes.NameIdentifier))?.Value is { Length: > 0 } subject)
            return "sub:" + subject;
        return "ip:" + (http.Connection.RemoteIpAddress?.ToString() ?? "unknown");
    }
}
