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
/// HTTP. Bounded: past <see cref="MaxEntries"/> it starts again.
/// </summary>
internal sealed class RecordCache<T> where T : class
{
    public const int MaxEntries = 50_000;

    private sealed class Generation(long version)
    {
        public readonly long Version = version;
        public readonly ConcurrentDictionary<string, T> Records = new(StringComparer.Ordinal);
    }

    private Generation _current = new(-1);

    /// <summary>Drops every kept record now (after this store's own commit: an erased member leaves memory at once).</summary>
    public void Clear() => Volatile.Write(ref _current, new Generation(-1));

    /// <summary>
    /// The records kept at <paramref name="version"/> (read before the database is). Records read at a version are
    /// at least that new, so keeping them under it is safe: any later commit moves the version and drops them.
    /// </summary>
    public ConcurrentDictionary<string, T> At(long version)
    {
        var current = Volatile.Read(ref _current);
        if (current.Version == version && current.Records.Count < MaxEntries) return current.Records;
        var fresh = new Generation(version);
        var installed = Interlocked.CompareExchange(ref _current, fresh, current) == current ? fresh : Volatile.Read(ref _current);
        // Another thread may have installed a generation first: use it only if it is for this version. Otherwise keep
        // these records in a generation of their own, which nobody else reads.
        return installed.Version == version ? installed.Records : fresh.Records;
    }
}
