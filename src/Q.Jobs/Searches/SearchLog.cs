using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Q.Core.Search;

namespace Q.Jobs.Searches;

/// <summary>
/// The anonymous search log, <c>{data}/searches.db</c>: query text (clipped), how many people it found, and when —
/// no member id, no token, no address. Recording only queues the entry; <see cref="FlushAsync"/> (every few seconds
/// in the server) writes the queue in one transaction, so a search never waits for the disk. profile-freshness trims
/// entries older than Jobs:SearchLogRetentionDays.
/// </summary>
public sealed class SearchLog(string dataDirectory) : ISearchLog
{
    public const string FileName = "searches.db";
    public const int MaxQueryLength = 200;
    private const int MaxQueued = 10_000;

    private readonly ConcurrentQueue<LoggedSearch> _queue = new();
    private readonly SemaphoreSlim _gate = new(1, 1);
    private bool _ready;

    public string Path { get; } = System.IO.Path.Combine(dataDirectory, FileName);

    public void Record(string query, int results, DateTimeOffset at)
    {
        var text = query.Trim();
        // Empty searches (browse everyone) say nothing about demand; a flood beyond the cap is dropped, not queued.
        if (text.Length == 0 || _queue.Count >= MaxQueued) return;
        _queue.Enqueue(new LoggedSearch(text.Length > MaxQueryLength ? text[..MaxQueryLength] : text, results, at));
    }

    public async Task FlushAsync(CancellationToken ct = default)
    {
        if (_queue.IsEmpty && _ready) return;
        await _gate.WaitAsync(ct);
        try
        {
            await using var c = await OpenAsync(ct);
            await using var tx = (SqliteTransaction)await c.BeginTransactionAsync(ct);
            await using var cmd = c.CreateCommand();
            cmd.Transaction = tx;
            cmd.CommandText = "INSERT INTO searches(at, query, results) VALUES ($at, $query, $results)";
            var at = cmd.Parameters.Add("$at", SqliteType.Text);
            var query = cmd.Parameters.Add("$query", SqliteType.Text);
            var results = cmd.Parameters.Add("$results", SqliteType.Integer);
            while (_queue.TryDequeue(out var s))
            {
                at.Value = Text(s.At);
                query.Value = s.Query;
                results.Value = s.Results;
                await cmd.ExecuteNonQueryAsync(ct);
            }
            await tx.CommitAsync(ct);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Searches made at or after <paramref name="since"/>, oldest first.</summary>
    public async Task<IReadOnlyList<LoggedSearch>> SinceAsync(DateTimeOffset since, CancellationToken ct = default)
    {
        await FlushAsync(ct);
        await using var c = await OpenAsync(ct);
        await using var cmd = c.CreateCommand();
        cmd.CommandText = "SELECT at, query, results FROM searches WHERE at >= $since ORDER BY at, id";
        cmd.Parameters.AddWithValue("$since", Text(since));
        await using var r = await cmd.ExecuteReaderAsync(ct);
        var list = new List<LoggedSearch>();
        while (await r.ReadAsync(ct))
            list.Add(new LoggedSearch(r.GetString(1), r.GetInt32(2), DateTimeOffset.Parse(r.GetString(0), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal)));
        return list;
    }

    /// <summary>Forgets searches made before <paramref name="before"/>; returns how many.</summary>
    public async Task<int> TrimAsync(DateTimeOffset before, CancellationToken ct = default)
    {
        await FlushAsync(ct);
        await using var c = await OpenAsync(ct);
        await using var cmd = c.CreateCommand();
        // secure_delete: a trimmed query is overwritten, not left in free pages of the file.
        cmd.CommandText = "PRAGMA secure_delete = ON; DELETE FROM searches WHERE at < $before";
        cmd.Parameters.AddWithValue("$before", Text(before));
        return await cmd.ExecuteNonQueryAsync(ct);
    }

    private async Task<SqliteConnection> OpenAsync(CancellationToken ct)
    {
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(Path))!);
        var c = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = Path }.ToString());
        await c.OpenAsync(ct);
        if (!_ready)
        {
            await using var cmd = c.CreateCommand();
            cmd.CommandText = """
                PRAGMA journal_mode = WAL;
                CREATE TABLE IF NOT EXISTS searches (id INTEGER PRIMARY KEY, at TEXT NOT NULL, query TEXT NOT NULL, results INTEGER NOT NULL);
                CREATE INDEX IF NOT EXISTS searches_at ON searches(at);
                """;
            await cmd.ExecuteNonQueryAsync(ct);
            _ready = true;
        }
        return c;
    }

    private static string Text(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
}
