using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Q.Core.Analytics;
using Q.Core.Jobs;
using Q.Core.Ports;
using Q.Jobs.History;

namespace Q.Jobs.Tests;

/// <summary>Real Quartz on a real jobs.db: jobs fire on schedule and are recorded, and the state survives a restart.</summary>
[Collection(SchedulerCollection.Name)]
public sealed class SchedulingTests : DataFolder
{
    private const string EverySecond = "* * * * * ?";

    [Fact]
    public async Task A_job_on_a_one_second_schedule_fires_repeatedly_and_each_run_is_recorded_with_its_effect()
    {
        await using (var store = await OpenStoreAsync()) await SeedDemoAsync(store, 60);
        using var host = JobHost.Build(Data, new Dictionary<string, string?>
        {
            ["Jobs:MetricsSnapshot:Enabled"] = "true",
            ["Jobs:MetricsSnapshot:Cron"] = EverySecond,
        });
        await host.StartAsync();
        var runs = host.Services.GetRequiredService<RunLog>();
        var history = await EventuallyAsync(() => runs.HistoryAsync(JobNames.MetricsSnapshot), h => h.Count(r => r.Outcome == JobOutcome.Succeeded) >= 2);
        await host.StopAsync();

        Assert.All(history, r => Assert.Equal("schedule", r.Trigger));
        var snapshots = await host.Services.GetRequiredService<IGraphStore>().GetSnapshotsAsync(NetworkFilter.None, null, null);
        Assert.True(snapshots.Count >= 2, $"each run keeps a whole-network snapshot; found {snapshots.Count}");
        Assert.True(history.Count(r => r.Outcome == JobOutcome.Succeeded) <= snapshots.Count);
    }

    [Fact]
    public async Task A_restart_keeps_the_history_and_the_stored_schedule_and_each_job_misfires_by_its_policy()
    {
        await using (var store = await OpenStoreAsync()) await SeedDemoAsync(store, 40);
        // One firing each, a few seconds ahead: if the restarted server recomputed the schedule from configuration
        // instead of keeping the stored triggers, a past one-off time would never fire at all.
        var at = DateTimeOffset.UtcNow.AddSeconds(20);
        var settings = new Dictionary<string, string?>
        {
            ["Jobs:MisfireThreshold"] = "00:00:01",
            ["Jobs:Reindex:Enabled"] = "true",
            ["Jobs:Reindex:Cron"] = EverySecond,
            ["Jobs:MetricsSnapshot:Enabled"] = "true",
            ["Jobs:MetricsSnapshot:Cron"] = OnceAt(at),
            ["Jobs:Digest:Enabled"] = "true",
            ["Jobs:Digest:Cron"] = OnceAt(at),
            ["Jobs:ProfileFreshness:Enabled"] = "true",
            ["Jobs:ProfileFreshness:Cron"] = "0 0 9 1 * ?",
        };
        IReadOnlyList<JobStatus> before;
        JobRun lastReindex;
        using (var first = JobHost.Build(Data, settings))
        {
            await first.StartAsync();
            var runs = first.Services.GetRequiredService<RunLog>();
            await EventuallyAsync(() => runs.HistoryAsync(JobNames.Reindex), h => h.Count(r => r.Outcome == JobOutcome.Succeeded) >= 1);
            before = await first.Services.GetRequiredService<IJobBoard>().ListAsync();
            await first.StopAsync();
            lastReindex = (await runs.LatestAsync())[JobNames.Reindex];
        }
        Assert.True(DateTimeOffset.UtcNow < at, "the first server stopped before the one-off firings");
        // Down across the one-off time, well past the misfire threshold.
        while (DateTimeOffset.UtcNow < at.AddSeconds(3)) await Task.Delay(200);

        using var second = JobHost.Build(Data, settings);
        var board = second.Services.GetRequiredService<IJobBoard>();
        var restored = (await board.ListAsync()).ToDictionary(s => s.Name);
        Assert.Equal(lastReindex.Started, restored[JobNames.Reindex].LastRun);
        Assert.Equal(JobOutcome.Succeeded, restored[JobNames.Reindex].LastOutcome);
        Assert.Equal(lastReindex.Duration, restored[JobNames.Reindex].LastDuration);
        Assert.Equal(before.Single(s => s.Name == JobNames.ProfileFreshness).NextRun, restored[JobNames.ProfileFreshness].NextRun);

        await second.StartAsync();
        var log = second.Services.GetRequiredService<RunLog>();
        // metrics-snapshot catches up once (fire once now); the digest skips the missed occurrence (do nothing).
        var snapshotRuns = await EventuallyAsync(() => log.HistoryAsync(JobNames.MetricsSnapshot), h => h.Count >= 1);
        await EventuallyAsync(() => log.HistoryAsync(JobNames.Reindex), h => h.Count(r => r.Started > at) >= 2);
        await second.StopAsync();
        Assert.Single(snapshotRuns);
        Assert.True(snapshotRuns[0].Started >= at, "the missed snapshot ran after the restart");
        Assert.Empty(await log.HistoryAsync(JobNames.Digest));
    }

