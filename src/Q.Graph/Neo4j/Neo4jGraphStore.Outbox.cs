using Q.Core.Search;

namespace Q.Graph.Neo4j;

public sealed partial class Neo4jGraphStore
{
    public async Task<IReadOnlyList<OutboxEntry>> ReadOutboxAsync(long after, int limit, CancellationToken ct = default)
    {
        var rows = (await ReadAsync("""
            MATCH (e:OutboxEntry) WHERE e.seq > $after RETURN e.seq, e.kind, e.id ORDER BY e.seq LIMIT $limit
            """, Args(("after", after), ("limit", limit)), ct)).Rows;
        return rows.Select(r => new OutboxEntry(r[0].GetInt64(), r[1].GetString() == "person" ? SearchKind.Person : SearchKind.Resource, r[2].GetString()!)).ToArray();
    }

    /// <summary>The counter keeps the highest position ever issued, even after trimming.</summary>
    public async Task<long> OutboxPositionAsync(CancellationToken ct = default) =>
        (await ReadAsync($"MATCH (c:Counter {{name: '{Sequences.Outbox}'}}) RETURN c.seq", null, ct)).Rows is [var row, ..] ? row[0].GetInt64() : 0;

    /// <summary>Deleting entries up to a position is idempotent, so it runs on its own and may be retried.</summary>
    public async Task TrimOutboxAsync(long upTo, CancellationToken ct = default) =>
        await _api.RunAsync(new Http.Statement("MATCH (e:OutboxEntry) WHERE e.seq <= $upTo DELETE e", Args(("upTo", upTo)), idempotent: true), ct);
}
