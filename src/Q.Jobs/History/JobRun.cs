using Q.Core.Jobs;

namespace Q.Jobs.History;

/// <summary>One run of a job as kept in jobs.db: when, how long, how it ended, and what it said.</summary>
/// <param name="Attempt">0 for a regular or manual run, n for the n-th retry of a failed one.</param>
/// <param name="Trigger">"schedule", "retry", "manual" (runJob) or "command" (q jobs run).</param>
public sealed record JobRun(
    long Id, string Job, DateTimeOffset Started, TimeSpan Duration, JobOutcome Outcome, string? Summary, string? Error, int Attempt, string Trigger);
