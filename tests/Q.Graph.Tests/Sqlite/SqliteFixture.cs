using Q.Core.Ports;
using Q.Graph.Sqlite;
using Q.Graph.Tests.Contract;

namespace Q.Graph.Tests.Sqlite;

public sealed class SqliteFixture : IGraphStoreFixture, IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("q-graph-tests-").FullName;

    public string? SkipReason => null;

    public async Task<IGraphStore> CreateEmptyAsync()
    {
        var store = SqliteGraphStore.InDirectory(Path.Combine(_root, Guid.NewGuid().ToString("N")));
        await store.InitialiseAsync();
        return store;
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);
}

public sealed class SqliteGraphStoreContract(SqliteFixture fixture) : GraphStoreContract<SqliteFixture>(fixture);
