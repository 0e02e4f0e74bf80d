using System.Globalization;
using System.Text.Json;
using Q.Core.Analytics;
using Q.Graph.Analytics;
using Xunit.Abstractions;

namespace Q.Graph.Tests.Analytics;

/// <summary>
/// Compares every figure of a report (and every member's ego figures) with NetworkX's. A figure matches when its
/// relative error is at most 1e-6 (absolute error for expected values below 1e-6 in size, where relative error
/// means nothing); both NaN (NetworkX: null) also match. Mismatches are collected and reported together.
/// </summary>
public sealed class ReportComparison(Network network, ConnectivityReport report, JsonElement nx, ITestOutputHelper output)
{
    public const double Tolerance = 1e-6;

    private readonly List<string> _failures = [];
    private double _worst;
    private string _worstFigure = "";
    private int _compared;

    /// <summary>Checks everything and fails the test with every mismatch found.</summary>
    public void AssertAll()
    {
        Structure();
        Scalars();
        BetweennessAndBrokers();
        Communities();
        Mixing();
        Regions();
        EgoFigures();
        output.WriteLine($"{_compared} figures compared; worst error {_worst:E3} ({_worstFigure})");
        Assert.True(_failures.Count == 0, $"{_failures.Count} figures differ from NetworkX:\n" + string.Join('\n', _failures.Take(40)));
    }

    private void Structure()
    {
        var nodes = nx.GetProperty("nodes").EnumerateArray().Select(e => e.GetString()!).ToArray();
        var ids = network.Members.Select(m => m.Id).ToArray();
        Assert.Equal(nodes, ids); // the same members, in the same (id) order
        var edges = nx.GetProperty("edges").EnumerateArray().Select(e => (e[0].GetString()!, e[1].GetString()!)).ToHashSet();
        var ties = network.Ties.Select(t => (ids[t.A], ids[t.B])).ToHashSet();
        Assert.True(edges.SetEquals(ties), $"ties differ: {edges.Except(ties).Count()} only in networkx, {ties.Except(edges).Count()} only here");
    }

    private void Scalars()
    {
        Exact("memberCount", nx.GetProperty("memberCount").GetInt32(), report.MemberCount);
        Exact("connectionCount", nx.GetProperty("connectionCount").GetInt32(), report.ConnectionCount);
        Close("density", Number("density"), report.Density);
        Close("averageDegree", Number("averageDegree"), report.AverageDegree);
        var distribution = nx.GetProperty("degreeDistribution").EnumerateObject().ToDictionary(p => int.Parse(p.Name, CultureInfo.InvariantCulture), p => p.Value.GetInt32());
        Assert.Equal(distribution.OrderBy(p => p.Key), report.DegreeDistribution.OrderBy(p => p.Key));
        _compared += distribution.Count;
        Exact("componentCount", nx.GetProperty("componentCount").GetInt32(), report.ComponentCount);
        Close("largestComponentShare", Number("largestComponentShare"), report.LargestComponentShare);
        Exact("isolateCount", nx.GetProperty("isolateCount").GetInt32(), report.IsolateCount);
        Close("transitivity", Number("transitivity"), report.Transitivity);
        Close("averageClustering", Number("averageClustering"), report.AverageClustering);
        Close("degreeAssortativity", Number("degreeAssortativity"), report.DegreeAssortativity);
        Close(report.ShortestPathsSampled ? "sampledAverageShortestPathLength" : "averageShortestPathLength",
            Number(report.ShortestPathsSampled ? "sampledAverageShortestPathLength" : "averageShortestPathLength"), report.AverageShortestPathLength);
    }

    private void BetweennessAndBrokers()
    {
        var key = report.BetweennessSampled ? "sampledBetweenness" : "betweenness";
        var expected = Map(key);
        Assert.Equal(expected.Count, report.Betweenness.Count);
        foreach (var (id, value) in expected) Close($"{key}[{id}]", value, report.Betweenness[id]);

        var constraint = Map("constraint");
        Assert.Equal(Math.Min(network.Count, BrokerCount), report.Brokers.Count);
        for (var i = 0; i < report.Brokers.Count; i++)
        {
            var broker = report.Brokers[i];
            Close($"broker {broker.MemberId} betweenness", expected[broker.MemberId], broker.Betweenness);
            Close($"broker {broker.MemberId} constraint", constraint[broker.MemberId], broker.Constraint);
            Exact($"broker {broker.MemberId} degree", nx.GetProperty("degree").GetProperty(broker.MemberId).GetInt32(), broker.Degree);
            if (i > 0 && expected[broker.MemberId] > expected[report.Brokers[i - 1].MemberId] * (1 + Tolerance) + Tolerance)
                _failures.Add($"brokers out of order at {i}: {broker.MemberId}");
        }
        // No one left out has clearly more betweenness than the last broker listed.
        if (report.Brokers.Count > 0)
        {
            var last = expected[report.Brokers[^1].MemberId];
            var listed = report.Brokers.Select(b => b.MemberId).ToHashSet();
            foreach (var (id, value) in expected)
                if (!listed.Contains(id) && value > last * (1 + Tolerance) + Tolerance) _failures.Add($"{id} ({value}) should be a broker");
        }
    }

    public int BrokerCount { get; init; } = new AnalyticsOptions().TopBrokers;

