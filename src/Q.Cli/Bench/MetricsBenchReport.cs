using System.Globalization;
using System.Runtime.InteropServices;

namespace Q.Cli.Bench;

/// <summary>The metrics bench's Markdown table: each Q time beside how many times longer igraph and NetworkX took.</summary>
internal sealed class MetricsBenchReport(TextWriter output)
{
    public async Task HeaderAsync(string baselines)
    {
        await output.WriteLineAsync($"Machine: {Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription}, .NET {Environment.Version}; load average {LoadAverage()}");
        await output.WriteLineAsync($"Baselines: {baselines}");
        await output.WriteLineAsync();
        await output.WriteLineAsync("| members / ties | measure | value | igraph ÷ Q | NetworkX ÷ Q |");
        await output.WriteLineAsync("|---|---|---:|---:|---:|");
    }

    public Task RowAsync(string size, string measure, string value, double? igraph = null, double? networkx = null) =>
        output.WriteLineAsync($"| {size} | {measure} | {value} | {Ratio(igraph)} | {Ratio(networkx)} |");

    public Task NoteAsync(string text) => output.WriteLineAsync(text);

    /// <summary>The 1, 5 and 15 minute load averages (Linux), so a reader can judge whether other work shared the cores.</summary>
    public static string LoadAverage()
    {
        try
        {
            var parts = File.ReadAllText("/proc/loadavg").Split(' ');
            return string.Join(" / ", parts.Take(3));
        }
        catch (IOException)
        {
            return "unknown";
        }
        catch (UnauthorizedAccessException)
        {
            return "unknown";
        }
    }

    private static string Ratio(double? ratio) => ratio is { } r && double.IsFinite(r) ? r.ToString("0.0", CultureInfo.InvariantCulture) + "×" : "";
}
