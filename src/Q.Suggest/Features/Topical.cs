using Q.Core.Model;

namespace Q.Suggest.Features;

/// <summary>Topic features: what the pair share (weighted by rarity) and what one can teach the other.</summary>
public static class Topical
{
    /// <summary>Sum of the IDF of the topics both hold, at any level.</summary>
    public static double IdfOverlap(GraphView g, Member a, Member b)
    {
        double sum = 0;
        foreach (var t in SharedTopics(a, b)) sum += g.TopicIdf.GetValueOrDefault(t);
        return sum;
    }

    /// <summary><see cref="IdfOverlap(GraphView, Member, Member)"/> on the indexed profiles: same sum, same order.</summary>
    public static double IdfOverlap(GraphView g, int a, int b)
    {
        var p = g.Profiles;
        var theirs = p.DistinctTopics[b];
        double sum = 0;
        foreach (var t in p.DistinctTopics[a])
            if (Array.IndexOf(theirs, t) >= 0) sum += p.TopicIdf[t];
        return sum;
    }

    /// <summary><see cref="Complementarity(GraphView, Member, Member)"/> on the indexed profiles: same sum, same order.</summary>
    public static double Complementarity(GraphView g, int a, int b)
    {
        var p = g.Profiles;
        double sum = 0;
        foreach (var ta in p.Topics[a])
            foreach (var tb in p.Topics[b])
                if (ta.Topic == tb.Topic && ((ta.Level == TopicLevel.Expert && tb.Level == TopicLevel.Interest) || (ta.Level == TopicLevel.Interest && tb.Level == TopicLevel.Expert)))
                    sum += p.TopicIdf[ta.Topic];
        return sum;
    }

    public static IEnumerable<string> SharedTopics(Member a, Member b)
    {
        var theirs = b.Topics.Select(t => t.TopicId).ToHashSet(StringComparer.Ordinal);
        return a.Topics.Select(t => t.TopicId).Distinct(StringComparer.Ordinal).Where(theirs.Contains);
    }

    /// <summary>Topics on which one is an expert and the other declared only an interest (either way round).</summary>
    public static IEnumerable<(string TopicId, bool ATeaches)> Complementary(Member a, Member b)
    {
        foreach (var ta in a.Topics)
            foreach (var tb in b.Topics)
            {
                if (ta.TopicId != tb.TopicId) continue;
                if (ta.Level == TopicLevel.Expert && tb.Level == TopicLevel.Interest) yield return (ta.TopicId, true);
                else if (ta.Level == TopicLevel.Interest && tb.Level == TopicLevel.Expert) yield return (ta.TopicId, false);
            }
    }

    /// <summary>Sum of the IDF of the complementary topics.</summary>
    public static double Complementarity(GraphView g, Member a, Member b) =>
        Complementary(a, b).Sum(c => g.TopicIdf.GetValueOrDefault(c.TopicId));
}
