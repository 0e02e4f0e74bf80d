using Quartz;

namespace Q.Jobs.Scheduling;

/// <summary>
/// The Quartz side of a job: a thin adapter that hands the firing to <see cref="JobRunner"/>. Runs of one job never
/// overlap ([DisallowConcurrentExecution]: a firing due while one runs waits for it).
/// </summary>
public abstract class UpkeepJob(JobRunner runner, string name) : IJob
{
    /// <summary>Job data key saying who asked for a firing that is not the schedule's ("manual" from runJob).</summary>
    public const string TriggerKey = "q.trigger";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var trigger = context.MergedJobDataMap.TryGetValue(TriggerKey, out var t) && t is string s ? s
            : context.RetryAttempt > 0 ? "retry" : "schedule";
        context.Result = await runner.RunAsync(name, trigger, context.RetryAttempt, cancellationToken);
    }
}

[DisallowConcurrentExecution]
public sealed class ReindexJob(JobRunner runner) : UpkeepJob(runner, JobNames.Reindex);

[DisallowConcurrentExecution]
public sealed class MetricsSnapshotJob(JobRunner runner) : UpkeepJob(runner, JobNames.MetricsSnapshot);

[DisallowConcurrentExecution]
public sealed class SuggestionsTrainJob(JobRunner runner) : UpkeepJob(runner, JobNames.SuggestionsTrain);

[DisallowConcurrentExecution]
public sealed class ProfileFreshnessJob(JobRunner runner) : UpkeepJob(runner, JobNames.ProfileFreshness);

[DisallowConcurrentExecution]
public sealed class DigestJob(JobRunner runner) : UpkeepJob(runner, JobNames.Digest);
