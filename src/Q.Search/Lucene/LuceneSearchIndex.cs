using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Search;
using Lucene.Net.Util;
using Q.Core.Ports;
using Q.Core.Search;
using Q.Search.Lucene.Analysis;

namespace Q.Search.Lucene;

/// <summary>
/// The embedded search engine: one Lucene.Net index (people and resources, told apart by a kind field) in
/// <c>{data}/search/</c>, one writer, readers from a <see cref="SearcherManager"/>. Writes are serialised; searches
/// never wait for them. See docs/search.md for the analysis chain, the query shape and the facet approach.
/// </summary>
public sealed partial class LuceneSearchIndex : ISearchIndex
{
    private readonly IndexFolders _folders;
    private readonly Analyzer _analyzer;
    private readonly Analyzer _indexAnalyzer;
    private readonly PhraseJoins _joins;
    private readonly SemaphoreSlim _writes = new(1, 1);
    private readonly ResultCache _cache;
    private volatile LiveIndex? _live;
    private List<(IReadOnlyList<IndexOperation> Operations, long Position)>? _duringRebuild;
    private bool _disposed;

    /// <param name="resultCacheSize">How many result pages to keep for repeated searches until the index next changes (0: none).</param>
    /// <param name="vocabulary">The vocabulary whose phrases are joined at index time; by default the data folder's
    /// (<see cref="Vocabulary.ForDataDirectory"/>), the one the server plans queries with.</param>
    public LuceneSearchIndex(string dataDirectory, int resultCacheSize = DefaultResultCacheSize, Vocabulary? vocabulary = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(dataDirectory);
        ArgumentOutOfRangeException.ThrowIfNegative(resultCacheSize);
        _cache = new ResultCache(resultCacheSize);
        _folders = new IndexFolders(dataDirectory);
        var names = new NameAnalyzer();
        _analyzer = new PerFieldAnalyzerWrapper(new TextAnalyzer(), Fields.NameFields.ToDictionary(f => f, Analyzer (_) => names));
        _joins = PhraseJoins.For(vocabulary ?? Vocabulary.ForDataDirectory(dataDirectory), _analyzer);
        var indexNames = new NameAnalyzer();
        _indexAnalyzer = new PerFieldAnalyzerWrapper(new TextAnalyzer(_joins), Fields.NameFields.ToDictionary(f => f, Analyzer (_) => indexNames));
    }

    public const int DefaultResultCacheSize = 1_000;

    public string Engine => "lucene";

    /// <summary>Where the index folders live.</summary>
    public string Root => _folders.Root;

