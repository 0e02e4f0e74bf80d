using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;
using Q.Core.Search;
using Q.Search.Lucene.Analysis;
using Directory = Lucene.Net.Store.Directory;

namespace Q.Search.Lucene;

/// <summary>
/// One open index: its directory, its one writer, and the searcher manager readers come from. Writes go through
/// <see cref="Apply"/> and <see cref="Commit"/>; the position applied is kept in the commit's user data, and so is
/// the fingerprint of the phrase joins every document was indexed with (<see cref="PhraseJoins"/>).
/// </summary>
internal sealed class LiveIndex : IDisposable
{
    public const string PositionKey = "q.position";
    public const string JoinsKey = "q.joins";

    public static readonly Similarity Similarity = Scoring.Instance;

    private readonly string _joinsStamp;

    private LiveIndex(string folder, Directory directory, IndexWriter writer, PhraseJoins joins, string joinsStamp)
    {
        Folder = folder;
        Directory = directory;
        Writer = writer;
        _joinsStamp = joinsStamp;
        // Joined terms may stand in for phrases only if every document was indexed with these joins; an index
        // built before, or with another vocabulary, is searched by phrases until it is rebuilt (`q reindex`).
        Joins = joinsStamp == joins.Fingerprint ? joins : null;
        Manager = new SearcherManager(writer, applyAllDeletes: true, new Factory(Joins));
        Position = writer.CommitData.TryGetValue(PositionKey, out var text) && long.TryParse(text, out var p) ? p : 0;
    }

    /// <summary>The joins searches may use on this index, or null if its documents were not all indexed with them.</summary>
    public PhraseJoins? Joins { get; }

    public string Folder { get; }
    public Directory Directory { get; }
    public IndexWriter Writer { get; }
    public SearcherManager Manager { get; }
    public long Position { get; private set; }

    /// <param name="rebuild">Opened to be filled by a rebuild: a larger buffer, so far fewer, larger segments are flushed.</param>
    /// <param name="joins">The phrase joins <paramref name="analyzer"/> indexes with.</param>
    public static LiveIndex Open(string folder, string path, Analyzer analyzer, PhraseJoins joins, bool create, bool rebuild = false)
    {
        var directory = FSDirectory.Open(path);
        var config = new IndexWriterConfig(TextAnalyzer.Version, analyzer)
        {
            OpenMode = create ? OpenMode.CREATE : OpenMode.CREATE_OR_APPEND,
            Similarity = Similarity,
            RAMBufferSizeMB = rebuild ? 256 : 64,
        };
        try
        {
            var writer = new IndexWriter(directory, config);
            var empty = create || !DirectoryReader.IndexExists(directory);
            var stamp = empty ? joins.Fingerprint : writer.CommitData.TryGetValue(JoinsKey, out var stored) ? stored : "";
            if (empty)
            {
                // An empty index has a commit to open readers on.
                writer.SetCommitData(new Dictionary<string, string> { [JoinsKey] = stamp });
                writer.Commit();
            }
            return new LiveIndex(folder, directory, writer, joins, stamp);
        }
        catch
        {
            directory.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Applies operations in order, each only if its version is not older than the document's current one
    /// (including documents changed earlier in this batch and deletions, which leave a tombstone).
    /// </summary>
    /// <param name="seen">Versions applied so far by the caller (a rebuild passes one across batches).</param>
    /// <param name="fresh">The index was created empty for a rebuild and holds only the keys in <paramref name="seen"/>:
    /// a key not seen yet is simply added, with no delete-by-term for the writer to resolve.</param>
    public void Apply(IEnumerable<IndexOperation> operations, Dictionary<string, long>? seen = null, bool fresh = false)
    {
        seen ??= new Dictionary<string, long>(StringComparer.Ordinal);
        if (fresh)
        {
            // Decided in order (an older version of a key is skipped); then the new keys' documents are built and
            // added on every core — the writer takes documents from several threads at once, each into a buffer
            // of its own — and only then, in order, the keys seen before are replaced, so a later version of a key
            // always lands after an earlier one.
            var adds = new List<IndexOperation>();
            var replaces = new List<(string Key, IndexOperation Op)>();
            foreach (var op in operations)
            {
                var key = Fields.KeyOf(op.Kind, op.Id);
                var known = seen.TryGetValue(key, out var version);
                if (known && op.Version < version) continue;
                if (known) replaces.Add((key, op));
                else adds.Add(op);
                seen[key] = op.Version;
            }
            // One writer thread per core: each thread that adds gets a buffer of its own, flushed as a segment of
            // its own, so more threads would only leave more, smaller segments for every search to visit.
            Parallel.ForEach(adds, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, op => Writer.AddDocument(Map(op)));
            foreach (var (key, op) in replaces) Writer.UpdateDocument(new Term(Fields.Key, key), Map(op));
            return;
        }
        var searcher = Manager.Acquire();
        try
        {
            foreach (var op in operations)
            {
                var key = Fields.KeyOf(op.Kind, op.Id);
                var current = seen.TryGetValue(key, out var v) ? v : VersionOf(searcher.IndexReader, key);
                if (current is { } stored && op.Version < stored) continue;
                var document = Map(op);
                Writer.UpdateDocument(new Term(Fields.Key, key), document);
                seen[key] = op.Version;
            }
        }
        finally
        {
            Manager.Release(searcher);
        }
    }

    private static global::Lucene.Net.Documents.Document Map(IndexOperation op) => op switch
    {
        UpsertPerson p => DocumentMapper.Person(p.Document),
        UpsertResource r => DocumentMapper.Resource(r.Document),
        _ => DocumentMapper.Tombstone(op.Kind, op.Id, op.Version),
    };

    /// <summary>
    /// Erasure: removes every document under the key (the document and any tombstone — a tombstone would keep the
    /// id), merges the deletions away so no segment file still holds the document, and commits.
    /// </summary>
    public void Expunge(SearchKind kind, string id)
    {
        Writer.DeleteDocuments(new Term(Fields.Key, Fields.KeyOf(kind, id)));
        Writer.ForceMergeDeletes(doWait: true);
        Commit(Position);
        Writer.DeleteUnusedFiles();
    }

    /// <summary>Commits with the position in the commit's user data (durable: Lucene syncs the files), then refreshes readers.</summary>
    public void Commit(long position)
    {
        Position = Math.Max(Position, position);
        Writer.SetCommitData(new Dictionary<string, string>
        {
            [PositionKey] = Position.ToString(System.Globalization.CultureInfo.InvariantCulture),
            [JoinsKey] = _joinsStamp,
        });
        Writer.Commit();
        Manager.MaybeRefreshBlocking();
    }

    public static long? VersionOf(IndexReader reader, string key)
    {
        foreach (var leaf in reader.Leaves)
        {
            var doc = SegmentBits.Find(leaf.AtomicReader, key);
            if (doc < 0) continue;
            return leaf.AtomicReader.GetNumericDocValues(Fields.Version)?.Get(doc);
        }
        return null;
    }

    public void Dispose()
    {
        Manager.Dispose();
        Writer.Dispose();
        Directory.Dispose();
    }

    private sealed class Factory(PhraseJoins? joins) : SearcherFactory
    {
        public override IndexSearcher NewSearcher(IndexReader reader) => new JoinedSearcher(reader, joins) { Similarity = Similarity };
    }
}

/// <summary>A searcher that knows which phrase joins its index holds (null: search phrases as phrases).</summary>
internal sealed class JoinedSearcher(IndexReader reader, PhraseJoins? joins) : IndexSearcher(reader)
{
    public PhraseJoins? Joins { get; } = joins;
}
