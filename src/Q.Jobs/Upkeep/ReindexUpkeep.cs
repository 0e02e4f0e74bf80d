using System.Globalization;
using Q.Core.Search;

namespace Q.Jobs.Upkeep;

/// <summary>reindex: rebuilds the search index from the graph beside the live one (searches carry on) and reports the drift it repaired.</summary>
public sealed class ReindexUpkeep(SearchIndexer indexer) : IUpkeep
{
    public async Task<string> RunAsync(CancellationToken ct)
    {
        var report = await indexer.RebuildAsync(ct);
        var parts = report.Drift.Select(d => string.Create(CultureInfo.InvariantCulture,
            $"{(d.Kind == SearchKind.Person ? "people" : "resources")} {d.InGraph:N0} ({d.Missing:N0} missing, {d.Extra:N0} extra repaired)"));
        return $"rebuilt at outbox position {report.Position.ToString("N0", CultureInfo.InvariantCulture)}: {string.Join("; ", parts)}";
    }
}
