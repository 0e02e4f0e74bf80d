using Q.Core.Security;

namespace Q.Core.Tests.Security;

public sealed class KeyFileTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("q-keyfile-").FullName;

    public void Dispose()
    {
        try { Directory.Delete(_dir, recursive: true); } catch (IOException) { }
    }

    [Fact]
    public void A_missing_key_is_created_owner_only_and_read_back_the_same_afterwards()
    {
        var first = KeyFile.LoadOrCreate(_dir, "test.key", "a test key");
        Assert.Equal(KeyFile.MinimumBytes, first.Length);
        Assert.Equal(first, KeyFile.LoadOrCreate(_dir, "test.key", "a test key"));
        if (!OperatingSystem.IsWindows())
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(Path.Combine(_dir, "test.key")));
    }

    [Fact]
    public void Two_folders_get_different_keys()
    {
        var other = Path.Combine(_dir, "other");
        Assert.NotEqual(KeyFile.LoadOrCreate(_dir, "test.key", "a test key"), KeyFile.LoadOrCreate(other, "test.key", "a test key"));
    }

    [Theory]
    [InlineData("not base64 at all!", "is not a test key")]
    [InlineData("AAAA", "shorter than 256 bits")]
    public void A_damaged_key_file_is_refused_naming_the_file_and_what_to_do(string content, string expected)
    {
        var path = Path.Combine(_dir, "test.key");
        File.WriteAllText(path, content);
        var error = Assert.Throws<InvalidDataException>(() => KeyFile.LoadOrCreate(_dir, "test.key", "a test key"));
        Assert.Contains(path, error.Message, StringComparison.Ordinal);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.Contains("delete it", error.Message, StringComparison.Ordinal);
        Assert.Equal(content, File.ReadAllText(path)); // a damaged key is never silently replaced
    }
}