    public async Task InitialiseAsync(CancellationToken ct = default)
    {
        await _writes.WaitAsync(ct);
        try
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (_live is not null) return;
            var folder = _folders.Current();
            if (folder is null)
            {
                folder = _folders.CreateNew();
                var fresh = LiveIndex.Open(folder, _folders.PathOf(folder), _indexAnalyzer, _joins, create: true);
                _folders.Switch(folder);
                _live = fresh;
            }
            else
            {
                _live = LiveIndex.Open(folder, _folders.PathOf(folder), _indexAnalyzer, _joins, create: false);
            }
            _folders.DeleteAllBut(folder);
        }
        finally
        {
            _writes.Release();
        }
    }

    public Task<bool> PingAsync(CancellationToken ct = default) => Task.FromResult(_live is not null && !_disposed);

    public async Task ApplyAsync(IReadOnlyList<IndexOperation> operations, long position, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(operations);
        await _writes.WaitAsync(ct);
        try
        {
            var live = Live();
            live.Apply(operations);
            live.Commit(position);
            _cache.Invalidate();
            _duringRebuild?.Add((operations, position));
        }
        finally
        {
            _writes.Release();
        }
    }

    public async Task ExpungeAsync(SearchKind kind, string id, long version, CancellationToken ct = default)
    {
        await _writes.WaitAsync(ct);
        try
        {
            Live().Expunge(kind, id);
            _cache.Invalidate();
            // A rebuild under way replays this batch onto the new index, where the expunge must happen too.
            _duringRebuild?.Add(([new DeleteDocument(kind, id, version)], Live().Position));
        }
        finally
        {
            _writes.Release();
        }
    }

    public Task<long> PositionAsync(CancellationToken ct = default) => Task.FromResult(Live().Position);

    public Task<IReadOnlyDictionary<string, long>> VersionsAsync(SearchKind kind, CancellationToken ct = default) =>
        Task.FromResult(WithSearcher(searcher =>
        {
            var versions = new Dictionary<string, long>(StringComparer.Ordinal);
            var id = new BytesRef();
            foreach (var leaf in searcher.IndexReader.Leaves)
            {
                var reader = leaf.AtomicReader;
                var ofKind = SegmentBits.Of(reader, [(Fields.Kind, Fields.KindName(kind))]);
                var ids = reader.GetBinaryDocValues(Fields.Id);
                var numbers = reader.GetNumericDocValues(Fields.Version);
                if (ids is null || numbers is null) continue;
                for (var doc = ofKind.NextSetBit(0); doc >= 0 && doc < reader.MaxDoc; doc = doc + 1 < reader.MaxDoc ? ofKind.NextSetBit(doc + 1) : -1)
                {
                    ids.Get(doc, id);
                    versions[id.Utf8ToString()] = numbers.Get(doc);
                }
            }
            return (IReadOnlyDictionary<string, long>)versions;
        }));

    /// <summary>
    /// Builds a new index in a new folder while the old one keeps answering searches and taking writes; writes
    /// made meanwhile are replayed onto the new index (versions make that safe), then the pointer file is switched
    /// and the old folder deleted. On any failure the new folder is deleted and the old index stays live.
    /// </summary>
    public async Task RebuildAsync(IAsyncEnumerable<IndexOperation> operations, long position, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(operations);
        await _writes.WaitAsync(ct);
        try
        {
            Live();
            if (_duringRebuild is not null) throw new InvalidOperationException("A rebuild is already running.");
            _duringRebuild = [];
        }
        finally
        {
            _writes.Release();
        }

        string? folder = null;
        LiveIndex? fresh = null;
        var switched = false;
        try
        {
            folder = _folders.CreateNew();
            fresh = LiveIndex.Open(folder, _folders.PathOf(folder), _indexAnalyzer, _joins, create: true, rebuild: true);
            var seen = new Dictionary<string, long>(StringComparer.Ordinal);
            var batch = new List<IndexOperation>(1_000);
            await foreach (var op in operations.WithCancellation(ct))
            {
                batch.Add(op);
                if (batch.Count < 1_000) continue;
                fresh.Apply(batch, seen, fresh: true);
                batch.Clear();
            }
            fresh.Apply(batch, seen, fresh: true);

            await _writes.WaitAsync(ct);
            try
            {
                var latest = position;
                foreach (var (ops, at) in _duringRebuild!)
                {
                    fresh.Apply(ops, seen, fresh: true);
                    latest = Math.Max(latest, at);
                }
                fresh.Commit(latest);
                _folders.Switch(folder);
                var old = _live!;
                _live = fresh;
                _cache.Invalidate();
                switched = true;
                _duringRebuild = null;
                old.Dispose();
                _folders.Delete(old.Folder);
            }
            finally
            {
                _writes.Release();
            }
        }
        finally
        {
            if (!switched)
            {
                await _writes.WaitAsync(CancellationToken.None);
                _duringRebuild = null;
                _writes.Release();
                fresh?.Dispose();
                if (folder is not null) _folders.Delete(folder);
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _writes.WaitAsync();
        try
        {
            if (_disposed) return;
            _disposed = true;
            _live?.Dispose();
            _live = null;
            _analyzer.Dispose();
            _indexAnalyzer.Dispose();
        }
        finally
        {
            _writes.Release();
        }
    }

    private LiveIndex Live()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        return _live ?? throw new InvalidOperationException("The search index is not initialised: call InitialiseAsync first.");
    }

    /// <summary>
    /// Runs <paramref name="work"/> on a searcher of the live index. A rebuild may switch indexes between reading
    /// the live one and acquiring its searcher; then the old manager is closed and the work retries on the new one.
    /// </summary>
    private T WithSearcher<T>(Func<IndexSearcher, T> work)
    {
        for (var attempt = 0; ; attempt++)
        {
            var live = Live();
            IndexSearcher searcher;
            try
            {
                searcher = live.Manager.Acquire();
            }
            catch (ObjectDisposedException) when (attempt < 3 && !_disposed)
            {
                continue;
            }
            try
            {
                return work(searcher);
            }
            finally
            {
                live.Manager.Release(searcher);
            }
        }
    }
}
