using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;

namespace Q.Graph.Sqlite;

/// <summary>
/// Watches whether the database has changed: SQLite's <c>PRAGMA data_version</c> on a connection of its own moves
/// whenever any other connection commits — this store's writer, or another process (a <c>q import</c> beside a
/// running <c>q serve</c>). Records read by id are kept only while it stands still.
/// </summary>
internal sealed class ChangeWatch(string connectionString) : IDisposable
{
    private readonly Lock _lock = new();
    private SqliteConnection? _connection;
    private SqliteCommand? _version;

    public long Version()
    {
        lock (_lock)
        {
            if (_version is null)
            {
                _connection = new SqliteConnection(connectionString);
                _connection.Open();
                _version = _connection.CreateCommand();
                _version.CommandText = "PRAGMA data_version;";
                _version.Prepare();
            }
            return (long)_version.ExecuteScalar()!;
        }
    }

    public void Dispose()
    {
        lock (_lock)
        {
            _version?.Dispose();
            _connection?.Dispose();
            _version = null;
            _connection = null;
        }
    }
}

/// <summary>
/// Records of one kind read by id, kept for as long as the database is unchanged (<see cref="ChangeWatch"/>): a
/// search page names the same members again and again, and reading them was most of a cached search's time over
/// HTTP. Bounded: a generation keeps at most <see cref="MaxEntries"/> records.
/// </summary>
internal sealed class RecordCache<T> where T : class
{
    public const int MaxEntries = 50_000;

    /// <summary>The records kept at one database version. Full at <see cref="MaxEntries"/>: it then keeps no more.</summary>
    internal sealed class Generation(long version)
    {
        private readonly ConcurrentDictionary<string, T> _records = new(StringComparer.Ordinal);
        private int _count; // ConcurrentDictionary.Count takes every lock: too dear for each read

        public long Version { get; } = version;

        public bool TryGet(string id, [System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out T record) => _records.TryGetValue(id, out record);

        public void Keep(string id, T record)
        {
            if (Volatile.Read(ref _count) < MaxEntries && _records.TryAdd(id, record)) Interlocked.Increment(ref _count);
        }
    }

    private Generation _current = new(-1);

    /// <summary>Drops every kept record now (after this store's own commit: an erased member leaves memory at once).</summary>
    public void Clear() => Volatile.Write(ref _current, new Generation(-1));

    /// <summary>
    /// The records kept at <paramref name="version"/> (read before the database is). Records read at a version are
    /// at least that new, so keeping them under it is safe: any later commit moves the version and drops them.
    /// </summary>
    public Generation At(long version)
    {
        var current = Volatile.Read(ref _current);
        if (current.Version == version) return current;
        var fresh = new Generation(version);
        var installed = Interlocked.CompareExchange(ref _current, fresh, current) == current ? fresh : Volatile.Read(ref _current);
        // Another thread may have installed a generation first: use it only if it is for this version. Otherwise keep
        // these records in a generation of their own, which nobody else reads.
        return installed.Version == version ? installed : fresh;
    }
}
