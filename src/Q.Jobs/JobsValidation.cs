using Microsoft.Extensions.Options;
using Quartz;

namespace Q.Jobs;

/// <summary>Checks the "Jobs" section at start; each failure names the key to fix.</summary>
internal sealed class JobsValidation : IValidateOptions<JobsOptions>
{
    public ValidateOptionsResult Validate(string? name, JobsOptions options)
    {
        var failures = Problems(options).ToList();
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    public static IEnumerable<string> Problems(JobsOptions o)
    {
        foreach (var job in JobNames.All)
        {
            var s = o.For(job);
            var key = JobNames.Key(job);
            if (!CronExpression.TryParse(s.Cron, out _))
                yield return $"{key}:Cron '{s.Cron}' is not a valid Quartz cron expression (six or seven fields, seconds first, e.g. \"0 0 3 * * ?\" for 03:00 UTC daily).";
            if (s.Retries < 0) yield return $"{key}:Retries must be 0 or more.";
            if (s.Retries > 0 && s.RetryDelay <= TimeSpan.Zero) yield return $"{key}:RetryDelay must be more than zero when {key}:Retries is set.";
        }
        if (o.MisfireThreshold < TimeSpan.FromSeconds(1)) yield return "Jobs:MisfireThreshold must be at least 00:00:01.";
        if (o.StaleAfterMonths < 1) yield return "Jobs:StaleAfterMonths must be 1 or more.";
        if (o.RemindAgainAfterDays < 0 || o.HintWindowDays < 1 || o.FewResults < 0 || o.DigestSuggestions < 0)
            yield return "Jobs:RemindAgainAfterDays, FewResults and DigestSuggestions must be 0 or more, HintWindowDays 1 or more.";
        if (o.SearchLogRetentionDays < o.HintWindowDays)
            yield return $"Jobs:SearchLogRetentionDays ({o.SearchLogRetentionDays}) must be at least Jobs:HintWindowDays ({o.HintWindowDays}).";
        if (o.Smtp.Configured && (o.Smtp.Port is < 1 or > 65535)) yield return "Jobs:Smtp:Port must be 1 to 65535.";
    }
}
