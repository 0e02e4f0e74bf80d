using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Q.Jobs.Searches;

/// <summary>Writes the queued searches every few seconds, and once more at shutdown.</summary>
internal sealed class SearchLogFlusher(SearchLog log, ILogger<SearchLogFlusher> logger) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken)) await FlushAsync(stoppingToken);
        }
        catch (OperationCanceledException)
        {
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        await FlushAsync(cancellationToken);
    }

    private async Task FlushAsync(CancellationToken ct)
    {
        try
        {
            await log.FlushAsync(ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Losing a few demand signals is acceptable; failing the server is not.
            logger.LogWarning(e, "Could not write the search log");
        }
    }
}
