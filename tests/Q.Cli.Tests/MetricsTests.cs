using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Q.Graph;
using Q.Tests.Shared;

namespace Q.Cli.Tests;

/// <summary>`q metrics` and `q token --names` as an operator and an evaluator use them.</summary>
public sealed class MetricsTests : IDisposable
{
    private readonly CliRun _q = new();

    public void Dispose() => _q.Dispose();

    private static readonly string[] Keys =
    [
        "memberCount", "connectionCount", "density", "averageDegree", "componentCount", "largestComponentShare", "isolateCount",
        "transitivity", "averageClustering", "degreeAssortativity", "averageShortestPathLength", "regionAssortativity",
        "regionEiIndex", "modularity", "communityCount", "betweenness",
    ];

    private async Task<JsonElement> JsonAsync(params string[] args)
    {
        var result = await _q.RunAsync(["metrics", "--json", "--data-dir", _q.DataDir, .. args]);
        Assert.True(result.ExitCode == 0, result.Error);
        return JsonDocument.Parse(result.Out).RootElement;
    }

    [Fact]
    public async Task Json_has_every_figure_by_its_name_and_betweenness_for_every_member()
    {
        await _q.ImportAsync(MetricsCommunity.JsonLines());

        var report = await JsonAsync();

        foreach (var key in Keys) Assert.True(report.TryGetProperty(key, out _), $"missing {key}");
        Assert.Equal(15, report.GetProperty("memberCount").GetInt32());
        Assert.Equal(MetricsCommunity.Ties, report.GetProperty("connectionCount").GetInt32());
        var betweenness = report.GetProperty("betweenness").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetDouble());
        Assert.Equal(MetricsCommunity.AllIds.Order(), betweenness.Keys.Order());
        Assert.All(betweenness.Values, v => Assert.InRange(v, 0, 1));
        Assert.Equal(JsonValueKind.Number, report.GetProperty("regionEiIndex").ValueKind);
    }

    [Fact]
    public async Task Filters_narrow_the_network_and_an_undefined_figure_is_null()
    {
        await _q.ImportAsync(MetricsCommunity.JsonLines());

        // Wessex by the end of 2022 is a ring: every degree is 2, so degree assortativity is undefined.
        var ring = await JsonAsync("--region", "wessex", "--as-of", "2022-12-31");
        Assert.Equal(12, ring.GetProperty("memberCount").GetInt32());
        Assert.Equal(12, ring.GetProperty("connectionCount").GetInt32());
        Assert.Equal(JsonValueKind.Null, ring.GetProperty("degreeAssortativity").ValueKind);

        var managers = await JsonAsync("--role", "manager", "--organisation-type", "primary-care", "--joined-from", "2020-08-01");
        // w08, w10, w12: managers of org-mid who joined from August 2020.
        Assert.Equal(["w08", "w10", "w12"], managers.GetProperty("betweenness").EnumerateObject().Select(p => p.Name).Order());
        // The GraphQL enum spelling is accepted too.
        Assert.Equal(3, (await JsonAsync("--role", "MANAGER", "--organisation-type", "PRIMARY_CARE", "--joined-from", "2020-08-01")).GetProperty("memberCount").GetInt32());
        Assert.Equal(3, (await JsonAsync("--organisation", "org-small")).GetProperty("memberCount").GetInt32());
    }

    [Theory]
    [InlineData("--role", "nurse", "--role: 'nurse' is not allowed; use one of: frontline, manager, patient-leader, researcher, policymaker, other.")]
    [InlineData("--organisation-type", "hospital", "--organisation-type: 'hospital' is not allowed; use one of: acute-provider,")]
    [InlineData("--region", "atlantis", "--region: 'atlantis' is not a Q region; use one of: ")]
    [InlineData("--joined-from", "01/02/2024", "--joined-from: '01/02/2024' is not a date; write it as yyyy-MM-dd")]
    [InlineData("--as-of", "yesterday", "--as-of: 'yesterday' is not a date")]
    [InlineData("--organisation", "org-404", "--organisation: there is no organisation 'org-404'")]
    [InlineData("--topic", "knitting", "--topic: there is no topic 'knitting'")]
    public async Task A_bad_filter_is_one_line_naming_the_option_and_writes_nothing(string option, string value, string message)
    {
        await _q.ImportAsync(MetricsCommunity.JsonLines());

        var result = await _q.RunAsync("metrics", "--json", "--snapshot", option, value, "--data-dir", _q.DataDir);

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("q: " + message, result.Error);
        Assert.Single(result.ErrorLines);
        Assert.Equal("", result.Out);
        var export = await _q.RunAsync("export-network", _q.File("n.graphml"), option, value, "--data-dir", _q.DataDir);
        Assert.Equal(2, export.ExitCode);
        Assert.StartsWith("q: " + message, export.Error);
        Assert.False(File.Exists(_q.File("n.graphml")));
        await using var store = await GraphStores.OpenAsync(new GraphStoreOptions { DataDirectory = _q.DataDir });
        Assert.Empty(await store.GetSnapshotsAsync(null, null, null));
    }

    [Fact]
    public async Task The_summary_reads_as_figures_brokers_by_name_and_mixing_by_attribute()
    {
        await _q.ImportAsync(MetricsCommunity.JsonLines());

        var result = await _q.RunAsync("metrics", "--data-dir", _q.DataDir);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Network: everyone", result.Out);
        Assert.Matches(@"Members\s+15", result.Out);
        Assert.Matches(@"Connections\s+18", result.Out);
        Assert.Contains("Top brokers", result.Out);
        // w01 bridges Wessex and Wales and holds a chord: the top broker, by name and id.
        Assert.Matches(@"1\s+Wessex Person 01 \(w01\)", result.Out);
        Assert.Contains("Mixing by attribute", result.Out);
        foreach (var attribute in new[] { "region", "role", "organisation", "organisationType" }) Assert.Matches($@"\n\s+{attribute}\s+-?\d", result.Out);
        Assert.Matches(@"wales\s+3\s+2\s+2", result.Out);
    }

    [Fact]
    public async Task Two_snapshots_at_different_dates_are_listed_over_time_to_an_evaluator_through_GraphQL()
    {
        await _q.ImportAsync(MetricsCommunity.JsonLines());
        var first = await _q.RunAsync("metrics", "--snapshot", "--as-of", "2022-01-01", "--data-dir", _q.DataDir);
        var second = await _q.RunAsync("metrics", "--snapshot", "--json", "--as-of", "2024-01-01", "--data-dir", _q.DataDir);
        Assert.Equal((0, 0), (first.ExitCode, second.ExitCode));
        Assert.Contains("Kept snapshot 1 (everyone, as of 2022-01-01)", first.Error);
        Assert.Contains("Kept snapshot 2 (everyone, as of 2024-01-01)", second.Error);
        var token = (await _q.RunAsync("token", "--role", "evaluator", "--data-dir", _q.DataDir)).Out.Trim();

        await using var server = await ServeTests.Server.StartAsync(_q);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = JsonContent.Create(new { query = "{ connectivityHistory { at memberCount connectionCount brokers { member name } } }" }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await server.Http.SendAsync(request);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();

        var series = body.GetProperty("data").GetProperty("connectivityHistory").EnumerateArray().ToList();
        Assert.Equal(["2022-01-01", "2024-01-01"], series.Select(s => s.GetProperty("at").GetString()![..10]));
        Assert.Equal([15, 15], series.Select(s => s.GetProperty("memberCount").GetInt32()));
        Assert.Equal([MetricsCommunity.TiesBy2022, MetricsCommunity.Ties], series.Select(s => s.GetProperty("connectionCount").GetInt32()));
        Assert.All(series.SelectMany(s => s.GetProperty("brokers").EnumerateArray()), b =>
        {
            Assert.StartsWith("p-", b.GetProperty("member").GetString());
            Assert.Equal(JsonValueKind.Null, b.GetProperty("name").ValueKind);
        });
    }

    [Fact]
    public async Task A_topic_snapshot_is_made_for_evaluators_without_members_whose_topics_are_not_public()
    {
        await _q.ImportAsync(MetricsCommunity.JsonLines());

        Assert.Equal(8, (await JsonAsync("--topic", "qi")).GetProperty("memberCount").GetInt32());
        var kept = await JsonAsync("--topic", "qi", "--snapshot");

        Assert.Equal(7, kept.GetProperty("memberCount").GetInt32());
        Assert.False(kept.GetProperty("betweenness").TryGetProperty("w02", out _));
        await using var store = await GraphStores.OpenAsync(new GraphStoreOptions { DataDirectory = _q.DataDir });
        Assert.Equal(7, Assert.Single(await store.GetSnapshotsAsync(new Q.Core.Analytics.NetworkFilter(TopicId: "qi"), null, null)).Report.MemberCount);
    }

    [Fact]
    public async Task An_evaluator_token_can_be_granted_names_and_no_other_role_can()
    {
        await _q.ImportAsync(MetricsCommunity.JsonLines());

        var named = await _q.RunAsync("token", "--role", "evaluator", "--names", "--data-dir", _q.DataDir);
        var plain = await _q.RunAsync("token", "--role", "evaluator", "--data-dir", _q.DataDir);
        var admin = await _q.RunAsync("token", "--role", "admin", "--names", "--data-dir", _q.DataDir);

        Assert.Equal("true", Payload(named.Out).GetProperty("names").GetString());
        Assert.False(Payload(plain.Out).TryGetProperty("names", out _));
        Assert.Equal(2, admin.ExitCode);
        Assert.StartsWith("q: --names is for --role evaluator only", admin.Error);
        await using var store = await GraphStores.OpenAsync(new GraphStoreOptions { DataDirectory = _q.DataDir });
        Assert.Contains(await store.GetAuditAsync("evaluator"), e => e.Detail == "role=evaluator,days=30,names");
    }

    private static JsonElement Payload(string token)
    {
        var part = token.Trim().Split('.')[1];
        return JsonDocument.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(part.Replace('-', '+').Replace('_', '/').PadRight(part.Length + (4 - part.Length % 4) % 4, '=')))).RootElement;
    }
}
