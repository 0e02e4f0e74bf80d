using Q.Core.Model;
using Q.Graph.Sqlite;

// Usage: Q.CrashProbe DATABASE_PATH. Prints "ack ID" only after ID's unit of work has committed, then goes on
// until killed. The durability test kills it with SIGKILL and checks that every acknowledged id survived.
await using var store = new SqliteGraphStore(args[0]);
await store.InitialiseAsync();
var stdout = Console.Out;
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
