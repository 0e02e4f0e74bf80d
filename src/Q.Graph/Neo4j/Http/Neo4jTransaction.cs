using Q.Core.Ports;

namespace Q.Graph.Neo4j.Http;

/// <summary>
/// An open explicit transaction (https://neo4j.com/docs/query-api/current/transactions/): statements go to
/// <c>POST …/query/v2/tx/{id}</c>, <c>POST …/tx/{id}/commit</c> commits and <c>DELETE …/tx/{id}</c> rolls back; the
/// <c>neo4j-cluster-affinity</c> header the server gave is replayed so a cluster routes them all to one member.
/// <para>
/// Nothing in here is retried. A statement that fails ends the transaction on the server, so sending it again
/// is meaningless; and a commit whose answer was lost may have committed, so it is never sent twice: the caller
/// gets a <see cref="GraphStoreException"/> saying the outcome is unknown.
/// </para>
/// </summary>
internal sealed class Neo4jTransaction(QueryApi api, string path, string? affinity)
{
    public Task<QueryResult> RunAsync(Statement statement, CancellationToken ct) =>
        api.SendInTransactionAsync(HttpMethod.Post, path, statement, affinity, ct);

    public async Task CommitAsync(CancellationToken ct)
    {
        var result = await api.SendInTransactionAsync(HttpMethod.Post, $"{path}/commit", null, affinity, ct);
        api.Remember(result.Bookmarks);
    }

    /// <summary>Best effort: if the server cannot be told, it rolls the transaction back itself when it expires.</summary>
    public async Task RollbackAsync()
    {
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            await api.SendInTransactionAsync(HttpMethod.Delete, path, null, affinity, timeout.Token);
        }
        catch (Exception e) when (e is GraphStoreException or OperationCanceledException)
        {
            // Already ended (a failed statement closes it) or unreachable: either way nothing was committed.
        }
    }
}
