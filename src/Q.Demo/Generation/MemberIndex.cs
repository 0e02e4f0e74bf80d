namespace Q.Demo.Generation;

/// <summary>
/// Members grouped by organisation, region and topic (each group in member order), for uniform draws in O(1).
/// Built once; memory is proportional to members times topics held.
/// </summary>
internal sealed class MemberIndex
{
    public MemberIndex(List<MemberInfo> members, int orgCount, int regionCount, int topicCount)
    {
        ByOrg = Group(members, orgCount, m => m.Org >= 0 ? [m.Org] : []);
        ByRegion = Group(members, regionCount, m => [m.Region]);
        ByTopic = Group(members, topicCount, m => m.Topics);
    }

    public int[][] ByOrg { get; }
    public int[][] ByRegion { get; }
    public int[][] ByTopic { get; }

    public int RandomInOrg(int org, Rng rng) => Random(ByOrg[org], rng);
    public int RandomInRegion(int region, Rng rng) => Random(ByRegion[region], rng);
    public int RandomWithTopic(int topic, Rng rng) => Random(ByTopic[topic], rng);

    private static int Random(int[] group, Rng rng) => group.Length == 0 ? -1 : group[rng.Next(group.Length)];

    private static int[][] Group(List<MemberInfo> members, int groups, Func<MemberInfo, IReadOnlyList<int>> keys)
    {
        var counts = new int[groups];
        foreach (var m in members) foreach (var k in keys(m)) counts[k]++;
        var result = counts.Select(c => new int[c]).ToArray();
        var fill = new int[groups];
        foreach (var m in members) foreach (var k in keys(m)) result[k][fill[k]++] = m.Index;
        return result;
    }
}
