using Q.Core.Ports;

namespace Q.Core.Search;

/// <summary>
/// Keeps the search index in step with the graph: reads the outbox after the index's position, rebuilds the
/// stale documents from the graph's current state, applies them with the batch's last position (so a replay
/// changes nothing), then trims what was applied. A crash at any point loses nothing: the position moves only
/// with the index's own commit, and entries are trimmed only after it.
/// </summary>
public sealed class SearchIndexer(IGraphStore store, ISearchIndex index)
{
    public const int BatchSize = 2_000;
    private readonly SearchDocumentBuilder _builder = new(store);
    private readonly SemaphoreSlim _one = new(1, 1);

    /// <summary>Applies everything pending; returns how many outbox entries were applied.</summary>
    public async Task<int> CatchUpAsync(CancellationToken ct = default)
    {
        await _one.WaitAsync(ct);
        try
        {
            var applied = 0;
            var position = await index.PositionAsync(ct);
            // A crash between the index's commit and the trim leaves applied entries behind: trim them now.
            if (await store.ReadOutboxAsync(0, 1, ct) is [var oldest] && oldest.Seq <= position) await store.TrimOutboxAsync(position, ct);
            while (await store.ReadOutboxAsync(position, BatchSize, ct) is { Count: > 0 } batch)
            {
                var last = batch[^1].Seq;
                var people = batch.Where(e => e.Kind == SearchKind.Person).Select(e => e.Id).Distinct().ToArray();
                var resources = batch.Where(e => e.Kind == SearchKind.Resource).Select(e => e.Id).Distinct().ToArray();
                var operations = (await _builder.PeopleAsync(people, last, ct)).Concat(await _builder.ResourcesAsync(resources, last, ct)).ToArray();
                await index.ApplyAsync(operations, last, ct);
                await store.TrimOutboxAsync(last, ct);
                position = last;
                applied += batch.Count;
            }
            return applied;
        }
        finally
        {
            _one.Release();
        }
    }

    /// <summary>
    /// Rebuilds the whole index from the graph beside the live one and swaps it in, reporting how far the old index
    /// had drifted from the graph (documents missing from it, or left in it after the graph lost them).
    /// </summary>
    public async Task<ReindexReport> RebuildAsync(CancellationToken ct = default)
    {
        await _one.WaitAsync(ct);
        try
        {
            // Taken before reading the graph: anything written meanwhile has a later position and is applied after.
            var position = await store.OutboxPositionAsync(ct);
            var drift = new List<KindDrift>();
            foreach (var kind in Enum.GetValues<SearchKind>())
            {
                var inIndex = await index.VersionsAsync(kind, ct);
                var inGraph = await GraphIdsAsync(kind, ct);
                drift.Add(new KindDrift(kind, inGraph.Count, inIndex.Count,
                    Missing: inGraph.Count(id => !inIndex.ContainsKey(id)),
                    Extra: inIndex.Keys.Count(id => !inGraph.Contains(id))));
            }
            await index.RebuildAsync(_builder.AllAsync(position, ct), position, ct);
            await store.TrimOutboxAsync(position, ct);
            return new ReindexReport(position, drift);
        }
        finally
        {
            _one.Release();
        }
    }

    private async Task<HashSet<string>> GraphIdsAsync(SearchKind kind, CancellationToken ct)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        if (kind == SearchKind.Person)
        {
            await foreach (var m in store.StreamMembersAsync(ct)) ids.Add(m.Id);
            return ids;
        }
        await foreach (var r in store.StreamResourcesAsync(ct)) ids.Add(r.Id);
        await foreach (var p in store.StreamProjectsAsync(ct)) ids.Add(SearchDocumentBuilder.ProjectPrefix + p.Id);
        return ids;
    }
}

public sealed record KindDrift(SearchKind Kind, int InGraph, int InIndexBefore, int Missing, int Extra);

public sealed record ReindexReport(long Position, IReadOnlyList<KindDrift> Drift);
