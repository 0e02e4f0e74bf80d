using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Q.Core.Search;

namespace Q.Search.Indexing;

/// <summary>
/// Runs the <see cref="SearchIndexer"/> in the server: catches up at start, then every <see cref="Interval"/>, so a
/// profile change is searchable well within a second. A failing round is logged and retried with backoff; the
/// outbox keeps everything until it is applied, so nothing is lost while the index is unavailable.
/// </summary>
public sealed class SearchIndexingService(SearchIndexer indexer, ILogger<SearchIndexingService> log) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(200);
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(30);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var delay = Interval;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await indexer.CatchUpAsync(stoppingToken);
                delay = Interval;
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                delay = TimeSpan.FromTicks(Math.Min(MaxBackoff.Ticks, Math.Max(delay.Ticks * 2, TimeSpan.FromSeconds(1).Ticks)));
                log.LogError(e, "Search indexing failed; retrying in {Delay}", delay);
            }
            try
            {
                await Task.Delay(delay, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
