using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using Q.Core.Analytics;
using Q.Core.Ports;
using Q.Graph.Analytics;
using Q.Graph.Metrics;

namespace Q.GraphQL.Access;

/// <summary>How long <c>connectivity</c> keeps a computed report. Bound from "Connectivity".</summary>
public sealed class ConnectivityOptions
{
    public const string Section = "Connectivity";

    /// <summary>Seconds a report is reused for the same filter (0: computed for every request, within its timeout).</summary>
    public int CacheSeconds { get; set; } = 60;

    /// <summary>How many filters' reports are kept at once (the least recently computed go first).</summary>
    public int CacheEntries { get; set; } = 32;
}

/// <summary>
/// Reports for <c>connectivity</c>, computed once per filter and reused for <see cref="ConnectivityOptions.CacheSeconds"/>.
/// A report is computed in the background, one at a time: a request that times out stops waiting but the
/// computation goes on, so a repeated request for a large network finds it ready. Cached are the whole reports;
/// what each caller sees of one is decided afterwards (<see cref="ConnectivityAccess.View"/>).
/// </summary>
public sealed class ConnectivityCache(NetworkAnalytics analytics, IOptions<ConnectivityOptions> options, TimeProvider? clock = null)
{
    private readonly TimeProvider _clock = clock ?? TimeProvider.System;
    private readonly ConcurrentDictionary<(NetworkFilter, Audience), Entry> _entries = new();
    private readonly SemaphoreSlim _computing = new(1, 1);

    // Lazy: AddOrUpdate may build an entry it then discards; only the entry that wins starts computing.
    private sealed record Entry(Lazy<Task<ConnectivityReport>> Computation, DateTimeOffset Started)
    {
        public Task<ConnectivityReport> Report => Computation.Value;
    }

    /// <param name="audience">Whose view of hidden topics applies to a topic filter (see <see cref="Reports.ComputeAsync"/>).</param>
    public async Task<ConnectivityReport> GetAsync(NetworkFilter filter, Audience audience, CancellationToken ct)
    {
        var settings = options.Value;
        if (settings.CacheSeconds <= 0) return (await Reports.ComputeAsync(analytics, filter, audience, _clock, ct)).Report;
        var now = _clock.GetUtcNow();
        // The audience matters only to a topic filter: without one, every caller shares one report.
        var entry = _entries.AddOrUpdate((filter, filter.TopicId is null ? Audience.Public : audience),
            f => Start(f, now),
            (f, old) => old.Report.IsCompleted && (old.Report.IsFaulted || old.Report.IsCanceled || now - old.Started > TimeSpan.FromSeconds(settings.CacheSeconds)) ? Start(f, now) : old);
        Trim(settings.CacheEntries);
        return await entry.Report.WaitAsync(ct);
    }

    private Entry Start((NetworkFilter Filter, Audience Audience) key, DateTimeOffset now) => new(new Lazy<Task<ConnectivityReport>>(() => Task.Run(async () =>
    {
        await _computing.WaitAsync();
        try
        {
            return (await Reports.ComputeAsync(analytics, key.Filter, key.Audience, _clock)).Report;
        }
        finally
        {
            _computing.Release();
        }
    })), now);

    private void Trim(int keep)
    {
        if (_entries.Count <= keep) return;
        foreach (var (filter, _) in _entries.Where(e => e.Value.Computation.IsValueCreated && e.Value.Report.IsCompleted).OrderBy(e => e.Value.Started).Take(_entries.Count - keep).ToList())
            _entries.TryRemove(filter, out _);
    }
}
