using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Configuration;
using Q.Graph;
using Q.Search;
using YamlDotNet.RepresentationModel;

namespace Q.Cli.Tests;

/// <summary>
/// compose.yaml and the Dockerfile, checked by reading them: no container engine runs where Q is developed, so this
/// is what stands between a renamed setting and a compose file that silently configures nothing.
/// </summary>
public sealed partial class ComposeTests
{
    private static readonly string Root = FindRoot();

    private static readonly YamlMappingNode Services = (YamlMappingNode)Compose()["services"];

    [Fact]
    public void The_three_services_exist_and_every_image_is_pinned_to_a_release()
    {
        Assert.Equal(["elasticsearch", "neo4j", "q"], Services.Children.Keys.Select(k => k.ToString()).Order());
        Assert.Matches(@"^neo4j:5\.\d+\.\d+(-community)?$", Scalar(Service("neo4j"), "image"));
        Assert.Matches(@"^docker\.elastic\.co/elasticsearch/elasticsearch:9\.\d+\.\d+$", Scalar(Service("elasticsearch"), "image"));
        foreach (var (name, service) in Services.Children)
            if (service is YamlMappingNode s && s.Children.ContainsKey("image"))
                Assert.DoesNotContain("latest", Scalar(s, "image"));
    }

    [Theory]
    [InlineData("neo4j", "cypher-shell")]
    [InlineData("elasticsearch", "_cluster/health")]
    public void Each_server_has_a_healthcheck_that_asks_the_server_itself_and_keeps_its_data_in_a_volume(string name, string probe)
    {
        var service = Service(name);
        var test = (YamlSequenceNode)((YamlMappingNode)service["healthcheck"])["test"];
        Assert.Equal("CMD-SHELL", test.Children[0].ToString());
        Assert.Contains(probe, test.Children[1].ToString());
        var volume = Assert.Single(((YamlSequenceNode)service["volumes"]).Children).ToString();
        var named = volume.Split(':')[0];
        Assert.True(((YamlMappingNode)Compose()["volumes"]).Children.ContainsKey(named), $"volume {named} is not declared");
    }

    [Fact]
    public void Neo4j_takes_its_password_from_the_environment_and_Elasticsearch_runs_as_one_node()
    {
        Assert.StartsWith("neo4j/${NEO4J_PASSWORD", Scalar(Env("neo4j"), "NEO4J_AUTH"));
        Assert.Equal("single-node", Scalar(Env("elasticsearch"), "discovery.type"));
        Assert.Matches(@"-Xms(\d+[gm]) -Xmx\1", Scalar(Env("elasticsearch"), "ES_JAVA_OPTS"));
    }

    [Fact]
    public void Q_is_built_here_and_waits_for_both_servers_to_be_healthy()
    {
        var q = Service("q");
        Assert.Equal(".", Scalar(q, "build"));
        var dependsOn = (YamlMappingNode)q["depends_on"];
        foreach (var server in new[] { "neo4j", "elasticsearch" })
            Assert.Equal("service_healthy", Scalar((YamlMappingNode)dependsOn[server], "condition"));
        Assert.Contains("5080:5080", ((YamlSequenceNode)q["ports"]).Children.Select(p => p.ToString()));
    }

    [Fact]
    public void Every_q_environment_variable_is_a_real_Q_configuration_key()
    {
        var documented = File.ReadAllText(Path.Combine(Root, "docs", "configuration.md"));
        foreach (var (key, _) in Env("q").Children.Select(c => (c.Key.ToString(), c.Value)))
        {
            if (key.Split("__") is [var section, var property])
            {
                // Bound by name: a key naming no property would be ignored by .NET configuration without a word.
                var type = section switch
                {
                    GraphStoreOptions.Section => typeof(GraphStoreOptions),
                    SearchIndexOptions.Section => typeof(SearchIndexOptions),
                    _ => null,
                };
                Assert.True(type is not null, $"{key}: no Q options section '{section}'");
                Assert.True(type!.GetProperty(property, BindingFlags.Public | BindingFlags.Instance) is { CanWrite: true }, $"{key}: {type.Name} has no setting '{property}'");
            }
            Assert.True(documented.Contains($"`{key}`", StringComparison.Ordinal) || documented.Contains($"`{key.Replace("__", ":", StringComparison.Ordinal)}`", StringComparison.Ordinal),
                $"{key} is not in docs/configuration.md");
        }
    }

