using Microsoft.AspNetCore.Http;
using Q.Core.Model;

namespace Q.GraphQL.Http;

/// <summary>
/// Decides who is asking. There is no sign-in yet, so everyone is <see cref="Viewer.Anonymous"/>; this is the one
/// place the access-control work replaces, and everything downstream reads the viewer from the user context.
/// </summary>
public static class RequestViewer
{
    public static Viewer Of(HttpContext http) => Viewer.Anonymous;
}
