using Q.Core.Search;

namespace Q.Graph.Sqlite;

public sealed partial class SqliteGraphStore
{
    public Task<IReadOnlyList<OutboxEntry>> ReadOutboxAsync(long after, int limit, CancellationToken ct = default)
    {
        using var c = OpenRead();
        using var query = new Prepared(c, null, "SELECT seq, kind, id FROM outbox WHERE seq > $after ORDER BY seq LIMIT $limit");
        using var r = query.Read(after, limit);
        var result = new List<OutboxEntry>();
        while (r.Read()) result.Add(new OutboxEntry(r.GetInt64(0), Outbox.Kind(r.GetString(1)), r.GetString(2)));
        return Task.FromResult<IReadOnlyList<OutboxEntry>>(result);
    }

    public Task<long> OutboxPositionAsync(CancellationToken ct = default)
    {
        using var c = OpenRead();
        // sqlite_sequence keeps the highest seq ever issued, even after trimming.
        var seq = Migrations.Scalar(c, "SELECT coalesce((SELECT seq FROM sqlite_sequence WHERE name = 'outbox'), 0)");
        return Task.FromResult(Convert.ToInt64(seq));
    }

    public async Task TrimOutboxAsync(long upTo, CancellationToken ct = default) =>
        await ExecuteWriteAsync((w, _) =>
        {
            ((SqliteGraphWriter)w).TrimOutbox(upTo);
            return Task.FromResult(0);
        }, ct);
}
