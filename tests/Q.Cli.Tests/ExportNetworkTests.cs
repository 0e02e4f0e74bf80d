using System.Diagnostics;
using System.Text.Json;
using Q.Core.Analytics;
using Q.Core.Model;
using Q.Graph;
using Q.Tests.Shared;

namespace Q.Cli.Tests;

/// <summary>`q export-network` files as NetworkX and Gephi users open them.</summary>
public sealed class ExportNetworkTests : IDisposable
{
    private readonly CliRun _q = new();

    public void Dispose() => _q.Dispose();

    private async Task<CliResult> ExportAsync(params string[] args)
    {
        var result = await _q.RunAsync(["export-network", .. args, "--data-dir", _q.DataDir]);
        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Empty(Directory.EnumerateFiles(_q.Root, "*.partial"));
        return result;
    }

    [SkippableFact]
    public async Task NetworkX_reads_the_GraphML_as_the_stores_undirected_graph_with_every_attribute()
    {
        var python = Python.WithNetworkX();
        Skip.If(python is null, "neither /usr/bin/python3 nor python3 on PATH imports networkx");
        await _q.ImportAsync(MetricsCommunity.JsonLines());
        var file = _q.File("q.graphml");

        var result = await ExportAsync(file);

        Assert.Contains($"Exported 15 members and {MetricsCommunity.Ties} ties (everyone) to {file}", result.Error);
        var graph = Python.ReadGraphMl(python!, file);
        Assert.False(graph.GetProperty("directed").GetBoolean());
        await using var store = await GraphStores.OpenAsync(new GraphStoreOptions { DataDirectory = _q.DataDir });
        var members = await All(store.StreamMembersAsync());
        var organisations = (await All(store.StreamOrganisationsAsync())).ToDictionary(o => o.Id);
        var nodes = graph.GetProperty("nodes");
        Assert.Equal(members.Count, nodes.EnumerateObject().Count());
        foreach (var m in members)
        {
            var node = nodes.GetProperty(m.Id);
            Assert.Equal(m.Name, node.GetProperty("name").GetString());
            Assert.Equal(m.Name, node.GetProperty("label").GetString());
            Assert.Equal(m.RegionId, node.GetProperty("region").GetString());
            Assert.Equal(WireName<MemberRole>.Of(m.Role), node.GetProperty("role").GetString());
            Assert.Equal(m.OrganisationId, node.GetProperty("organisation").GetString());
            Assert.Equal(WireName<OrganisationType>.Of(organisations[m.OrganisationId!].Type!.Value), node.GetProperty("organisationType").GetString());
            Assert.Equal(m.Joined!.Value.ToString("yyyy-MM-dd"), node.GetProperty("joined").GetString());
            Assert.False(node.TryGetProperty("email", out _));
        }
        var ties = await All(store.StreamConnectionsAsync());
        var edges = graph.GetProperty("edges").EnumerateArray()
            .ToDictionary(e => Key(e[0].GetString()!, e[1].GetString()!), e => e[2]);
        Assert.Equal(ties.Count, edges.Count);
        foreach (var tie in ties)
        {
            var edge = edges[Key(tie.From, tie.To)];
            Assert.Equal(WireName<ConnectionSource>.Of(tie.Source), edge.GetProperty("source").GetString());
            if (tie.Since is { } since) Assert.Equal(since.ToString("yyyy-MM-dd"), edge.GetProperty("since").GetString());
            else Assert.False(edge.TryGetProperty("since", out _));
        }
    }

    [SkippableFact]
    public async Task A_filtered_export_holds_the_filtered_network()
    {
        var python = Python.WithNetworkX();
        Skip.If(python is null, "neither /usr/bin/python3 nor python3 on PATH imports networkx");
        await _q.ImportAsync(MetricsCommunity.JsonLines());
        var file = _q.File("ring.graphml");

        await ExportAsync(file, "--region", "wessex", "--as-of", "2022-12-31", "--format", "graphml");

        var graph = Python.ReadGraphMl(python!, file);
        Assert.Equal(MetricsCommunity.WessexIds.Order(), graph.GetProperty("nodes").EnumerateObject().Select(n => n.Name).Order());
        Assert.Equal(12, graph.GetProperty("edges").GetArrayLength());
    }

