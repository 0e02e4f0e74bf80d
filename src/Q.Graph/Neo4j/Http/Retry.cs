namespace Q.Graph.Neo4j.Http;

/// <summary>
/// The adapter's only retry loop. It retries exactly what <see cref="QueryApi"/> marks as
/// <see cref="RetryableFailure"/> (transient server errors, connections never made, idempotent requests whose
/// outcome is unknown), with exponential backoff and jitter, at most <see cref="Attempts"/> tries in all.
/// </summary>
internal sealed class Retry(int attempts, TimeSpan firstDelay, Func<TimeSpan, CancellationToken, Task>? delay = null)
{
    private static readonly TimeSpan MaxDelay = TimeSpan.FromSeconds(5);
    private readonly Func<TimeSpan, CancellationToken, Task> _delay = delay ?? Task.Delay;

    public int Attempts { get; } = Math.Max(1, attempts);

    public async Task<T> RunAsync<T>(Func<CancellationToken, Task<T>> action, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await action(ct);
            }
            catch (RetryableFailure failure)
            {
                if (attempt >= Attempts) throw failure.Final;
                await _delay(Backoff(attempt), ct);
            }
        }
    }

    /// <summary>first × 2^(n-1), capped, scaled by a random 50–100 % so that many clients do not retry in step.</summary>
    internal TimeSpan Backoff(int attempt)
    {
        var exponential = Math.Min(firstDelay.TotalMilliseconds * Math.Pow(2, attempt - 1), MaxDelay.TotalMilliseconds);
        return TimeSpan.FromMilliseconds(exponential * (0.5 + Random.Shared.NextDouble() / 2));
    }
}
