using Microsoft.Extensions.Options;
using Q.Core.Jobs;
using Q.Jobs.History;
using Quartz;

namespace Q.Jobs.Scheduling;

/// <summary>The jobs for administrators: schedule and next run from Quartz's store, last run from the run log.</summary>
public sealed class JobBoard(ISchedulerFactory factory, RunLog runs, JobRunner runner, IOptions<JobsOptions> options) : IJobBoard
{
    public async Task<IReadOnlyList<JobStatus>> ListAsync(CancellationToken ct = default)
    {
        var scheduler = await factory.GetScheduler(ct);
        var latest = await runs.LatestAsync(ct);
        var result = new List<JobStatus>();
        foreach (var job in JobNames.All) result.Add(await StatusAsync(scheduler, job, latest.GetValueOrDefault(job), ct));
        return result;
    }

    public async Task<JobStatus> RunNowAsync(string name, CancellationToken ct = default)
    {
        if (!JobNames.All.Contains(name)) throw new UnknownJobException(name, JobNames.All);
        var scheduler = await factory.GetScheduler(ct);
        await scheduler.TriggerJob(new JobKey(name), new JobDataMap { [UpkeepJob.TriggerKey] = "manual" }, ct);
        return await StatusAsync(scheduler, name, (await runs.LatestAsync(ct)).GetValueOrDefault(name), ct);
    }

    private async Task<JobStatus> StatusAsync(IScheduler scheduler, string job, JobRun? last, CancellationToken ct)
    {
        var o = options.Value;
        var settings = o.For(job);
        var enabled = o.Enabled && settings.Enabled;
        var stored = await scheduler.GetTrigger(new TriggerKey(job), ct);
        // Before the server first stored the schedule, the next run is what the configured cron says.
        var next = stored?.NextFireTimeUtc
            ?? (enabled ? new CronExpression(settings.Cron, TimeZoneInfo.Utc).GetNextValidTimeAfter(DateTimeOffset.UtcNow) : null);
        return new JobStatus(job, JobNames.Describe(job), enabled ? settings.Cron : null, JobNames.DescribeMisfire(job),
            last?.Started, last?.Duration, last?.Outcome, last?.Summary, last?.Error, next, runner.IsRunning(job));
    }
}
