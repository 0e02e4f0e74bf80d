using Q.Graph.Neo4j.Http;

namespace Q.Graph.Neo4j;

public sealed partial class Neo4jGraphStore
{
    /// <summary>
    /// Deletes every node and relationship in the database, in batches so no transaction grows with the graph.
    /// For the live contract tests' fixture only (it wipes whatever database it is pointed at); Q never calls it.
    /// </summary>
    internal async Task DeleteEverythingAsync(CancellationToken ct = default)
    {
        while ((await _api.RunAsync(new Statement("MATCH (n) WITH n LIMIT 10000 DETACH DELETE n RETURN count(*)", idempotent: true), ct))
               .Single().GetInt64() > 0)
        {
        }
    }
}
