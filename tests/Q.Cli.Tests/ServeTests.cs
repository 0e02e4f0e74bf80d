using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Q.Cli.Tests;

/// <summary>`q serve` as a user runs it: a real Kestrel server on a loopback port, stopped by cancellation.</summary>
public sealed partial class ServeTests : IDisposable
{
    private readonly CliRun _q = new();

    public void Dispose() => _q.Dispose();

    [Fact]
    public async Task Serve_seeds_an_empty_store_answers_health_checks_and_GraphQL_then_keeps_the_data()
    {
        await using (var server = await Server.StartAsync(_q, "--seed-demo", "60"))
        {
            Assert.Contains("seeding a 60-member demo community", server.Output);
            Assert.Equal(HttpStatusCode.OK, (await server.Http.GetAsync("/healthz")).StatusCode);
            var ready = await server.Http.GetFromJsonAsync<JsonElement>("/readyz");
            Assert.Equal("ready", ready.GetProperty("status").GetString());
            Assert.Equal(60, await server.MemberCountAsync());
        }

        // A second start, with the default --seed-demo, finds the data and does not seed again.
        await using (var again = await Server.StartAsync(_q))
        {
            Assert.DoesNotContain("seeding", again.Output);
            Assert.Equal(60, await again.MemberCountAsync());
        }
    }

    [Fact]
    public async Task The_seeded_demo_is_searchable_as_soon_as_serve_prints_its_address()
    {
        // README's first step: the default 2,000 members take the background indexer a few seconds; serve waits for it.
        await using var server = await Server.StartAsync(_q);
        Assert.Equal(Q.Cli.Commands.ServeCommand.DefaultDemoMembers, await server.SearchCountAsync(""));
        Assert.True(await server.SearchCountAsync("sepsis") > 0);
    }

    [Fact]
    public async Task Serve_does_not_seed_over_a_store_that_holds_anything()
    {
        await _q.ImportAsync("""{"kind":"organisation","id":"org-0001","name":"My Real Trust"}""");

        await using var server = await Server.StartAsync(_q, "--seed-demo", "20");

        Assert.DoesNotContain("seeding", server.Output);
        Assert.Equal(0, await server.MemberCountAsync());
        Assert.Contains(await _q.ExportAsync(), l => l.Contains("My Real Trust"));
    }

    [Fact]
    public async Task An_unusable_data_folder_is_one_clear_line_and_exit_code_2()
    {
        Directory.CreateDirectory(_q.DataDir);
        File.WriteAllText(Path.Combine(_q.DataDir, "graph.db"), "not a database: this file was left here by something else entirely");
        var file = _q.File("a-file", "x");

        var serve = await _q.RunAsync("serve", "--data-dir", _q.DataDir, "--urls", "http://127.0.0.1:0");
        var import = await _q.RunWithInputAsync("{}", "import", "-", "--data-dir", file);

        Assert.Equal(2, serve.ExitCode);
        Assert.StartsWith("q: The graph store '", serve.Error);
        Assert.Contains("not a database", serve.Error);
        Assert.Single(serve.ErrorLines);
        Assert.Equal(2, import.ExitCode);
        Assert.StartsWith("q: The data folder '", import.Error);
        Assert.DoesNotContain("   at ", serve.Error + import.Error);
    }

    [Fact]
    public async Task An_invalid_configuration_stops_serve_with_the_setting_named()
    {
        // In its own process: an environment variable set here would reach every test running beside this one.
        var (code, _, error) = await QProcess.RunAsync("", new Dictionary<string, string> { ["GraphStore__Engine"] = "oracle" },
            "serve", "--data-dir", _q.DataDir, "--urls", "http://127.0.0.1:0", "--seed-demo", "none");

        Assert.Equal(2, code);
        Assert.Contains("GraphStore:Engine must be 'sqlite' or 'neo4j'", error);
        Assert.DoesNotContain("   at ", error);
    }

    [Fact]
    public async Task Serve_with_seed_demo_none_serves_an_empty_store()
    {
        await using var server = await Server.StartAsync(_q, "--seed-demo", "none");

        Assert.Equal(0, await server.MemberCountAsync());
    }

    [Fact]
    public async Task A_bad_seed_demo_value_is_refused_before_anything_starts()
    {
        var result = await _q.RunAsync("serve", "--data-dir", _q.DataDir, "--seed-demo", "lots", "--urls", "http://127.0.0.1:0");

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("--seed-demo must be a number of members", result.Error);
        Assert.False(Directory.Exists(_q.DataDir));
    }

    internal sealed partial class Server : IAsyncDisposable
    {
        private readonly CancellationTokenSource _stop = new();
        private readonly StringWriter _out = new();
        private Task<int> _running = Task.FromResult(0);

        public HttpClient Http { get; private set; } = new();

        public string Output => _out.ToString();

        public static async Task<Server> StartAsync(CliRun q, params string[] args)
        {
            var server = new Server();
            var console = new CliConsole(new MemoryStream(), new MemoryStream(), TextWriter.Synchronized(server._out), TextWriter.Null, false);
            server._running = Cli.RunAsync(["serve", "--data-dir", q.DataDir, "--urls", "http://127.0.0.1:0", .. args], console, server._stop.Token);
            var deadline = DateTime.UtcNow.AddSeconds(60);
            while (Address().Match(server.Output) is not { Success: true } match)
            {
                if (server._running.IsCompleted) Assert.Fail($"serve stopped early ({await server._running}): {server.Output}");
                if (DateTime.UtcNow > deadline) Assert.Fail($"serve did not start: {server.Output}");
                await Task.Delay(50);
            }
            server.Http = new HttpClient { BaseAddress = new Uri(Address().Match(server.Output).Groups[1].Value) };
            return server;
        }

        public async Task<int> MemberCountAsync()
        {
            using var response = await Http.PostAsJsonAsync("/graphql", new { query = "{ members { totalCount } }" });
            var body = await response.Content.ReadFromJsonAsync<JsonElement>();
            return body.GetProperty("data").GetProperty("members").GetProperty("totalCount").GetInt32();
        }

        public async Task<int> SearchCountAsync(string query)
        {
            using var response = await Http.PostAsJsonAsync("/graphql", new { query = "query($q: String!) { searchPeople(query: $q) { totalCount } }", variables = new { q = query } });
            var body = await response.Content.ReadFromJsonAsync<JsonElement>();
            return body.GetProperty("data").GetProperty("searchPeople").GetProperty("totalCount").GetInt32();
        }

        public async ValueTask DisposeAsync()
        {
            await _stop.CancelAsync();
            Assert.Equal(0, await _running);
            Http.Dispose();
        }

        [GeneratedRegex(@"Q is serving GraphQL at (http://127\.0\.0\.1:\d+)/graphql")]
        private static partial Regex Address();
    }
}
