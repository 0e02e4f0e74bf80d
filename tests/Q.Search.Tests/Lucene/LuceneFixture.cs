using Q.Core.Ports;
using Q.Search.Lucene;
using Q.Search.Tests.Contract;

namespace Q.Search.Tests.Lucene;

public sealed class LuceneFixture : ISearchIndexFixture, IDisposable
{
    public string Root { get; } = Directory.CreateTempSubdirectory("q-search-tests-").FullName;

    public string? SkipReason => null;

    public async Task<ISearchIndex> OpenAsync(string name)
    {
        var index = new LuceneSearchIndex(Path.Combine(Root, name));
        await index.InitialiseAsync();
        return index;
    }

    public void Dispose()
    {
        try { Directory.Delete(Root, recursive: true); } catch (IOException) { }
    }
}

public sealed class LuceneSearchIndexContract(LuceneFixture fixture) : SearchIndexContract<LuceneFixture>(fixture);
