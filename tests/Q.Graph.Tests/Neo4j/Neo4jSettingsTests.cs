using System.ComponentModel.DataAnnotations;
using Q.Core.Ports;
using Q.Graph.Neo4j;

namespace Q.Graph.Tests.Neo4j;

public sealed class Neo4jSettingsTests
{
    private static List<string> Problems(GraphStoreOptions options)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true);
        return results.Select(r => r.ErrorMessage!).ToList();
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("localhost:7474")]
    [InlineData("bolt://localhost:7687")]
    [InlineData("/relative")]
    public void With_engine_neo4j_the_url_must_be_an_absolute_http_url(string? url)
    {
        var options = new GraphStoreOptions { Engine = "neo4j", Neo4jUrl = url };

        Assert.Contains(Problems(options), p => p.Contains("GraphStore:Neo4jUrl", StringComparison.Ordinal));
        var e = Assert.Throws<GraphStoreException>(() => GraphStores.Create(options));
        Assert.Contains("GraphStore:Neo4jUrl", e.Message);
    }

    [Fact]
    public void Credentials_in_the_url_are_refused_so_they_cannot_reach_a_message()
    {
        var options = new GraphStoreOptions { Engine = "neo4j", Neo4jUrl = "http://neo4j:hunter2@localhost:7474" };

        var problem = Assert.Single(Problems(options));
        Assert.Contains("Neo4jPassword", problem);
        Assert.DoesNotContain("hunter2", problem);
    }

    [Fact]
    public void A_valid_neo4j_setting_creates_the_neo4j_store_and_sqlite_ignores_the_neo4j_settings()
    {
        var neo4j = new GraphStoreOptions { Engine = "neo4j", Neo4jUrl = "https://neo4j.example:7473", Neo4jUser = "neo4j", Neo4jPassword = "pw" };
        Assert.Empty(Problems(neo4j));
        var store = GraphStores.Create(neo4j);
        Assert.IsType<Neo4jGraphStore>(store);
        Assert.Equal("neo4j", store.Engine);

        Assert.Empty(Problems(new GraphStoreOptions { Engine = "sqlite", Neo4jUrl = "not a url" }));
    }

    [Fact]
    public void The_request_timeout_is_bounded()
    {
        Assert.Contains(Problems(new GraphStoreOptions { Engine = "neo4j", Neo4jUrl = "http://localhost:7474", Neo4jTimeoutSeconds = 0 }),
            p => p.Contains("Neo4jTimeoutSeconds", StringComparison.Ordinal));
    }
}
