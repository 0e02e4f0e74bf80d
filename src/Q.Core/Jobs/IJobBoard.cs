namespace Q.Core.Jobs;

/// <summary>
/// The scheduled upkeep jobs as an administrator sees them (GraphQL <c>jobs</c>, <c>runJob</c>): implemented by Q.Jobs
/// over Quartz, so the API layer needs no scheduler of its own.
/// </summary>
public interface IJobBoard
{
    /// <summary>Every job, in a fixed order, with its schedule, last run and next run.</summary>
    Task<IReadOnlyList<JobStatus>> ListAsync(CancellationToken ct = default);

    /// <summary>
    /// Fires the job now (it waits if a run of it is under way: runs of one job never overlap) and returns its status.
    /// Throws <see cref="UnknownJobException"/> for a name that is not a job.
    /// </summary>
    Task<JobStatus> RunNowAsync(string name, CancellationToken ct = default);
}

/// <summary>How a run ended.</summary>
public enum JobOutcome { Succeeded, Failed, Cancelled }

/// <param name="Schedule">The Quartz cron expression, or null when the job is disabled (it still runs on demand).</param>
/// <param name="LastSummary">What the last run reported, e.g. counts (null when it failed or never ran).</param>
/// <param name="LastError">Why the last run failed (null when it did not).</param>
/// <param name="MisfirePolicy">What happens to a run missed while the server was down (docs/jobs.md).</param>
public sealed record JobStatus(
    string Name, string Description, string? Schedule, string MisfirePolicy, DateTimeOffset? LastRun, TimeSpan? LastDuration,
    JobOutcome? LastOutcome, string? LastSummary, string? LastError, DateTimeOffset? NextRun, bool Running);

/// <summary>A job name that is not one of the jobs; the message lists the valid names.</summary>
public sealed class UnknownJobException(string name, IEnumerable<string> names)
    : Exception($"There is no job '{Model.Validation.Clip(name)}'; the jobs are: {string.Join(", ", names)}.");
