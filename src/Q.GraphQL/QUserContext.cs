using GraphQL;
using Q.Core.Model;
using Q.GraphQL.Access;
using Q.GraphQL.Loading;

namespace Q.GraphQL;

/// <summary>
/// What every resolver of one request shares: who is asking and the request's batch loaders.
/// GraphQL.NET wants the user context to be a dictionary; the typed properties are what we use.
/// </summary>
public sealed class QUserContext(Viewer viewer, RequestLoaders loaders) : Dictionary<string, object?>
{
    public Viewer Viewer { get; } = viewer;

    public RequestLoaders Loaders { get; } = loaders;

    public AuditTrail Audit { get; } = new(viewer);
}

public static class ResolveFieldContextExtensions
{
    public static Viewer Viewer(this IResolveFieldContext context) => Q(context).Viewer;

    public static RequestLoaders Loaders(this IResolveFieldContext context) => Q(context).Loaders;

    public static AuditTrail Audit(this IResolveFieldContext context) => Q(context).Audit;

    private static QUserContext Q(IResolveFieldContext context) =>
        context.UserContext as QUserContext
        ?? throw new InvalidOperationException("The GraphQL user context must be a QUserContext (set by GraphQLEndpoint).");
}
