using Q.Core.Model;
using Q.Core.Ports;
using Q.Core.Search;
using Q.Jobs.Upkeep;
using Q.Search;

namespace Q.Jobs.Tests;

/// <summary>reindex on a real graph and a real Lucene index: drift is found, reported and repaired.</summary>
public sealed class ReindexUpkeepTests : DataFolder
{
    [Fact]
    public async Task A_change_the_index_never_received_is_reported_as_drift_and_is_searchable_after_the_run()
    {
        await using var store = await OpenStoreAsync();
        await SeedDemoAsync(store, 50);
        await using var index = Search.Extensions.Create(new SearchIndexOptions { DataDirectory = Data });
        await index.InitialiseAsync();
        var indexer = new SearchIndexer(store, index);
        await indexer.CatchUpAsync();

        // A member written while the index missed it: the outbox entry is lost (trimmed unapplied).
        await WriteAsync(store, members: [new Member { Id = "m-drift", Name = "Zebedee Quillfeather", Headline = "Quillfeather methods" }]);
        await store.TrimOutboxAsync(await store.OutboxPositionAsync());
        Assert.Equal(0, await CountAsync(index, "Quillfeather"));

        var summary = await new ReindexUpkeep(indexer).RunAsync(CancellationToken.None);

        Assert.Contains("people 51 (1 missing, 0 extra repaired)", summary, StringComparison.Ordinal);
        Assert.Equal(1, await CountAsync(index, "Quillfeather"));
    }

    private static async Task<int> CountAsync(ISearchIndex index, string words) =>
        (await index.SearchPeopleAsync(new PeopleQuery(QueryUnderstanding.Plan(words, Vocabulary.BuiltIn), MemberFilter.None, 10, 0, Audience.Public))).TotalCount;
}
