using System.Diagnostics;
using Q.Cli.Bench;

namespace Q.Cli.Tests;

/// <summary>`q bench metrics` on a tiny network: it runs, and its single-threaded figure really is single-threaded.</summary>
public sealed class MetricsBenchTests : IDisposable
{
    private readonly CliRun _q = new();

    public void Dispose() => _q.Dispose();

    [Fact]
    public void Betweenness_on_one_thread_is_the_same_bit_for_bit_as_on_every_core()
    {
        // The bench's one-thread row only compares speed if the work is the same: fixed chunks summed in order.
        var random = new Random(3);
        var members = Enumerable.Range(0, 400).Select(i => new Q.Graph.Analytics.NetworkMember($"m{i:D3}", $"M {i}", null, Q.Core.Model.MemberRole.Other, null, null, null)).ToArray();
        var ties = new HashSet<(int, int)>();
        while (ties.Count < 2_000)
        {
            int a = random.Next(400), b = random.Next(400);
            if (a != b) ties.Add((Math.Min(a, b), Math.Max(a, b)));
        }
        var network = new Q.Graph.Analytics.Network(members, ties.Select(t => new Q.Graph.Analytics.NetworkTie(t.Item1, t.Item2, null, Q.Core.Model.ConnectionSource.Other)).ToArray());
        var all = Enumerable.Range(0, network.Count).ToArray();
        var parallel = Q.Graph.Analytics.Betweenness.Compute(network, all);
        var single = Q.Graph.Analytics.Betweenness.Compute(network, all, maxParallelism: 1);
        Assert.Equal(parallel, single);
        Assert.True(parallel.Max() > 0);
    }

    [Fact]
    public async Task Without_python_it_times_Q_alone()
    {
        var result = await _q.RunAsync("bench", "metrics", "--sizes", "300:1500", "--no-python");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Baselines: none (--no-python)", result.Out, StringComparison.Ordinal);
        Assert.Contains("| Q exact betweenness, one thread |", result.Out, StringComparison.Ordinal);
        Assert.Contains("top-100 overlap, Q sampled (300 sources) vs Q's exact | **100 %**", result.Out, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task With_igraph_and_networkx_it_measures_the_same_network()
    {
        Skip.IfNot(PythonHas("networkx, igraph"), "/usr/bin/python3 cannot import networkx and igraph (apt-get install python3-networkx python3-igraph)");
        var result = await _q.RunAsync("bench", "metrics", "--sizes", "300:1500");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Q exact vs igraph exact: top-100 overlap, largest difference | 100 %", result.Out, StringComparison.Ordinal);
        Assert.Contains("NetworkX full report equivalent", result.Out.Replace("NetworkX 2.8.8 ", "NetworkX ", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_size_must_be_members_colon_ties()
    {
        var result = await _q.RunAsync("bench", "metrics", "--sizes", "5000");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--sizes takes members:ties", result.Error, StringComparison.Ordinal);
    }


    private static bool PythonHas(string modules)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo("/usr/bin/python3", ["-c", $"import {modules}"]) { RedirectStandardError = true });
            process!.WaitForExit();
            return process.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }
}
