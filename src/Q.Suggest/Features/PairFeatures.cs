namespace Q.Suggest.Features;

/// <summary>The feature vector of a pair, in a fixed order the model and the manifest both name.</summary>
public static class PairFeatures
{
    /// <summary>Bumped whenever a feature is added, removed or redefined: a saved model only scores vectors of its own schema.</summary>
    public const int Schema = 1;

    public static readonly string[] Names =
    [
        "commonNeighbours", "adamicAdar", "resourceAllocation", "jaccard", "logPreferentialAttachment",
        "topicIdfOverlap", "expertiseComplementarity", "sameOrganisation", "sameRegion", "sameRole",
        "sameOrganisationType", "sharedProjects", "profileTextSimilarity", "tenureMinYears", "tenureMaxYears",
    ];

    public const int Count = 15;
    public const int CommonNeighbours = 0, AdamicAdar = 1, TopicOverlap = 5;

    /// <summary>
    /// The vector of a pair, read from the view's indexed profiles (<see cref="Profiles"/>); <c>FeatureTests</c> checks
    /// it against the member-record definitions in each family's file.
    /// </summary>
    public static float[] Of(GraphView g, int a, int b)
    {
        var s = Structural.Of(g, a, b);
        double ta = g.Profiles.TenureYears[a], tb = g.Profiles.TenureYears[b];
        return
        [
            s.CommonNeighbours, (float)s.AdamicAdar, (float)s.ResourceAllocation, (float)s.Jaccard, (float)Math.Log(1 + s.PreferentialAttachment),
            (float)Topical.IdfOverlap(g, a, b), (float)Topical.Complementarity(g, a, b),
            Attributes.SameOrganisationFast(g, a, b) ? 1 : 0, Attributes.SameRegionFast(g, a, b) ? 1 : 0, Attributes.SameRole(g, a, b) ? 1 : 0,
            Attributes.SameOrganisationTypeFast(g, a, b) ? 1 : 0, Attributes.SharedProjectCount(g, a, b),
            (float)g.Text.Cosine(a, b), (float)Math.Min(ta, tb), (float)Math.Max(ta, tb),
        ];
    }

    /// <summary>The same vector from the member records and string ids (the definitions; slow): what <see cref="Of"/> must equal.</summary>
    public static float[] Reference(GraphView g, int a, int b)
    {
        var s = Structural.Of(g, a, b);
        var ma = g.Member(a);
        var mb = g.Member(b);
        double ta = Tenure.Years(g, a), tb = Tenure.Years(g, b);
        return
        [
            s.CommonNeighbours, (float)s.AdamicAdar, (float)s.ResourceAllocation, (float)s.Jaccard, (float)Math.Log(1 + s.PreferentialAttachment),
            (float)Topical.IdfOverlap(g, ma, mb), (float)Topical.Complementarity(g, ma, mb),
            Attributes.SameOrganisation(g, a, b) ? 1 : 0, Attributes.SameRegion(g, a, b) ? 1 : 0, Attributes.SameRole(g, a, b) ? 1 : 0,
            Attributes.SameOrganisationType(g, a, b) ? 1 : 0, Attributes.SharedProjects(g, a, b).Count(),
            (float)g.Text.Cosine(a, b), (float)Math.Min(ta, tb), (float)Math.Max(ta, tb),
        ];
    }
}
