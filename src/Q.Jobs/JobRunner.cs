using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Q.Core.Jobs;
using Q.Jobs.History;
using Q.Jobs.Upkeep;

namespace Q.Jobs;

/// <summary>Runs a job's <see cref="IUpkeep"/> once and records the run (start, duration, outcome, error) in the run log.</summary>
public sealed class JobRunner(IServiceProvider services, RunLog log, ILogger<JobRunner> logger)
{
    private readonly ConcurrentDictionary<string, int> _running = new(StringComparer.Ordinal);

    /// <summary>Whether a run of the job is under way in this process.</summary>
    public bool IsRunning(string job) => _running.GetValueOrDefault(job) > 0;

    /// <summary>Runs the job and returns its summary; a failure is recorded, then rethrown (so Quartz can retry it).</summary>
    public async Task<string> RunAsync(string job, string trigger, int attempt, CancellationToken ct)
    {
        var upkeep = services.GetRequiredKeyedService<IUpkeep>(job);
        var started = DateTimeOffset.UtcNow;
        var clock = Stopwatch.StartNew();
        _running.AddOrUpdate(job, 1, (_, n) => n + 1);
        try
        {
            var summary = await upkeep.RunAsync(ct);
            await log.RecordAsync(job, started, clock.Elapsed, JobOutcome.Succeeded, summary, null, attempt, trigger, CancellationToken.None);
            logger.LogInformation("Job {Job} succeeded in {Seconds:0.0} s: {Summary}", job, clock.Elapsed.TotalSeconds, summary);
            return summary;
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            await log.RecordAsync(job, started, clock.Elapsed, JobOutcome.Cancelled, null, "cancelled (the server was stopping)", attempt, trigger, CancellationToken.None);
            throw;
        }
        catch (Exception e)
        {
            await log.RecordAsync(job, started, clock.Elapsed, JobOutcome.Failed, null, $"{e.GetType().Name}: {e.Message}", attempt, trigger, CancellationToken.None);
            logger.LogError(e, "Job {Job} failed after {Seconds:0.0} s (attempt {Attempt})", job, clock.Elapsed.TotalSeconds, attempt);
            throw;
        }
        finally
        {
            _running.AddOrUpdate(job, 0, (_, n) => n - 1);
        }
    }
}
