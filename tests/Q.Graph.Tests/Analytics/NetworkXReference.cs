using System.Diagnostics;
using System.Text;
using System.Text.Json;
using Q.Core.Analytics;
using Q.Core.Model;
using Q.Graph.Analytics;

namespace Q.Graph.Tests.Analytics;

/// <summary>
/// Runs networkx_reference.py (copied next to the tests) with a Python that has networkx: /usr/bin/python3 first
/// (Debian's python3-networkx), else python3 on PATH. <see cref="SkipReason"/> says why not when neither has it.
/// </summary>
public static class NetworkXReference
{
    private static readonly Lazy<(string? Python, string? SkipReason)> Found = new(Find);

    public static string? SkipReason => Found.Value.SkipReason;

    private static string Script => Path.Combine(AppContext.BaseDirectory, "Analytics", "networkx_reference.py");

    private static (string?, string?) Find()
    {
        var tried = new List<string>();
        foreach (var python in new[] { "/usr/bin/python3", "python3" })
        {
            try
            {
                var (code, output, error) = Run(python, ["-c", "import networkx; print(networkx.__version__)"], TimeSpan.FromSeconds(60));
                if (code == 0 && output.Trim().Length > 0) return (python, null); // it printed networkx's version
                tried.Add($"{python}: " + (error.Trim().Length > 0 ? error.Trim().Split('\n')[^1] : $"exit code {code}, no networkx version printed"));
            }
            catch (System.ComponentModel.Win32Exception e)
            {
                tried.Add($"{python}: {e.Message}");
            }
        }
        return (null, "no Python with networkx to compare against (" + string.Join("; ", tried) + ")");
    }

    /// <summary>Writes a network NetworkX ships (or "gnp:n:p:seed") into <paramref name="folder"/>.</summary>
    public static void Export(string name, string folder) => Invoke(["export", name, folder]);

    /// <summary>Every reference figure for the network described in <paramref name="folder"/>.</summary>
    public static JsonElement Analyse(string folder) => JsonDocument.Parse(Invoke(["analyse", folder])).RootElement.Clone();

    private static string Invoke(string[] arguments)
    {
        var python = Found.Value.Python ?? throw new InvalidOperationException(SkipReason);
        var (code, output, error) = Run(python, [Script, .. arguments], TimeSpan.FromMinutes(5));
        if (code != 0) throw new InvalidOperationException($"networkx_reference.py {string.Join(' ', arguments)} failed ({code}): {error}");
        return output;
    }

    private static (int, string, string) Run(string file, IEnumerable<string> arguments, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{file} did not finish within {timeout}");
        }
        return (process.ExitCode, output.Result, error.Result);
    }

    /// <summary>A network as members.tsv/ties.tsv: what the script reads, and what <see cref="ReadNetwork"/> reads back.</summary>
    public static void WriteNetwork(string folder, IEnumerable<(NetworkMember Member, IEnumerable<string> Topics)> members, IEnumerable<(string A, string B, DateOnly? Since)> ties)
    {
        var text = new StringBuilder();
        foreach (var (m, topics) in members)
            text.AppendJoin('\t', m.Id, m.RegionId ?? "", WireName<MemberRole>.Of(m.Role), m.OrganisationId ?? "",
                m.OrganisationType is { } t ? WireName<OrganisationType>.Of(t) : "", Date(m.Joined), string.Join(',', topics)).Append('\n');
        File.WriteAllText(Path.Combine(folder, "members.tsv"), text.ToString());
        text.Clear();
        foreach (var (a, b, since) in ties) text.AppendJoin('\t', a, b, Date(since)).Append('\n');
        File.WriteAllText(Path.Combine(folder, "ties.tsv"), text.ToString());
    }

    /// <summary>Reads members.tsv/ties.tsv as a <see cref="Network"/> numbered in id order (no filter).</summary>
    public static Network ReadNetwork(string folder)
    {
        var members = new List<NetworkMember>();
        foreach (var line in File.ReadAllLines(Path.Combine(folder, "members.tsv")))
        {
            var f = line.Split('\t');
            members.Add(new NetworkMember(f[0], f[0], Value(f[1]), WireName<MemberRole>.Parse(f[2]), Value(f[3]),
                Value(f[4]) is { } type ? WireName<OrganisationType>.Parse(type) : null, Value(f[5]) is { } d ? DateOnly.Parse(d) : null));
        }
        members.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < members.Count; i++) index[members[i].Id] = i;
        var ties = new List<NetworkTie>();
        foreach (var line in File.ReadAllLines(Path.Combine(folder, "ties.tsv")))
        {
            var f = line.Split('\t');
            int a = index[f[0]], b = index[f[1]];
            ties.Add(new NetworkTie(Math.Min(a, b), Math.Max(a, b), null, ConnectionSource.Other));
        }
        ties.Sort((x, y) => x.A != y.A ? x.A.CompareTo(y.A) : x.B.CompareTo(y.B));
        return new Network(members, ties);
    }

    public static void WriteFilter(string folder, NetworkFilter filter)
    {
        var json = new Dictionary<string, string?>
        {
            ["regionId"] = filter.RegionId,
            ["role"] = filter.Role is { } r ? WireName<MemberRole>.Of(r) : null,
            ["organisationId"] = filter.OrganisationId,
            ["organisationType"] = filter.OrganisationType is { } t ? WireName<OrganisationType>.Of(t) : null,
            ["topicId"] = filter.TopicId,
            ["joinedFrom"] = filter.JoinedFrom is { } f ? Date(f) : null,
            ["joinedTo"] = filter.JoinedTo is { } to ? Date(to) : null,
            ["asOf"] = filter.AsOf is { } a ? Date(a) : null,
        };
        File.WriteAllText(Path.Combine(folder, "filter.json"), JsonSerializer.Serialize(json));
    }

    /// <summary>The report's partition, for networkx to score, and the parameters of the run.</summary>
    public static void WriteReport(string folder, ConnectivityReport report, object parameters)
    {
        var text = new StringBuilder();
        foreach (var (id, community) in report.Communities) text.Append(id).Append('\t').Append(community).Append('\n');
        File.WriteAllText(Path.Combine(folder, "communities.tsv"), text.ToString());
        File.WriteAllText(Path.Combine(folder, "params.json"), JsonSerializer.Serialize(parameters));
    }

    private static string Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "";

    private static string? Value(string field) => field.Length == 0 ? null : field;
}
