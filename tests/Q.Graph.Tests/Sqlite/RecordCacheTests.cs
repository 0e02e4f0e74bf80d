using Q.Core.Model;
using Q.Graph.Sqlite;

namespace Q.Graph.Tests.Sqlite;

/// <summary>
/// Members, organisations and topics read by id are kept in memory only while the database is unchanged: a write
/// by this store, or by another process on the same file (here a second store), is seen by the next read.
/// </summary>
public sealed class RecordCacheTests
{
    private static Task Write(SqliteGraphStore store, Member member, Organisation? organisation = null) =>
        store.ExecuteWriteAsync(async (w, ct) =>
        {
            if (organisation is not null) await w.UpsertOrganisationsAsync([organisation], ct);
            await w.UpsertMembersAsync([member], ct);
            return 0;
        });

    [Fact]
    public async Task A_write_from_another_connection_is_seen_by_the_next_read()
    {
        using var dir = new TempDirectory();
        await using var server = new SqliteGraphStore(dir.File("graph.db"));
        await server.InitialiseAsync();
        await Write(server, new Member { Id = "m-1", Name = "Ada", Headline = "Sepsis lead" }, new Organisation { Id = "o-1", Name = "Old name" });
        Assert.Equal("Sepsis lead", (await server.GetMembersAsync(["m-1"]))["m-1"].Headline);
        Assert.Equal("Old name", (await server.GetOrganisationsAsync(["o-1"]))["o-1"].Name);
        Assert.Equal("Sepsis lead", (await server.GetMembersAsync(["m-1"]))["m-1"].Headline); // now kept

        // "q import" in another process: its own store on the same file.
        await using (var import = new SqliteGraphStore(dir.File("graph.db")))
        {
            await import.InitialiseAsync();
            await Write(import, new Member { Id = "m-1", Name = "Ada", Headline = "Deterioration lead" }, new Organisation { Id = "o-1", Name = "New name" });
        }

        Assert.Equal("Deterioration lead", (await server.GetMembersAsync(["m-1"]))["m-1"].Headline);
        Assert.Equal("New name", (await server.GetOrganisationsAsync(["o-1"]))["o-1"].Name);
    }

    [Fact]
    public async Task Kept_and_unread_records_are_answered_together_and_an_erased_member_is_gone()
    {
        using var dir = new TempDirectory();
        await using var store = new SqliteGraphStore(dir.File("graph.db"));
        await store.InitialiseAsync();
        await Write(store, new Member { Id = "m-1", Name = "Ada" });
        await Write(store, new Member { Id = "m-2", Name = "Bea" });
        Assert.Single(await store.GetMembersAsync(["m-1"]));                       // m-1 kept
        var both = await store.GetMembersAsync(["m-1", "m-2", "m-404"]);           // m-1 kept, m-2 read, m-404 absent
        Assert.Equal(["Ada", "Bea"], both.Values.Select(m => m.Name).Order());

        await store.ExecuteWriteAsync((w, ct) => w.EraseMemberAsync("m-1", "p-1", ct));
        Assert.Equal(["m-2"], (await store.GetMembersAsync(["m-1", "m-2"])).Keys);
    }
}
