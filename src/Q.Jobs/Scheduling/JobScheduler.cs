using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Quartz;

namespace Q.Jobs.Scheduling;

/// <summary>
/// Starts the Quartz scheduler in <c>q serve</c> once the stored schedule matches the configuration: jobs are
/// (re)stored, a trigger whose schedule is unchanged is kept — so its next fire time, and any misfire while the
/// server was down, survive the restart — a changed one is replaced, a disabled job's is removed.
/// </summary>
public sealed class JobScheduler(ISchedulerFactory factory, IOptions<JobsOptions> options, ILogger<JobScheduler> logger) : IHostedService
{
    private IScheduler? _scheduler;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var o = options.Value;
        // Started even when Jobs:Enabled is false (then with no triggers), so runJob still runs jobs.
        if (!o.Enabled) logger.LogInformation("Scheduled jobs are off (Jobs:Enabled is false); they run only on demand");
        var scheduler = await factory.GetScheduler(cancellationToken);
        await ReconcileAsync(scheduler, o, cancellationToken, logger);
        await scheduler.Start(cancellationToken);
        _scheduler = scheduler;
    }

    public static async Task ReconcileAsync(IScheduler scheduler, JobsOptions o, CancellationToken ct, ILogger? logger = null)
    {
        foreach (var job in JobNames.All)
        {
            await scheduler.AddJob(JobCatalog.Detail(job), AddJobOptions.Replacing, ct);
            var settings = o.For(job);
            var key = new TriggerKey(job);
            var stored = await scheduler.GetTrigger(key, ct);
            if (!o.Enabled || !settings.Enabled)
            {
                if (stored is not null) await scheduler.UnscheduleJob(key, ct);
                continue;
            }
            var wanted = JobCatalog.Trigger(job, settings);
            if (stored is not null && JobCatalog.Same(stored, wanted)) continue;
            if (wanted.GetFireTimeAfter(DateTimeOffset.UtcNow) is null)
            {
                // A one-off time already past: nothing to schedule, and no reason to keep the server from starting.
                logger?.LogWarning("{Key}:Cron '{Cron}' will never fire again; {Job} runs only on demand", JobNames.Key(job), settings.Cron, job);
                if (stored is not null) await scheduler.UnscheduleJob(key, ct);
                continue;
            }
            if (stored is null) await scheduler.ScheduleJob(wanted, new ScheduleJobOptions(), ct);
            else await scheduler.RescheduleJob(key, wanted, ct);
        }
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        // Waits for running jobs: a rebuild or a digest half-written is worse than a slower stop.
        if (_scheduler is { } s) await s.Shutdown(waitForJobsToComplete: true, cancellationToken);
    }
}
