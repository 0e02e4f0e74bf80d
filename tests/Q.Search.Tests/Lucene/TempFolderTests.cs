namespace Q.Search.Tests.Lucene;

/// <summary>A test class with a scratch folder of its own, deleted afterwards (best effort: Lucene may still hold a file).</summary>
public abstract class TempFolderTests : IDisposable
{
    protected string Root { get; } = Directory.CreateTempSubdirectory("q-lucene-").FullName;

    public void Dispose()
    {
        try { Directory.Delete(Root, recursive: true); } catch (IOException) { }
        GC.SuppressFinalize(this);
    }
}
