using Q.Core.Ports;
using Q.Graph.Neo4j;
using Q.Graph.Sqlite;

namespace Q.Graph;

/// <summary>Creates the configured engine's store: the one place that maps configuration to an engine.</summary>
public static class GraphStores
{
    public static IGraphStore Create(GraphStoreOptions options) => options.Engine switch
    {
        "sqlite" => SqliteGraphStore.InDirectory(options.DataDirectory),
        "neo4j" => Neo4jGraphStore.Create(options),
        _ => throw new InvalidOperationException($"GraphStore:Engine '{options.Engine}' is not supported (expected: sqlite or neo4j)."),
    };

    /// <summary>Creates and initialises a store, for command-line tools that do not run a host.</summary>
    public static async Task<IGraphStore> OpenAsync(GraphStoreOptions options, CancellationToken ct = default)
    {
        var store = Create(options);
        try
        {
            await store.InitialiseAsync(ct);
            return store;
        }
        catch
        {
            await store.DisposeAsync();
            throw;
        }
    }
}