    [Fact]
    public async Task A_pseudonymised_export_has_no_names_emails_phones_or_ids_and_uses_the_evaluators_pseudonyms()
    {
        await _q.ImportAsync(MetricsCommunity.JsonLines());
        var graphml = _q.File("p.graphml");
        var csv = _q.File("p.csv");

        await ExportAsync(graphml, "--pseudonymise");
        await ExportAsync(csv, "--pseudonymise");

        var pseudonyms = Pseudonyms.LoadOrCreate(_q.DataDir);
        if (!OperatingSystem.IsWindows())
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(Path.Combine(_q.DataDir, Pseudonyms.FileName)));
        foreach (var path in new[] { graphml, csv, _q.File("p.nodes.csv") })
        {
            var text = File.ReadAllText(path);
            foreach (var id in MetricsCommunity.AllIds)
            {
                Assert.DoesNotContain(MetricsCommunity.NameOf(id), text);
                Assert.DoesNotMatch($@"[\s,>""]{id}[\s,<""]", text);
            }
            Assert.DoesNotContain("Person", text);
            Assert.DoesNotContain("@", text);
            Assert.DoesNotContain("01632", text);
            Assert.DoesNotContain("02900", text);
            Assert.Contains(pseudonyms.Of("w01"), text);
        }
        Assert.DoesNotContain("attr.name=\"name\"", File.ReadAllText(graphml));
        // The same member has the same pseudonym in a second export.
        await ExportAsync(_q.File("again.graphml"), "--pseudonymise");
        Assert.Equal(File.ReadAllText(graphml), File.ReadAllText(_q.File("again.graphml")));
    }

    [Fact]
    public async Task Csv_is_Gephis_edge_table_with_a_node_table_beside_it()
    {
        await _q.ImportAsync(MetricsCommunity.JsonLines());
        var edgesFile = _q.File("wales-edges.csv");

        var result = await ExportAsync(edgesFile, "--region", "wales");

        var nodesFile = _q.File("wales-edges.nodes.csv");
        Assert.Contains($"to {edgesFile} (edges) and {nodesFile} (nodes)", result.Error);
        var edges = File.ReadAllLines(edgesFile);
        Assert.Equal("Source,Target,Since,Kind,Type", edges[0]);
        Assert.Equal(["c1,c2,2021-06-01,swap-shop,Undirected", "c2,c3,2021-06-01,swap-shop,Undirected"], edges[1..]);
        var nodes = File.ReadAllLines(nodesFile);
        Assert.Equal("Id,Label,Region,Role,Organisation,OrganisationType,Joined", nodes[0]);
        Assert.Equal("c1,Cymru Person 1,wales,frontline,org-small,third-sector,2021-01-01", nodes[1]);
        Assert.Equal(4, nodes.Length);
        Assert.DoesNotContain("@", File.ReadAllText(nodesFile));
    }

    [Fact]
    public async Task A_bad_format_is_refused_and_nothing_is_written()
    {
        await _q.ImportAsync(MetricsCommunity.JsonLines());
        var result = await _q.RunAsync("export-network", _q.File("x.out"), "--format", "gexf", "--data-dir", _q.DataDir);
        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("gexf", result.Error);
        Assert.False(File.Exists(_q.File("x.out")));
    }

    private static (string, string) Key(string a, string b) => string.CompareOrdinal(a, b) <= 0 ? (a, b) : (b, a);

    private static async Task<List<T>> All<T>(IAsyncEnumerable<T> items)
    {
        var list = new List<T>();
        await foreach (var item in items) list.Add(item);
        return list;
    }

    private static class Python
    {
        private const string Reader = """
            import json, sys
            import networkx as nx
            g = nx.read_graphml(sys.argv[1])
            print(json.dumps({"directed": g.is_directed(), "nodes": {n: d for n, d in g.nodes(data=True)}, "edges": [[u, v, d] for u, v, d in g.edges(data=True)]}))
            """;

        /// <summary>/usr/bin/python3 if it imports networkx, else python3 on PATH if it does, else null.</summary>
        public static string? WithNetworkX()
        {
            foreach (var candidate in new[] { "/usr/bin/python3", "python3" })
            {
                try
                {
                    var (code, _) = Run(candidate, ["-c", "import networkx"]);
                    if (code == 0) return candidate;
                }
                catch (System.ComponentModel.Win32Exception)
                {
                }
            }
            return null;
        }

        public static JsonElement ReadGraphMl(string python, string file)
        {
            var (code, output) = Run(python, ["-c", Reader, file]);
            Assert.True(code == 0, output);
            return JsonDocument.Parse(output).RootElement;
        }

        private static (int Code, string Output) Run(string file, string[] args)
        {
            var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (var a in args) start.ArgumentList.Add(a);
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(60_000)) process.Kill(entireProcessTree: true);
            return (process.ExitCode, output.Result + error.Result);
        }
    }
}
