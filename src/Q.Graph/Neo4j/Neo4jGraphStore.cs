using Q.Core.Ports;
using Q.Graph.Neo4j.Http;

namespace Q.Graph.Neo4j;

/// <summary>
/// The graph in a Neo4j server, reached through its HTTP Query API (Q has no Bolt driver). Same behaviour as the
/// embedded store (the shared contract suite says so); the mapping to labels and relationships, the schema, the
/// retry and timeout rules and what was verified how are in docs/neo4j.md.
/// <para>
/// Writers are serialised within this process (as in SQLite), and across processes by the outbox counter node
/// every unit of work updates; readers use their own implicit transactions and never wait for a writer.
/// </para>
/// </summary>
public sealed partial class Neo4jGraphStore : IGraphStore
{
    private readonly QueryApi _api;
    private readonly SemaphoreSlim _writeLock = new(1, 1);

    internal Neo4jGraphStore(QueryApi api) => _api = api;

    /// <summary>A store for the configured server; nothing is sent until <see cref="InitialiseAsync"/>.</summary>
    public static Neo4jGraphStore Create(GraphStoreOptions options) => Create(options, new SocketsHttpHandler
    {
        // Re-resolve the server's address now and then, so a moved server or a new cluster member is found.
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        ConnectTimeout = TimeSpan.FromSeconds(Math.Min(10, options.Neo4jTimeoutSeconds)),
    });

    internal static Neo4jGraphStore Create(GraphStoreOptions options, HttpMessageHandler handler, Retry? retry = null)
    {
        var problems = Neo4jSettings.Problems(options, always: true).ToList();
        if (problems.Count > 0) throw new GraphStoreException(string.Join(" ", problems));
        return new Neo4jGraphStore(new QueryApi(new Uri(options.Neo4jUrl!), options.Neo4jDatabase, options.Neo4jUser, options.Neo4jPassword,
            TimeSpan.FromSeconds(options.Neo4jTimeoutSeconds), retry ?? new Retry(5, TimeSpan.FromMilliseconds(100)), handler));
    }

    public string Engine => "neo4j";

    /// <summary>How many records a stream asks for per request (tests make it small to see the paging).</summary>
    internal int StreamPageSize { get; set; } = 1_000;

    public async Task InitialiseAsync(CancellationToken ct = default)
    {
        // Schema statements cannot share a transaction with writes, so each runs on its own; all are idempotent.
        foreach (var statement in Schema.Statements) await _api.RunAsync(statement, ct);
    }

    public async Task<bool> PingAsync(CancellationToken ct = default)
    {
        try
        {
            await _api.RunOnceAsync(Statement.Read("RETURN 1"), ct);
            return true;
        }
        catch (Exception e) when (e is GraphStoreException or RetryableFailure)
        {
            return false;
        }
    }

    public async Task<T> ExecuteWriteAsync<T>(Func<IGraphWriter, CancellationToken, Task<T>> work, CancellationToken ct = default)
    {
        await _writeLock.WaitAsync(ct);
        try
        {
            // Only opening the transaction is retried. The unit of work itself is never re-run: its delegate may
            // have effects of its own (the importer fills in its report), so a failure inside it goes to the caller.
            var tx = await _api.BeginAsync(ct);
            T result;
            try
            {
                result = await work(new Neo4jGraphWriter(tx), ct);
                ct.ThrowIfCancellationRequested();
            }
            catch
            {
                await tx.RollbackAsync();
                throw;
            }
            // Once the work is done the commit is not abandoned half-way for the caller's sake; it has its own timeout.
            await tx.CommitAsync(CancellationToken.None);
            return result;
        }
        finally
        {
            _writeLock.Release();
        }
    }

    private Task<QueryResult> ReadAsync(string cypher, IReadOnlyDictionary<string, object?>? args, CancellationToken ct) =>
        _api.RunAsync(Statement.Read(cypher, args), ct);

    private static Dictionary<string, object?> Args(params (string Name, object? Value)[] args) =>
        args.ToDictionary(a => a.Name, a => a.Value);

    public ValueTask DisposeAsync()
    {
        _api.Dispose();
        _writeLock.Dispose();
        return ValueTask.CompletedTask;
    }
}
