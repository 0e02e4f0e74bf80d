namespace Q.Cli.Tests;

public sealed class JobsTests : IDisposable
{
    private readonly CliRun _q = new();

    public void Dispose() => _q.Dispose();

    [Fact]
    public async Task Jobs_run_runs_a_job_now_and_jobs_list_shows_the_run_with_its_schedule()
    {
        await _q.RunAsync("seed", "--members", "80", "--data-dir", _q.DataDir);

        var run = await _q.RunAsync("jobs", "run", "metrics-snapshot", "--data-dir", _q.DataDir);
        var list = await _q.RunAsync("jobs", "list", "--data-dir", _q.DataDir);

        Assert.Equal(0, run.ExitCode);
        Assert.Matches(@"^metrics-snapshot: kept \d+ snapshots: the whole network \(80 members", run.Out);
        Assert.Equal(0, list.ExitCode);
        Assert.Matches(@"metrics-snapshot\s+0 30 3 \? \* MON\s+\d{4}-\d\d-\d\d \d\d:\d\d:\d\d succeeded\s+\d+\.\d s\s+\d{4}-", list.Out);
        Assert.Matches(@"digest\s+0 0 8 \? \* MON\s+-\s+-", list.Out);
        Assert.True(File.Exists(Path.Combine(_q.DataDir, "jobs.db")));
    }

    [Fact]
    public async Task An_unknown_job_is_refused_with_the_valid_names()
    {
        await _q.RunAsync("seed", "--members", "20", "--data-dir", _q.DataDir);

        var result = await _q.RunAsync("jobs", "run", "reindx", "--data-dir", _q.DataDir);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("There is no job 'reindx'; the jobs are: reindex, metrics-snapshot, suggestions-train, profile-freshness, digest.", result.Error);
    }

    [Fact]
    public async Task A_job_that_fails_exits_1_and_the_failure_is_in_the_list()
    {
        // Two members and no ties: nothing to train on.
        await _q.ImportAsync("""
            {"kind":"member","id":"m-1","name":"Ada"}
            {"kind":"member","id":"m-2","name":"Bo"}
            """);

        var run = await _q.RunAsync("jobs", "run", "suggestions-train", "--data-dir", _q.DataDir);
        var list = await _q.RunAsync("jobs", "list", "--data-dir", _q.DataDir);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("suggestions-train failed (recorded in the job history)", run.Error);
        Assert.Matches(@"suggestions-train\s+.*failed", list.Out);
        Assert.Contains("InvalidOperationException", list.Out);
    }
}
