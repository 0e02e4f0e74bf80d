using GraphQL;
using Q.Core.Model;
using Q.GraphQL.Errors;

namespace Q.GraphQL.Access;

/// <summary>Role checks for operations (field visibility is <see cref="ProfileAccess"/>'s): one line at the top of a resolver.</summary>
public static class Require
{
    /// <summary>The member the caller acts as; anonymous callers are UNAUTHENTICATED, other roles FORBIDDEN.</summary>
    public static string Member(IResolveFieldContext context) => context.Viewer() switch
    {
        { Role: AccessRole.Member, MemberId: { } id } => id,
        { IsAnonymous: true } => throw AccessError.Unauthenticated(),
        _ => throw AccessError.Forbidden("Only a member can do this, for themselves."),
    };

    public static void Admin(IResolveFieldContext context)
    {
        var viewer = context.Viewer();
        if (viewer.IsAnonymous) throw AccessError.Unauthenticated();
        if (!viewer.IsAdmin) throw AccessError.Forbidden("Only an administrator can do this.");
    }
}
