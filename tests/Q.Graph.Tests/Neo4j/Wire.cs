using Q.Graph.Neo4j;
using Q.Graph.Neo4j.Http;

namespace Q.Graph.Tests.Neo4j;

/// <summary>Stores wired to a <see cref="QueryApiRecorder"/>, with retry delays recorded instead of slept.</summary>
public sealed class Wire
{
    public const string Password = "s3cret-Pa55word";
    public const string Database = "q-tests";

    public QueryApiRecorder Server { get; } = new();

    public List<TimeSpan> Delays { get; } = [];

    internal Neo4jGraphStore Store(int timeoutSeconds = 30, int streamPage = 1_000)
    {
        var store = Neo4jGraphStore.Create(Options(timeoutSeconds), Server,
            new Retry(5, TimeSpan.FromMilliseconds(100), (d, _) => { lock (Delays) Delays.Add(d); return Task.CompletedTask; }));
        store.StreamPageSize = streamPage;
        return store;
    }

    public static GraphStoreOptions Options(int timeoutSeconds = 30) => new()
    {
        Engine = "neo4j", Neo4jUrl = "http://neo4j.example:7474", Neo4jUser = "neo4j", Neo4jPassword = Password,
        Neo4jDatabase = Database, Neo4jTimeoutSeconds = timeoutSeconds,
    };
}
