using System.Diagnostics;
using Q.Cli.Bench;

namespace Q.Cli.Tests;

/// <summary>`q bench metrics` on a tiny network: it runs, and its single-threaded figure really is single-threaded.</summary>
public sealed class MetricsBenchTests : IDisposable
{
    private readonly CliRun _q = new();

    public void Dispose() => _q.Dispose();

    [Fact]
    public void Single_threaded_runs_a_parallel_loop_on_one_thread()
    {
        var running = 0;
        var widest = 0;
        var threads = new System.Collections.Concurrent.ConcurrentDictionary<int, bool>();
        MetricsBenchRun.SingleThreaded(() =>
        {
            Parallel.For(0, 64, _ =>
            {
                var now = Interlocked.Increment(ref running);
                InterlockedMax(ref widest, now);
                threads[Environment.CurrentManagedThreadId] = true;
                Thread.SpinWait(20_000);
                Interlocked.Decrement(ref running);
            });
            return 0;
        });
        Assert.Equal(1, widest);
        Assert.Single(threads);
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

    private static void InterlockedMax(ref int target, int value)
    {
        for (var seen = target; value > seen; seen = target)
            if (Interlocked.CompareExchange(ref target, value, seen) == seen) return;
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
