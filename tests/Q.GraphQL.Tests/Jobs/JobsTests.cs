using System.Text.Json.Nodes;
using Q.Core.Model;
using Q.GraphQL.Tests.Infrastructure;
using Q.Jobs;
using Q.Jobs.Searches;
using Microsoft.Extensions.DependencyInjection;

namespace Q.GraphQL.Tests.Jobs;

/// <summary>jobs and runJob over HTTP on a server that hosts the scheduler, as q serve does; and searches feeding the anonymous log.</summary>
public sealed class JobsTests : IAsyncLifetime
{
    private QServer _server = null!;

    public async Task InitializeAsync() =>
        _server = await QServer.StartAsync(CommunityFixture.CommunityJsonLines, configure: b => b.AddJobs());

    public async Task DisposeAsync() => await _server.DisposeAsync();

    private string Admin => _server.TokenFor(Viewer.Administrator);

    private const string JobsQuery = "{ jobs { name schedule misfirePolicy lastRun lastOutcome lastDuration lastError nextRun running } }";

    [Fact]
    public async Task Only_administrators_see_or_run_jobs()
    {
        var member = _server.TokenFor(Viewer.ForMember(FirstMemberId()));
        foreach (var (token, code) in new[] { ((string?)null, "UNAUTHENTICATED"), (member, "FORBIDDEN") })
        {
            var list = await _server.AsAsync(token, JobsQuery);
            var run = await _server.AsAsync(token, """mutation { runJob(name: "digest") { name } }""");
            Assert.Equal(code, (string?)Assert.Single(list["errors"]!.AsArray())!["extensions"]!["code"]);
            Assert.Equal(code, (string?)Assert.Single(run["errors"]!.AsArray())!["extensions"]!["code"]);
        }
        Assert.Empty(await _server.Services.GetRequiredService<Q.Jobs.History.RunLog>().HistoryAsync(JobNames.Digest));
    }

    [Fact]
    public async Task An_administrator_sees_the_five_jobs_runs_one_and_sees_how_it_went()
    {
        var before = await _server.AsAsync(Admin, JobsQuery);
        var jobs = before["data"]!["jobs"]!.AsArray();
        Assert.Equal(JobNames.All, jobs.Select(j => (string)j!["name"]!));
        var snapshot = jobs.Single(j => (string)j!["name"]! == "metrics-snapshot")!;
        Assert.Equal("0 30 3 ? * MON", (string?)snapshot["schedule"]);
        Assert.NotNull(snapshot["nextRun"]);
        Assert.Null(snapshot["lastRun"]);

        var run = await _server.AsAsync(Admin, """mutation { runJob(name: "metrics-snapshot") { name } }""");
        Assert.Equal("metrics-snapshot", (string?)run["data"]!["runJob"]!["name"]);

        JsonNode? after = null;
        for (var i = 0; i < 300 && after?["lastOutcome"] is null; i++)
        {
            await Task.Delay(200);
            after = (await _server.AsAsync(Admin, JobsQuery))["data"]!["jobs"]!.AsArray().Single(j => (string)j!["name"]! == "metrics-snapshot");
        }
        Assert.Equal("SUCCEEDED", (string?)after!["lastOutcome"]);
        Assert.NotNull(after["lastRun"]);
        Assert.True((double)after["lastDuration"]! >= 0);
        var history = await _server.AsAsync(Admin, "{ connectivityHistory { at memberCount } }");
        Assert.True(history["data"]?["connectivityHistory"]?.AsArray().Count >= 1, history.ToJsonString());
    }

    [Fact]
    public async Task An_unknown_job_is_not_found_and_the_error_lists_the_jobs()
    {
        var body = await _server.AsAsync(Admin, """mutation { runJob(name: "reindx") { name } }""");

        var error = Assert.Single(body["errors"]!.AsArray())!;
        Assert.Equal("NOT_FOUND", (string?)error["extensions"]!["code"]);
        Assert.Contains("the jobs are: reindex, metrics-snapshot, suggestions-train, profile-freshness, digest", (string?)error["message"]);
    }

    [Fact]
    public async Task A_people_search_is_logged_with_its_words_and_count_but_not_who_searched()
    {
        var member = _server.TokenFor(Viewer.ForMember(FirstMemberId()));
        var found = await _server.AsAsync(member, """{ searchPeople(query: "zzqx unheard of topic") { totalCount } }""");
        Assert.Equal(0, (int)found["data"]!["searchPeople"]!["totalCount"]!);

        var logged = await _server.Services.GetRequiredService<SearchLog>().SinceAsync(DateTimeOffset.UtcNow.AddMinutes(-5));

        var entry = Assert.Single(logged, s => s.Query == "zzqx unheard of topic");
        Assert.Equal(0, entry.Results);
    }

    private static string FirstMemberId() =>
        CommunityFixture.CommunityJsonLines.Split('\n').Select(l => JsonNode.Parse(l)).First(n => (string?)n!["kind"] == "member")!["id"]!.ToString();
}
