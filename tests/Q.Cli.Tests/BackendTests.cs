using System.Diagnostics;

namespace Q.Cli.Tests;

/// <summary>
/// Choosing engines with options or environment variables, and what q serve says when a configured server does not
/// answer. Port 9 on loopback (discard) has nothing listening here, so a connection there is refused at once.
/// </summary>
public sealed class BackendTests : IDisposable
{
    private const string Nowhere = "http://127.0.0.1:9";
    private const string Password = "hunter2-not-for-logs";
    private const string ApiKey = "api-key-not-for-logs";

    private readonly CliRun _q = new();

    public void Dispose() => _q.Dispose();

    [Theory]
    [InlineData("Elasticsearch", ApiKey, new[] { "--search", "elasticsearch", "--elasticsearch-url", Nowhere, "--elasticsearch-api-key", ApiKey })]
    [InlineData("Neo4j", Password, new[] { "--graph", "neo4j", "--neo4j-url", Nowhere, "--neo4j-user", "neo4j", "--neo4j-password", Password })]
    public async Task Serve_with_an_unreachable_backend_exits_within_30_s_with_one_line_naming_it(string backend, string secret, string[] arguments)
    {
        var (code, stdout, stderr, elapsed) = await ServeAsync(arguments);

        Assert.Equal(2, code);
        Assert.True(elapsed < TimeSpan.FromSeconds(30), $"took {elapsed}");
        Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith($"q: {backend} at {Nowhere} cannot be reached: connection refused (5 tries in ", stderr);
        Assert.DoesNotContain(secret, stderr + stdout);
        Assert.DoesNotContain("   at ", stderr);
    }

    [Fact]
    public async Task Serve_with_an_Elasticsearch_that_accepts_connections_but_never_answers_still_exits_within_30_s()
    {
        // The worst case: every ping waits for its timeout. A listener that never accepts still completes TCP handshakes.
        using var silent = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        silent.Start();
        var address = $"http://127.0.0.1:{((System.Net.IPEndPoint)silent.LocalEndpoint).Port}";

        var (code, _, stderr, elapsed) = await ServeAsync("--search", "elasticsearch", "--elasticsearch-url", address);

        Assert.Equal(2, code);
        Assert.True(elapsed < TimeSpan.FromSeconds(30), $"took {elapsed}");
        Assert.StartsWith($"q: Elasticsearch at {address} cannot be reached: it accepts connections but did not answer within 3 s", stderr);
        Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public async Task The_same_settings_work_from_the_environment_and_an_address_with_credentials_is_shown_without_them()
    {
        var environment = new Dictionary<string, string>
        {
            ["Search__Engine"] = "elasticsearch",
            ["Q_ELASTICSEARCH_URL"] = $"http://elastic:{Password}@127.0.0.1:9",
            ["Search__ElasticsearchApiKey"] = ApiKey,
        };

        var (code, stdout, stderr) = await QProcess.RunAsync("", environment,
            "serve", "--data-dir", _q.DataDir, "--urls", "http://127.0.0.1:0", "--seed-demo", "none");

        Assert.Equal(2, code);
        Assert.StartsWith($"q: Elasticsearch at {Nowhere} cannot be reached: connection refused", stderr);
        Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        foreach (var secret in new[] { Password, ApiKey, "elastic:" })
            Assert.DoesNotContain(secret, stdout + stderr);
    }

    [Fact]
    public async Task An_option_wins_over_the_environment()
    {
        // The environment names a server that is not there; the option says embedded Lucene, so serve starts.
        var environment = new Dictionary<string, string> { ["Search__Engine"] = "elasticsearch", ["Search__ElasticsearchUrl"] = Nowhere };

        var (code, stdout, stderr) = await QProcess.RunAsync("", environment,
            "reindex", "--data-dir", _q.DataDir, "--search", "lucene");

        Assert.Equal(0, code);
        Assert.Contains("Rebuilt 0 documents", stdout);
        Assert.Equal("", stderr);
    }

    [Fact]
    public async Task Help_never_shows_a_password_or_key_from_the_environment()
    {
        var environment = new Dictionary<string, string> { ["Q_NEO4J_PASSWORD"] = Password, ["Search__ElasticsearchApiKey"] = ApiKey };

        var (code, stdout, _) = await QProcess.RunAsync("", environment, "serve", "--help");

        Assert.Equal(0, code);
        foreach (var option in new[] { "--graph", "--neo4j-url", "--neo4j-user", "--neo4j-password <secret>", "--neo4j-database", "--search", "--elasticsearch-url", "--elasticsearch-api-key <secret>" })
            Assert.Contains(option, stdout);
        Assert.DoesNotContain(Password, stdout);
        Assert.DoesNotContain(ApiKey, stdout);
    }

    [Theory]
    [InlineData("serve", "--graph", "neo4j", "GraphStore:Neo4jUrl must be an absolute http:// or https:// URL")]
    [InlineData("serve", "--search", "elasticsearch", "Search:ElasticsearchUrl must be an absolute URL")]
    [InlineData("import", "--graph", "neo4j", "GraphStore:Neo4jUrl must be an absolute http:// or https:// URL")]
    [InlineData("export", "--graph", "neo4j", "GraphStore:Neo4jUrl must be an absolute http:// or https:// URL")]
    [InlineData("reindex", "--search", "elasticsearch", "Search:ElasticsearchUrl must be an absolute URL")]
    public async Task A_server_engine_without_its_address_is_refused_with_the_key_named(string command, string option, string engine, string message)
    {
        string[] args = command switch
        {
            "serve" => ["serve", "--urls", "http://127.0.0.1:0", "--seed-demo", "none"],
            "import" or "export" => [command, "-"],
            _ => [command],
        };

        var result = await _q.RunAsync([.. args, "--data-dir", _q.DataDir, option, engine]);

        Assert.Equal(2, result.ExitCode);
        Assert.Single(result.ErrorLines);
        Assert.Contains(message, result.Error);
    }

    /// <summary>
    /// q serve as its own process, timed from start to exit: the 30-second promise is about the command a user runs,
    /// and in-process the test host's busy thread pool (other test classes train models meanwhile) would delay the
    /// very timers being measured.
    /// </summary>
    private async Task<(int Code, string Stdout, string Stderr, TimeSpan Elapsed)> ServeAsync(params string[] args)
    {
        var clock = Stopwatch.StartNew();
        var (code, stdout, stderr) = await QProcess.RunAsync("", null,
            ["serve", "--data-dir", _q.DataDir, "--urls", "http://127.0.0.1:0", "--seed-demo", "none", .. args]);
        return (code, stdout, stderr, clock.Elapsed);
    }

    [Fact]
    public async Task An_engine_that_does_not_exist_is_refused_by_the_parser()
    {
        var result = await _q.RunAsync("import", "-", "--data-dir", _q.DataDir, "--graph", "oracle");

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("oracle", result.Error);
        Assert.False(Directory.Exists(_q.DataDir));
    }
}
