using Microsoft.Data.Sqlite;
using Q.Core.Ports;

namespace Q.Graph.Sqlite;

/// <summary>
/// The embedded graph store: one SQLite file in WAL mode, one writer at a time and any number of readers.
/// <para>
/// Durability: <c>synchronous=FULL</c>. In WAL mode NORMAL already survives a killed process (the WAL is in
/// the OS page cache), but FULL also survives power loss and an OS crash: a commit is acknowledged only after
/// the WAL is fsynced. Imports write in one transaction, so the price is one fsync per import, not per record.
/// </para>
/// </summary>
public sealed partial class SqliteGraphStore : IGraphStore
{
    public const string FileName = "graph.db";

    private readonly string _writeConnectionString;
    private readonly string _readConnectionString;
    private readonly SemaphoreSlim _writeLock = new(1, 1);
    private SqliteConnection? _writer;
    private readonly ChangeWatch _changes;
    // An erasure whose WAL truncation readers blocked: retried after each later write until it succeeds.
    private bool _truncatePending;

    public SqliteGraphStore(string databasePath)
    {
        DatabasePath = Path.GetFullPath(databasePath);
        var builder = new SqliteConnectionStringBuilder { DataSource = DatabasePath, Pooling = true, DefaultTimeout = 30 };
        builder.Mode = SqliteOpenMode.ReadWriteCreate;
        _writeConnectionString = builder.ToString();
        builder.Mode = SqliteOpenMode.ReadOnly;
        _readConnectionString = builder.ToString();
        _changes = new ChangeWatch(_readConnectionString);
    }

    public static SqliteGraphStore InDirectory(string dataDirectory)
    {
        try
        {
            // The folder holds personal data: new ones are for their owner only.
            if (OperatingSystem.IsWindows() || Directory.Exists(dataDirectory)) Directory.CreateDirectory(dataDirectory);
            else Directory.CreateDirectory(dataDirectory, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new GraphStoreException($"The data folder '{dataDirectory}' cannot be created: {e.Message}", e);
        }
        return new SqliteGraphStore(Path.Combine(dataDirectory, FileName));
    }

    public string DatabasePath { get; }

    public string Engine => "sqlite";

    public async Task InitialiseAsync(CancellationToken ct = default)
    {
        await _writeLock.WaitAsync(ct);
        try
        {
            if (_writer is not null) return;
            var writer = new SqliteConnection(_writeConnectionString);
            try
            {
                writer.Open();
                // secure_delete: deleted content is overwritten with zeros, so an erased member leaves no readable trace.
                Execute(writer, "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA temp_store = MEMORY; PRAGMA secure_delete = ON;");
                Migrations.Apply(writer);
                // A previous run may have stopped between an erasure and its WAL truncation.
                ForgetErasedPages(writer);
                _writer = writer;
            }
            catch (SqliteException e)
            {
                writer.Dispose();
                throw new GraphStoreException($"The graph store '{DatabasePath}' cannot be opened: {e.Message}", e);
            }
            catch
            {
                writer.Dispose();
                throw;
            }
        }
        finally
        {
            _writeLock.Release();
        }
    }

    public async Task<bool> PingAsync(CancellationToken ct = default)
    {
        try
        {
            await using var c = OpenRead();
            return Migrations.Scalar(c, "SELECT count(*) FROM sqlite_master") is long;
        }
        catch (SqliteException)
        {
            return false;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    public async Task<T> ExecuteWriteAsync<T>(Func<IGraphWriter, CancellationToken, Task<T>> work, CancellationToken ct = default)
    {
        await _writeLock.WaitAsync(ct);
        try
        {
            var writer = _writer ?? throw NotInitialised();
            // IMMEDIATE takes the write lock now, so a second process writing at the same time waits at BEGIN
            // (busy timeout) instead of failing half-way through this unit of work.
            T result;
            bool erased;
            using (var tx = writer.BeginTransaction(deferred: false))
            {
                var unit = new SqliteGraphWriter(writer, tx);
                result = await work(unit, ct);
                ct.ThrowIfCancellationRequested();
                tx.Commit();
                ForgetKeptRecords();
                erased = unit.Erased;
            }
            if (erased || _truncatePending) _truncatePending = !ForgetErasedPages(writer);
            return result;
        }
        finally
        {
            _writeLock.Release();
        }
    }

    /// <summary>
    /// Runs a read on its own connection, interrupting SQLite if <paramref name="ct"/> fires (a request's timeout or
    /// abort), so a cancelled request stops its database work instead of finishing it for nobody.
    /// </summary>
    private T Read<T>(CancellationToken ct, Func<SqliteConnection, T> body)
    {
        ct.ThrowIfCancellationRequested();
        using var c = OpenRead();
        using var interrupt = ct.Register(() => SQLitePCL.raw.sqlite3_interrupt(c.Handle));
        try
        {
            return body(c);
        }
        catch (SqliteException e) when (e.SqliteErrorCode == SQLitePCL.raw.SQLITE_INTERRUPT && ct.IsCancellationRequested)
        {
            throw new OperationCanceledException("The read was cancelled.", e, ct);
        }
    }

    private SqliteConnection OpenRead()
    {
        if (_writer is null) throw NotInitialised();
        var c = new SqliteConnection(_readConnectionString);
        c.Open();
        return c;
    }

    private static InvalidOperationException NotInitialised() =>
        new("The graph store has not been initialised: call InitialiseAsync first.");

    private static void Execute(SqliteConnection c, string sql)
    {
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }

    public async ValueTask DisposeAsync()
    {
        await _writeLock.WaitAsync();
        try
        {
            if (_writer is not null)
            {
                Execute(_writer, "PRAGMA optimize;");
                await _writer.DisposeAsync();
                _writer = null;
            }
        }
        finally
        {
            _writeLock.Release();
        }
        _changes.Dispose();
        // Release pooled readers so the files can be moved or deleted once the store is closed.
        SqliteConnection.ClearPool(new SqliteConnection(_readConnectionString));
        SqliteConnection.ClearPool(new SqliteConnection(_writeConnectionString));
    }
}
