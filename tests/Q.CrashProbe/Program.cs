using Q.Core.Model;
using Q.Core.Search;
using Q.Graph.Sqlite;
using Q.Search.Lucene;

// Killed by the durability tests with SIGKILL, mid-flight; every line it prints is a promise they check.
//   Q.CrashProbe DATABASE_PATH          writes members one unit of work at a time: "ack ID" after each commit
//   Q.CrashProbe index DATA_DIRECTORY   writes members in batches and keeps a Lucene index caught up through the
//                                       outbox: "ack-write N" after each graph commit, "ack-index POSITION" after each catch-up
var stdout = Console.Out;
if (args[0] == "index")
{
    await using var graph = SqliteGraphStore.InDirectory(args[1]);
    await graph.InitialiseAsync();
    await using var index = new LuceneSearchIndex(args[1]);
    await index.InitialiseAsync();
    var indexer = new SearchIndexer(graph, index);
    for (var batch = 0; ; batch++)
    {
        var members = Enumerable.Range(0, 200).Select(i => new Member { Id = $"crash-{batch:D4}-{i:D3}", Name = $"Crash {batch} {i}", Bio = "sepsis screening" }).ToArray();
        await graph.ExecuteWriteAsync(async (w, ct) => { await w.UpsertMembersAsync(members, ct); return 0; });
        stdout.WriteLine($"ack-write {batch}");
        stdout.Flush();
        await indexer.CatchUpAsync();
        stdout.WriteLine($"ack-index {await index.PositionAsync()}");
        stdout.Flush();
    }
}

await using var store = new SqliteGraphStore(args[0]);
await store.InitialiseAsync();
for (var i = 0; ; i++)
{
    var member = new Member { Id = $"crash-{i:D6}", Name = $"Crash {i}", Bio = new string('x', 2_000) };
    await store.ExecuteWriteAsync(async (w, ct) =>
    {
        await w.UpsertMembersAsync([member], ct);
        if (i > 0) await w.UpsertConnectionsAsync([new Connection { From = $"crash-{i - 1:D6}", To = member.Id }], ct);
        return 0;
    });
    stdout.WriteLine($"ack {member.Id}");
    stdout.Flush();
}
