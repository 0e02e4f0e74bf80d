using System.Text;
using Q.Core.Model;
using Q.Graph.Sqlite;

namespace Q.Graph.Tests.Sqlite;

/// <summary>UK GDPR erasure down to the files: after it, the member's data is not in graph.db or its WAL.</summary>
public sealed class ErasureFileTests
{
    [Fact]
    public async Task After_erasure_no_byte_of_the_members_data_remains_in_the_database_files()
    {
        using var dir = new TempDirectory();
        const string name = "Zebedee Quillfeather-Unique";
        const string email = "zebedee.quillfeather@unique.example";
        const string bio = "Distinctive biography text QX7Y9Z that appears nowhere else";
        await using var store = SqliteGraphStore.InDirectory(dir.Path);
        await store.InitialiseAsync();
        await store.ExecuteWriteAsync(async (w, ct) =>
        {
            await w.UpsertMembersAsync(
            [
                new Member { Id = "m-zeb", Name = name, Email = email, Bio = bio },
                new Member { Id = "m-other", Name = "Someone Else" },
            ], ct);
            await w.UpsertConnectionsAsync([new Connection { From = "m-other", To = "m-zeb" }], ct);
            return 0;
        });
        // Rewrite the profile a few times so old versions of its pages sit in the WAL as well.
        for (var i = 0; i < 3; i++)
            await store.ExecuteWriteAsync(async (w, ct) =>
            {
                await w.UpsertMembersAsync([new Member { Id = "m-zeb", Name = name, Email = email, Bio = bio + i }], ct);
                return 0;
            });
        Assert.True(Contains(dir, bio), "the test must first see the data it later expects gone");

        await store.ExecuteWriteAsync((w, ct) => w.EraseMemberAsync("m-zeb", "erased-1", ct));

        foreach (var secret in new[] { name, email, bio, "m-zeb" })
            Assert.False(Contains(dir, secret), $"'{secret}' is still in the database files");
        Assert.Equal("Someone Else", (await store.GetMembersAsync(["m-other"]))["m-other"].Name);
    }

    private static bool Contains(TempDirectory dir, string text)
    {
        var needle = Encoding.UTF8.GetBytes(text);
        return Directory.EnumerateFiles(dir.Path).Any(f => File.ReadAllBytes(f).AsSpan().IndexOf(needle) >= 0);
    }
}