    private void Communities()
    {
        Assert.Equal(network.Count, report.Communities.Count);
        if (report.ConnectionCount == 0)
        {
            Assert.True(double.IsNaN(report.Modularity), "modularity of a network without ties is NaN");
            return;
        }
        // The partition's own modularity, as networkx.community.modularity scores it…
        Close("modularity", Number("modularityOfGiven"), report.Modularity);
        // …and at least 95 % of what networkx's Louvain finds.
        var louvain = Number("louvainModularity");
        output.WriteLine($"modularity {report.Modularity:F6} ({report.CommunityCount} communities); networkx Louvain {louvain:F6} ({nx.GetProperty("louvainCommunityCount").GetInt32()})");
        Assert.True(report.Modularity >= 0.95 * louvain, $"modularity {report.Modularity} < 0.95 × networkx Louvain's {louvain}");
        // Communities numbered 0..count-1, 0 the largest, sizes not increasing.
        var sizes = report.Communities.Values.GroupBy(c => c).OrderBy(g => g.Key).Select(g => (g.Key, g.Count())).ToArray();
        Assert.Equal(Enumerable.Range(0, report.CommunityCount), sizes.Select(s => s.Key));
        for (var i = 1; i < sizes.Length; i++) Assert.True(sizes[i].Item2 <= sizes[i - 1].Item2, "community 0 is the largest, and so on");
    }

    private void Mixing()
    {
        foreach (var attribute in new[] { "region", "role", "organisation", "organisationType" })
        {
            var expected = nx.GetProperty("mixing").GetProperty(attribute);
            var actual = report.Mixing[attribute];
            Close($"{attribute} assortativity", Nullable(expected.GetProperty("assortativity")), actual.Assortativity);
            Close($"{attribute} E-I", Nullable(expected.GetProperty("eiIndex")), actual.EiIndex);
            Exact($"{attribute} internal ties", expected.GetProperty("internal").GetInt32(), actual.InternalTies);
            Exact($"{attribute} external ties", expected.GetProperty("external").GetInt32(), actual.ExternalTies);
        }
    }

    private void Regions()
    {
        var ties = nx.GetProperty("regionTies").EnumerateArray().Select(e => new TieCount(e[0].GetString()!, e[1].GetString()!, e[2].GetInt32())).ToArray();
        Assert.Equal(ties, report.RegionTies);
        var members = nx.GetProperty("regionMembers").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetInt32());
        Assert.Equal(members.OrderBy(p => p.Key, StringComparer.Ordinal), report.RegionMembers.OrderBy(p => p.Key, StringComparer.Ordinal));
        _compared += ties.Length + members.Count;
    }

    private void EgoFigures()
    {
        var betweenness = Map(report.BetweennessSampled ? "sampledBetweenness" : "betweenness");
        var constraint = Map("constraint");
        var sorted = betweenness.Values.OrderByDescending(v => v).ToArray();
        foreach (var member in network.Members)
        {
            var ego = NetworkAnalytics.Ego(network, report, member.Id)!;
            Exact($"{member.Id} degree", nx.GetProperty("degree").GetProperty(member.Id).GetInt32(), ego.Degree);
            Exact($"{member.Id} two-hop reach", nx.GetProperty("twoHopReach").GetProperty(member.Id).GetInt32(), ego.TwoHopReach);
            Close($"{member.Id} constraint", constraint[member.Id], ego.Constraint);
            Close($"{member.Id} betweenness", betweenness[member.Id], ego.Betweenness);
            // Rank: after everyone clearly above, before everyone clearly below (ties are ordered by id).
            var own = betweenness[member.Id];
            var above = sorted.Count(v => v > own * (1 + Tolerance) + Tolerance);
            var notBelow = sorted.Count(v => v >= own * (1 - Tolerance) - Tolerance);
            if (ego.BetweennessRank <= above || ego.BetweennessRank > notBelow)
                _failures.Add($"{member.Id} betweenness rank {ego.BetweennessRank} outside {above + 1}..{notBelow}");
        }
        Assert.Null(NetworkAnalytics.Ego(network, report, "not-a-member"));
    }

    private Dictionary<string, double> Map(string property) =>
        nx.GetProperty(property).EnumerateObject().ToDictionary(p => p.Name, p => Nullable(p.Value), StringComparer.Ordinal);

    private double Number(string property) => Nullable(nx.GetProperty(property));

    private static double Nullable(JsonElement e) => e.ValueKind == JsonValueKind.Null ? double.NaN : e.GetDouble();

    private void Exact(string figure, int expected, int actual)
    {
        _compared++;
        if (expected != actual) _failures.Add($"{figure}: networkx {expected}, here {actual}");
    }

    private void Close(string figure, double expected, double actual)
    {
        _compared++;
        if (double.IsNaN(expected) || double.IsNaN(actual))
        {
            if (double.IsNaN(expected) != double.IsNaN(actual)) _failures.Add($"{figure}: networkx {expected}, here {actual}");
            return;
        }
        var error = Math.Abs(expected) < 1e-6 ? Math.Abs(actual - expected) : Math.Abs(actual - expected) / Math.Abs(expected);
        if (error > _worst) (_worst, _worstFigure) = (error, figure);
        if (error > Tolerance) _failures.Add($"{figure}: networkx {expected:R}, here {actual:R} (error {error:E2})");
    }
}
