namespace Q.Suggest.Features;

/// <summary>How long each of the pair had been a member at the cut-off (years; undated members count as 0).</summary>
public static class Tenure
{
    public static double Years(GraphView g, int member)
    {
        var asOf = g.AsOf ?? DateOnly.FromDateTime(DateTime.UtcNow);
        return g.Member(member).Joined is { } j ? Math.Max(0, (asOf.DayNumber - j.DayNumber) / 365.25) : 0;
    }
}