    [Fact]
    public async Task A_job_that_throws_is_recorded_with_its_error_and_retried_as_its_policy_says_then_given_up()
    {
        // An empty graph has no ties to learn from: suggestions-train fails for a real reason.
        using var host = JobHost.Build(Data, new Dictionary<string, string?>
        {
            ["Jobs:SuggestionsTrain:Enabled"] = "true",
            // Every 20 s: the retries a second apart fit before the next occurrence (a retry never displaces one).
            ["Jobs:SuggestionsTrain:Cron"] = "0/20 * * * * ?",
            ["Jobs:SuggestionsTrain:Retries"] = "2",
            ["Jobs:SuggestionsTrain:RetryDelay"] = "00:00:01",
        });
        await host.StartAsync();
        var log = host.Services.GetRequiredService<RunLog>();
        var runs = await EventuallyAsync(() => log.HistoryAsync(JobNames.SuggestionsTrain), h => h.Count >= 3);
        // Two retries and no more: a fourth attempt would have come a second after the third.
        await Task.Delay(TimeSpan.FromSeconds(3));
        var status = (await host.Services.GetRequiredService<IJobBoard>().ListAsync()).Single(s => s.Name == JobNames.SuggestionsTrain);
        await host.StopAsync();

        Assert.Equal(3, (await log.HistoryAsync(JobNames.SuggestionsTrain)).Count(r => r.Started < runs[0].Started.AddSeconds(15)));
        runs = runs.Take(3).ToList();
        Assert.All(runs, r => Assert.Equal(JobOutcome.Failed, r.Outcome));
        Assert.All(runs, r => Assert.Contains("InvalidOperationException", r.Error, StringComparison.Ordinal));
        Assert.Equal([0, 1, 2], runs.Select(r => r.Attempt));
        Assert.Equal(["schedule", "retry", "retry"], runs.Select(r => r.Trigger));
        Assert.True(runs[1].Started - runs[0].Started >= TimeSpan.FromMilliseconds(900), "the retry waited its delay");
        Assert.Equal(JobOutcome.Failed, status.LastOutcome);
        Assert.NotNull(status.LastError);
    }

    [Fact]
    public async Task Two_runs_of_one_job_never_overlap_however_they_are_triggered()
    {
        await using (var store = await OpenStoreAsync()) await SeedDemoAsync(store, 300);
        using var host = JobHost.Build(Data, new Dictionary<string, string?>
        {
            ["Jobs:Reindex:Enabled"] = "true",
            ["Jobs:Reindex:Cron"] = EverySecond,
        });
        await host.StartAsync();
        var board = host.Services.GetRequiredService<IJobBoard>();
        // Three manual firings at once, on top of the schedule's one a second.
        await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => board.RunNowAsync(JobNames.Reindex)));
        var log = host.Services.GetRequiredService<RunLog>();
        var runs = await EventuallyAsync(() => log.HistoryAsync(JobNames.Reindex), h => h.Count(r => r.Trigger == "manual") >= 3 && h.Count >= 5);
        await host.StopAsync();

        Assert.All(runs, r => Assert.Equal(JobOutcome.Succeeded, r.Outcome));
        var ordered = runs.OrderBy(r => r.Started).ToList();
        for (var i = 1; i < ordered.Count; i++)
        {
            var previousEnd = ordered[i - 1].Started + ordered[i - 1].Duration;
            // 15 ms for the two clocks involved (wall clock for the start, stopwatch for the duration).
            Assert.True(ordered[i].Started >= previousEnd - TimeSpan.FromMilliseconds(15),
                $"run {i} started at {ordered[i].Started:HH:mm:ss.fff}, before run {i - 1} ended at {previousEnd:HH:mm:ss.fff}");
        }
    }

    /// <summary>A cron expression that fires once, at that second (UTC).</summary>
    internal static string OnceAt(DateTimeOffset at) => $"{at.UtcDateTime:s m H d M} ? {at.UtcDateTime:yyyy}";
}

[CollectionDefinition(Name)]
public sealed class SchedulerCollection
{
    public const string Name = "Quartz schedulers";
}
