using Q.Core.Model;
using Q.Core.Ports;
using Q.Demo;
using Q.Graph.Sqlite;

namespace Q.Jobs.Tests;

/// <summary>A scratch data folder with a real SQLite graph, deleted afterwards (best effort: a file may still be held).</summary>
public abstract class DataFolder : IAsyncLifetime
{
    protected string Root { get; } = Directory.CreateTempSubdirectory("q-jobs-").FullName;
    protected string Data => Path.Combine(Root, "data");

    public virtual Task InitializeAsync() => Task.CompletedTask;

    public virtual Task DisposeAsync()
    {
        try { Directory.Delete(Root, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        return Task.CompletedTask;
    }

    protected async Task<IGraphStore> OpenStoreAsync()
    {
        var store = SqliteGraphStore.InDirectory(Data);
        await store.InitialiseAsync();
        return store;
    }

    /// <summary>Writes the records in one unit of work, in dependency order.</summary>
    protected static Task WriteAsync(IGraphStore store, IEnumerable<Organisation>? organisations = null, IEnumerable<Topic>? topics = null,
        IEnumerable<Member>? members = null, IEnumerable<Project>? projects = null, IEnumerable<Resource>? resources = null,
        IEnumerable<Connection>? connections = null) =>
        store.ExecuteWriteAsync(async (w, ct) =>
        {
            await w.UpsertOrganisationsAsync((organisations ?? []).ToArray(), ct);
            await w.UpsertTopicsAsync((topics ?? []).ToArray(), ct);
            await w.UpsertMembersAsync((members ?? []).ToArray(), ct);
            await w.UpsertProjectsAsync((projects ?? []).ToArray(), ct);
            await w.UpsertResourcesAsync((resources ?? []).ToArray(), ct);
            await w.UpsertConnectionsAsync((connections ?? []).Select(c => c.Canonical()).ToArray(), ct);
            return 0;
        });

    protected static Task SeedDemoAsync(IGraphStore store, int members)
    {
        var c = DemoCommunity.Generate(members, 7);
        return WriteAsync(store, c.Organisations, c.Topics, c.Members, c.Projects, c.Resources, c.Connections);
    }

    /// <summary>Polls until the condition holds; generous, so a slow shared machine does not make a test flaky.</summary>
    protected static async Task<T> EventuallyAsync<T>(Func<Task<T>> read, Func<T, bool> done, TimeSpan? within = null)
    {
        var deadline = DateTime.UtcNow + (within ?? TimeSpan.FromSeconds(60));
        while (true)
        {
            var value = await read();
            if (done(value)) return value;
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"the condition did not hold within {(within ?? TimeSpan.FromSeconds(60)).TotalSeconds} s; last value: {value}");
            await Task.Delay(200);
        }
    }
}
