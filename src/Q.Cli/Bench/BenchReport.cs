using System.Runtime.InteropServices;

namespace Q.Cli.Bench;

/// <summary>Prints results as Markdown table rows, ready to paste into docs/benchmarks.md.</summary>
internal sealed class BenchReport(TextWriter output)
{
    public async Task HeaderAsync()
    {
        await output.WriteLineAsync($"Machine: {Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription}, .NET {Environment.Version}");
        await output.WriteLineAsync();
        await output.WriteLineAsync("| members | measure | value |");
        await output.WriteLineAsync("|---:|---|---:|");
    }

    public Task RowAsync(int members, string measure, string value) => output.WriteLineAsync($"| {members:N0} | {measure} | {value} |");

    public Task LatencyAsync(int members, string query, Latencies l) =>
        RowAsync(members, $"`{query}` over HTTP, {l.Count:N0} sequential requests",
            $"p50 {l.Percentile(50):0.00} ms, p99 {l.Percentile(99):0.00} ms, max {l.Max:0.00} ms");
}

/// <summary>Latency samples in milliseconds.</summary>
internal sealed class Latencies(List<double> samples)
{
    private readonly double[] _sorted = samples.Order().ToArray();

    public int Count => _sorted.Length;

    public double Max => _sorted[^1];

    /// <summary>Nearest-rank percentile.</summary>
    public double Percentile(double p) => _sorted[Math.Clamp((int)Math.Ceiling(p / 100 * _sorted.Length) - 1, 0, _sorted.Length - 1)];
}
