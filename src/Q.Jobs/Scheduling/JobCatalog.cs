using Quartz;

namespace Q.Jobs.Scheduling;

/// <summary>The Quartz job details and triggers of the five jobs, built from their settings.</summary>
public static class JobCatalog
{
    public static Type JobType(string job) => job switch
    {
        JobNames.Reindex => typeof(ReindexJob),
        JobNames.MetricsSnapshot => typeof(MetricsSnapshotJob),
        JobNames.SuggestionsTrain => typeof(SuggestionsTrainJob),
        JobNames.ProfileFreshness => typeof(ProfileFreshnessJob),
        JobNames.Digest => typeof(DigestJob),
        _ => throw new ArgumentOutOfRangeException(nameof(job), job, "not a job"),
    };

    /// <summary>Durable, so a disabled job (no trigger) stays stored and can still be run on demand.</summary>
    public static IJobDetail Detail(string job) => JobBuilder.Create().OfType(JobType(job))
        .WithIdentity(job).WithDescription(JobNames.Describe(job)).StoreDurably().DisallowConcurrentExecution().Build();

    /// <summary>The job's cron trigger (UTC) with its misfire policy and, when it has retries, a fixed retry policy.</summary>
    public static ITrigger Trigger(string job, JobSettings settings)
    {
        var builder = TriggerBuilder.Create().WithIdentity(job).ForJob(job)
            .WithSchedule(CronScheduleBuilder.Create(settings.Cron).InTimeZone(TimeZoneInfo.Utc).WithMisfireInstruction(JobNames.Misfire(job)));
        if (settings.Retries > 0) builder = builder.WithRetryPolicy(RetryPolicy.Fixed(settings.Retries, settings.RetryDelay));
        return builder.Build();
    }

    /// <summary>Whether a stored trigger still says what the settings say (else it is replaced, and its next fire time recomputed).</summary>
    public static bool Same(ITrigger stored, ITrigger wanted) =>
        stored is ICronTrigger a && wanted is ICronTrigger b && a.CronExpressionString == b.CronExpressionString
        && a.MisfireInstruction == b.MisfireInstruction && Equals(a.RetryPolicy, b.RetryPolicy) && a.TimeZone.Id == b.TimeZone.Id;
}