    [Fact]
    public void The_q_environment_configures_Neo4j_and_Elasticsearch_with_values_Q_accepts()
    {
        var settings = Env("q").Children.ToDictionary(c => c.Key.ToString().Replace("__", ":", StringComparison.Ordinal), c => (string?)c.Value.ToString());
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var graph = configuration.GetSection(GraphStoreOptions.Section).Get<GraphStoreOptions>()!;
        var search = configuration.GetSection(SearchIndexOptions.Section).Get<SearchIndexOptions>()!;

        Assert.Null(Q.Graph.Extensions.Problem(graph));
        Assert.Equal("neo4j", graph.Engine);
        Assert.Equal("http://neo4j:7474", graph.Neo4jUrl);
        Assert.Equal(Scalar(Env("neo4j"), "NEO4J_AUTH"), $"{graph.Neo4jUser}/{graph.Neo4jPassword}");
        Assert.Equal("elasticsearch", search.Engine);
        Assert.Equal("http://elasticsearch:9200", search.ElasticsearchUrl);
        Assert.Equal("http://0.0.0.0:5080", settings["ASPNETCORE_URLS"]);
    }

    [Fact]
    public void The_Dockerfile_publishes_the_project_README_names_and_its_entrypoint_serves()
    {
        var dockerfile = File.ReadAllText(Path.Combine(Root, "Dockerfile"));
        var readme = File.ReadAllText(Path.Combine(Root, "README.md"));
        var project = ReadmeProject().Match(readme).Groups[1].Value;

        Assert.Equal("src/Q.Cli", project);
        Assert.True(File.Exists(Path.Combine(Root, project, "Q.Cli.csproj")));
        Assert.Matches(@"(?m)^FROM mcr\.microsoft\.com/dotnet/sdk:10\.0 AS build$", dockerfile);
        Assert.Matches(@"(?m)^FROM mcr\.microsoft\.com/dotnet/aspnet:10\.0 AS runtime$", dockerfile);
        Assert.Matches($@"(?m)^RUN dotnet publish {Regex.Escape(project)} .*--output /app$", dockerfile);
        Assert.Matches(@"(?m)^COPY Directory\.Build\.props Directory\.Packages\.props \./$", dockerfile);
        Assert.Matches(@"(?m)^COPY --from=build /app \./$", dockerfile);
        // The assembly the entry point runs is the one the project builds.
        Assert.Contains("<AssemblyName>q</AssemblyName>", File.ReadAllText(Path.Combine(Root, project, "Q.Cli.csproj")));
        Assert.Equal("""ENTRYPOINT ["dotnet", "q.dll", "serve"]""", dockerfile.Split('\n').Single(l => l.StartsWith("ENTRYPOINT", StringComparison.Ordinal)).Trim());
    }

    [Fact]
    public void The_docker_build_context_keeps_sources_and_props_and_leaves_build_output_out()
    {
        var ignored = File.ReadAllLines(Path.Combine(Root, ".dockerignore")).Where(l => l.Length > 0 && !l.StartsWith('#')).ToList();

        Assert.Contains("**/bin/", ignored);
        Assert.Contains("**/obj/", ignored);
        Assert.Contains("data/", ignored);
        foreach (var needed in new[] { "src", "src/", "Directory.Build.props", "Directory.Packages.props", "*.props" })
            Assert.DoesNotContain(needed, ignored);
    }

    private static YamlMappingNode Compose()
    {
        var yaml = new YamlStream();
        using var reader = new StreamReader(Path.Combine(Root, "compose.yaml"));
        yaml.Load(reader);
        return (YamlMappingNode)yaml.Documents.Single().RootNode;
    }

    private static YamlMappingNode Service(string name) => (YamlMappingNode)Services[name];

    private static YamlMappingNode Env(string service) => (YamlMappingNode)Service(service)["environment"];

    private static string Scalar(YamlMappingNode node, string key) => ((YamlScalarNode)node[key]).Value!;

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Q.sln"))) return dir.FullName;
        throw new InvalidOperationException("Q.sln not found above " + AppContext.BaseDirectory);
    }

    [GeneratedRegex(@"dotnet run --project (\S+)")]
    private static partial Regex ReadmeProject();
}
