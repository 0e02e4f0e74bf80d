using Microsoft.Data.Sqlite;
using Q.Core.Model;
using Q.Core.Ports;
using Q.Graph.Sqlite;

namespace Q.Graph.Tests.Sqlite;

/// <summary>What only the embedded engine promises: its file format, migrations and durability settings.</summary>
public sealed class SqliteEngineTests
{
    [Fact]
    public async Task A_new_store_is_in_WAL_mode_at_the_latest_schema_version_and_reopens_without_loss()
    {
        using var dir = new TempDirectory();
        await using (var store = SqliteGraphStore.InDirectory(dir.Path))
        {
            await store.InitialiseAsync();
            await store.ExecuteWriteAsync(async (w, ct) => { await w.UpsertMembersAsync([new Member { Id = "m-1", Name = "A" }], ct); return 0; });
        }

        Assert.Equal("wal", Pragma(dir.File("graph.db"), "journal_mode"));
        Assert.Equal((long)Migrations.Latest, Pragma(dir.File("graph.db"), "user_version"));

        await using var reopened = SqliteGraphStore.InDirectory(dir.Path);
        await reopened.InitialiseAsync();
        Assert.Equal("A", (await reopened.GetMembersAsync(["m-1"]))["m-1"].Name);
        Assert.Equal((long)Migrations.Latest, Pragma(dir.File("graph.db"), "user_version"));
    }

    [Fact]
    public void A_new_data_folder_is_readable_by_its_owner_only()
    {
        using var parent = new TempDirectory();
        var folder = Path.Combine(parent.Path, "fresh");

        _ = SqliteGraphStore.InDirectory(folder);

        if (!OperatingSystem.IsWindows())
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(folder));
    }

    [Fact]
    public async Task A_data_folder_at_schema_1_is_migrated_in_place_and_keeps_its_data()
    {
        using var dir = new TempDirectory();
        using (var c = new SqliteConnection($"Data Source={dir.File("graph.db")};Pooling=False"))
        {
            c.Open();
            using var cmd = c.CreateCommand();
            cmd.CommandText = Migrations.Steps[0] + """
                ;INSERT INTO members(id, name, sort_key, role, visibility) VALUES ('m-old', 'Old Member', 'old member', 'manager', '{"email":"private"}');
                PRAGMA user_version = 1;
                """;
            cmd.ExecuteNonQuery();
        }

        await using var store = SqliteGraphStore.InDirectory(dir.Path);
        await store.InitialiseAsync();

        var old = (await store.GetMembersAsync(["m-old"]))["m-old"];
        Assert.Equal(("Old Member", MemberRole.Manager, null), (old.Name, old.Role, old.Phone));
        Assert.Equal(Visibility.Private, old.Visibility.Phone);
        Assert.Equal((long)Migrations.Latest, Pragma(dir.File("graph.db"), "user_version"));
    }

    [Fact]
    public async Task A_data_folder_from_a_newer_Q_is_refused_with_a_clear_message_and_left_untouched()
    {
        using var dir = new TempDirectory();
        using (var c = new SqliteConnection($"Data Source={dir.File("graph.db")};Pooling=False"))
        {
            c.Open();
            using var cmd = c.CreateCommand();
            cmd.CommandText = $"CREATE TABLE future(x); PRAGMA user_version = {Migrations.Latest + 5};";
            cmd.ExecuteNonQuery();
        }

        await using var store = SqliteGraphStore.InDirectory(dir.Path);
        var error = await Assert.ThrowsAsync<GraphStoreException>(() => store.InitialiseAsync());

        Assert.Contains("newer Q", error.Message);
        Assert.Contains($"schema version {Migrations.Latest + 5}", error.Message);
        Assert.Equal((long)Migrations.Latest + 5, Pragma(dir.File("graph.db"), "user_version"));
    }

    [Fact]
    public async Task Reads_before_initialisation_fail_with_a_message_that_says_what_to_do()
    {
        using var dir = new TempDirectory();
        await using var store = SqliteGraphStore.InDirectory(dir.Path);
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => store.GetMembersAsync(["m-1"]));
        Assert.Contains("InitialiseAsync", error.Message);
        Assert.False(await store.PingAsync());
    }

    [Fact]
    public async Task A_file_that_is_not_a_database_is_reported_as_a_store_error_naming_it()
    {
        using var dir = new TempDirectory();
        File.WriteAllText(dir.File("graph.db"), "this is not a database, just some text that is long enough to have a header");
        await using var store = SqliteGraphStore.InDirectory(dir.Path);

        var error = await Assert.ThrowsAsync<GraphStoreException>(() => store.InitialiseAsync());

        Assert.Contains("graph.db' cannot be opened", error.Message);
        Assert.Contains("not a database", error.Message);
    }

    internal static object? Pragma(string path, string name)
    {
        using var c = new SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False");
        c.Open();
        return Migrations.Scalar(c, $"PRAGMA {name}");
    }
}
