using System.Globalization;
using Microsoft.Data.Sqlite;
using Q.Core.Jobs;

namespace Q.Jobs.History;

/// <summary>
/// Every run of every job, in the q_job_runs table of jobs.db beside Quartz's own tables, so lastRun, lastOutcome and
/// lastDuration survive restarts. Written whoever ran the job: the scheduler, runJob or q jobs run.
/// </summary>
public sealed class RunLog(string dataDirectory)
{
    public const string FileName = "jobs.db";

    private const string Schema = """
        CREATE TABLE IF NOT EXISTS q_job_runs (
            id INTEGER PRIMARY KEY AUTOINCREMENT, job TEXT NOT NULL, started TEXT NOT NULL, duration_ms INTEGER NOT NULL,
            outcome TEXT NOT NULL, summary TEXT, error TEXT, attempt INTEGER NOT NULL, trigger TEXT NOT NULL);
        CREATE INDEX IF NOT EXISTS q_job_runs_job ON q_job_runs(job, id);
        """;

    public string Path { get; } = System.IO.Path.Combine(dataDirectory, FileName);

    /// <summary>The connection string Quartz's store and this log share.</summary>
    public string ConnectionString => new SqliteConnectionStringBuilder { DataSource = Path, Pooling = false }.ToString();

    private bool _ready;

    public async Task RecordAsync(string job, DateTimeOffset started, TimeSpan duration, JobOutcome outcome, string? summary, string? error,
        int attempt, string trigger, CancellationToken ct = default)
    {
        await using var c = await OpenAsync(ct);
        await using var cmd = c.CreateCommand();
        cmd.CommandText = """
            INSERT INTO q_job_runs(job, started, duration_ms, outcome, summary, error, attempt, trigger)
            VALUES ($job, $started, $ms, $outcome, $summary, $error, $attempt, $trigger)
            """;
        cmd.Parameters.AddWithValue("$job", job);
        cmd.Parameters.AddWithValue("$started", started.UtcDateTime.ToString("O", CultureInfo.InvariantCulture));
        cmd.Parameters.AddWithValue("$ms", (long)duration.TotalMilliseconds);
        cmd.Parameters.AddWithValue("$outcome", outcome.ToString().ToLowerInvariant());
        cmd.Parameters.AddWithValue("$summary", (object?)Clip(summary) ?? DBNull.Value);
        cmd.Parameters.AddWithValue("$error", (object?)Clip(error) ?? DBNull.Value);
        cmd.Parameters.AddWithValue("$attempt", attempt);
        cmd.Parameters.AddWithValue("$trigger", trigger);
        await cmd.ExecuteNonQueryAsync(ct);
    }

    /// <summary>The newest run of each job (jobs that never ran are absent).</summary>
    public async Task<IReadOnlyDictionary<string, JobRun>> LatestAsync(CancellationToken ct = default) =>
        (await QueryAsync("SELECT * FROM q_job_runs WHERE id IN (SELECT max(id) FROM q_job_runs GROUP BY job)", null, ct))
            .ToDictionary(r => r.Job, StringComparer.Ordinal);

    /// <summary>A job's runs, oldest first.</summary>
    public Task<IReadOnlyList<JobRun>> HistoryAsync(string job, CancellationToken ct = default) =>
        QueryAsync("SELECT * FROM q_job_runs WHERE job = $job ORDER BY id", job, ct);

    /// <summary>When the job last started a run that succeeded, or null.</summary>
    public async Task<DateTimeOffset?> LastSuccessAsync(string job, CancellationToken ct = default) =>
        (await HistoryAsync(job, ct)).LastOrDefault(r => r.Outcome == JobOutcome.Succeeded)?.Started;

    private async Task<IReadOnlyList<JobRun>> QueryAsync(string sql, string? job, CancellationToken ct)
    {
        await using var c = await OpenAsync(ct);
        await using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        if (job is not null) cmd.Parameters.AddWithValue("$job", job);
        await using var r = await cmd.ExecuteReaderAsync(ct);
        var runs = new List<JobRun>();
        while (await r.ReadAsync(ct))
            runs.Add(new JobRun(r.GetInt64(0), r.GetString(1),
                DateTimeOffset.Parse(r.GetString(2), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal),
                TimeSpan.FromMilliseconds(r.GetInt64(3)), Enum.Parse<JobOutcome>(r.GetString(4), ignoreCase: true),
                r.IsDBNull(5) ? null : r.GetString(5), r.IsDBNull(6) ? null : r.GetString(6), r.GetInt32(7), r.GetString(8)));
        return runs;
    }

    private async Task<SqliteConnection> OpenAsync(CancellationToken ct)
    {
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(Path))!);
        var c = new SqliteConnection(ConnectionString);
        await c.OpenAsync(ct);
        if (!_ready)
        {
            await using var cmd = c.CreateCommand();
            // WAL: Quartz's connections and this log's share the file; readers then never wait for a writer.
            cmd.CommandText = "PRAGMA journal_mode = WAL;" + Schema;
            await cmd.ExecuteNonQueryAsync(ct);
            _ready = true;
        }
        return c;
    }

    private static string? Clip(string? text) => text is { Length: > 2000 } ? text[..2000] + "…" : text;
}
