namespace Q.Suggest.Features;

/// <summary>Profile attributes the pair have in common, and the projects they share.</summary>
public static class Attributes
{
    public static bool SameOrganisation(GraphView g, int a, int b) =>
        g.Member(a).OrganisationId is { } o && o == g.Member(b).OrganisationId;

    public static bool SameRegion(GraphView g, int a, int b) =>
        g.Member(a).RegionId is { } r && r == g.Member(b).RegionId;

    public static bool SameRole(GraphView g, int a, int b) => g.Member(a).Role == g.Member(b).Role;

    public static bool SameOrganisationType(GraphView g, int a, int b) =>
        g.Community.OrganisationOf(a)?.Type is { } t && t == g.Community.OrganisationOf(b)?.Type;

    /// <summary>Projects (started by the cut-off) both take part in.</summary>
    public static IEnumerable<int> SharedProjects(GraphView g, int a, int b) => g.ProjectsOf[a].Intersect(g.ProjectsOf[b]);
}
