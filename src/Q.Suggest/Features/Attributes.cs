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

    /// <summary>The four attribute features on the indexed profiles (the same answers as the methods above).</summary>
    public static bool SameOrganisationFast(GraphView g, int a, int b) => g.Profiles.Organisation[a] is >= 0 and var o && o == g.Profiles.Organisation[b];

    public static bool SameRegionFast(GraphView g, int a, int b) => g.Profiles.Region[a] is >= 0 and var r && r == g.Profiles.Region[b];

    public static bool SameOrganisationTypeFast(GraphView g, int a, int b) => g.Profiles.OrganisationType[a] is >= 0 and var t && t == g.Profiles.OrganisationType[b];

    /// <summary>How many projects both take part in: a merge of the two sorted project lists.</summary>
    public static int SharedProjectCount(GraphView g, int a, int b)
    {
        var x = g.ProjectsOf[a];
        var y = g.ProjectsOf[b];
        var count = 0;
        for (int i = 0, j = 0; i < x.Length && j < y.Length;)
        {
            if (x[i] == y[j]) { count++; i++; j++; }
            else if (x[i] < y[j]) i++;
            else j++;
        }
        return count;
    }

    /// <summary>Projects (started by the cut-off) both take part in.</summary>
    public static IEnumerable<int> SharedProjects(GraphView g, int a, int b) => g.ProjectsOf[a].Intersect(g.ProjectsOf[b]);
}
