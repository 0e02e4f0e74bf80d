namespace Q.Suggest;

/// <summary>
/// Keeps suggestions from only echoing a member's own region and sector: when none of the top 10 crosses region or
/// organisation type and a good crossing candidate exists (ranked within <see cref="Window"/>), it takes 10th place.
/// </summary>
public static class Bridging
{
    public const int Top = 10;
    public const int Window = 50;

    public static bool Crosses(GraphView g, int member, int candidate)
    {
        var me = g.Member(member);
        var them = g.Member(candidate);
        if (me.RegionId is not null && them.RegionId is not null && me.RegionId != them.RegionId) return true;
        var mine = g.Community.OrganisationOf(member)?.Type;
        var theirs = g.Community.OrganisationOf(candidate)?.Type;
        return mine is not null && theirs is not null && mine != theirs;
    }

    /// <summary>Reorders <paramref name="ranked"/> (best first) in place; returns the candidate lifted, or -1.</summary>
    public static int Apply(GraphView g, int member, List<(int Candidate, float Score)> ranked)
    {
        if (ranked.Count <= Top) return -1;
        for (var i = 0; i < Top; i++)
            if (Crosses(g, member, ranked[i].Candidate)) return -1;
        for (var i = Top; i < Math.Min(Window, ranked.Count); i++)
        {
            if (!Crosses(g, member, ranked[i].Candidate)) continue;
            var lifted = ranked[i];
            ranked.RemoveAt(i);
            ranked.Insert(Top - 1, lifted);
            return lifted.Candidate;
        }
        return -1;
    }
}
