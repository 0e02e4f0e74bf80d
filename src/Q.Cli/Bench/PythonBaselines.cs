using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Q.Graph.Analytics;

namespace Q.Cli.Bench;

/// <summary>
/// Runs the reference implementations (Bench/python/*.py, copied beside q.dll) on the network Q measured, written as
/// nodes.tsv and edges.tsv in Q's node order, so every figure is computed on the same graph and compared node by node.
/// </summary>
internal sealed class PythonBaselines(string python, string? cacheDirectory)
{
    public static string ScriptsDirectory => Path.Combine(AppContext.BaseDirectory, "Bench", "python");

    /// <summary>The interpreter's version, or null with the reason when it cannot run.</summary>
    public async Task<(string? Version, string? Problem)> ProbeAsync(CancellationToken ct)
    {
        if (!File.Exists(Path.Combine(ScriptsDirectory, "igraph_betweenness.py"))) return (null, $"the bench scripts are missing from {ScriptsDirectory}");
        try
        {
            var (code, output, error) = await ExecAsync(["-c", "import sys; print(sys.version.split()[0])"], ct);
            return code == 0 ? (output.Trim(), null) : (null, $"{python} failed: {error.Trim()}");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            return (null, $"{python} cannot be started ({e.Message})");
        }
    }

    /// <summary>Writes the network where the scripts read it; attributes as the report's mixing figures read them.</summary>
    public static async Task WriteNetworkAsync(Network network, string directory, CancellationToken ct)
    {
        await using (var nodes = new StreamWriter(Path.Combine(directory, "nodes.tsv")))
        {
            await nodes.WriteLineAsync("id\tregion\trole\torganisation\torganisationType");
            foreach (var m in network.Members)
                await nodes.WriteLineAsync($"{m.Id}\t{m.RegionId}\t{m.Role}\t{m.OrganisationId}\t{m.OrganisationType}".AsMemory(), ct);
        }
        await using var edges = new StreamWriter(Path.Combine(directory, "edges.tsv"));
        foreach (var tie in network.Ties) await edges.WriteLineAsync($"{tie.A}\t{tie.B}".AsMemory(), ct);
    }

    /// <summary>
    /// Runs one script on the network in <paramref name="directory"/>. With a cache directory, a result for identical
    /// inputs (network files, scripts, arguments) is reused instead, and says when it was measured.
    /// </summary>
    public async Task<PythonResult> RunAsync(string script, string directory, IReadOnlyList<string> arguments, CancellationToken ct)
    {
        var cached = cacheDirectory is null ? null : Path.Combine(cacheDirectory, $"{Path.GetFileNameWithoutExtension(script)}-{Key(directory, arguments)}.json");
        if (cached is not null && File.Exists(cached))
            return Parse(await File.ReadAllTextAsync(cached, ct), File.GetLastWriteTimeUtc(cached));

        var output = Path.Combine(directory, Path.ChangeExtension(script, ".json"));
        string[] args = [Path.Combine(ScriptsDirectory, script), Path.Combine(directory, "nodes.tsv"), Path.Combine(directory, "edges.tsv"), output, .. arguments];
        var (code, _, error) = await ExecAsync(args, ct);
        if (code != 0 || !File.Exists(output)) return new PythonResult(null, $"{script} exited with {code}: {Last(error)}", null);
        var json = await File.ReadAllTextAsync(output, ct);
        var result = Parse(json, null);
        if (cached is not null && result.Error is null)
        {
            Directory.CreateDirectory(cacheDirectory!);
            await File.WriteAllTextAsync(cached, json, ct);
        }
        return result;
    }

    private static PythonResult Parse(string json, DateTime? cachedAt)
    {
        var document = JsonDocument.Parse(json);
        return document.RootElement.TryGetProperty("error", out var error)
            ? new PythonResult(null, error.GetString(), cachedAt)
            : new PythonResult(document.RootElement, null, cachedAt);
    }

    private string Key(string directory, IReadOnlyList<string> arguments)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes(python + "\n" + string.Join("\n", arguments)));
        foreach (var file in Directory.GetFiles(ScriptsDirectory, "*.py").Order(StringComparer.Ordinal)) hash.AppendData(File.ReadAllBytes(file));
        foreach (var file in new[] { "nodes.tsv", "edges.tsv" }) hash.AppendData(File.ReadAllBytes(Path.Combine(directory, file)));
        return Convert.ToHexStringLower(hash.GetHashAndReset())[..16];
    }

    private async Task<(int Code, string Output, string Error)> ExecAsync(IReadOnlyList<string> arguments, CancellationToken ct)
    {
        var start = new ProcessStartInfo(python) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = ScriptsDirectory };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        // The baselines are single-threaded: keep any numeric library NetworkX calls from spreading over both cores.
        foreach (var variable in new[] { "OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS" }) start.Environment[variable] = "1";
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{python} did not start");
        using var kill = ct.Register(() => { try { process.Kill(entireProcessTree: true); } catch (InvalidOperationException) { } });
        var output = process.StandardOutput.ReadToEndAsync(ct);
        var error = process.StandardError.ReadToEndAsync(ct);
        await process.WaitForExitAsync(ct);
        return (process.ExitCode, await output, await error);
    }

    private static string Last(string error)
    {
        var lines = error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return lines.Length == 0 ? "(no message)" : lines[^1];
    }
}

/// <summary>A script's JSON output, or why there is none; <see cref="CachedAt"/> when it came from the cache.</summary>
internal sealed record PythonResult(JsonElement? Json, string? Error, DateTime? CachedAt)
{
    public double Seconds(string property) => Json!.Value.GetProperty(property).GetDouble();

    public string Version => Json!.Value.GetProperty("version").GetString() ?? "?";

    /// <summary>Added to a figure taken from the cache, so a reader sees it was not measured in this run.</summary>
    public string Provenance => CachedAt is { } at ? $" (cached result of an earlier run on the identical network, measured {at.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} UTC)" : "";
}
