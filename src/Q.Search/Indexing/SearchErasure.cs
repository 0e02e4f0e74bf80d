using Q.Core.Ports;
using Q.Core.Privacy;
using Q.Core.Search;

namespace Q.Search.Indexing;

/// <summary>
/// Erasure reaches the search index: the member's document is removed and expunged (not merely marked
/// deleted), directly rather than through the outbox, so their id does not wait in the database for the indexer.
/// Documents that named them are rebuilt through the outbox entries the erasure wrote.
/// </summary>
public sealed class SearchErasure(IGraphStore store, ISearchIndex index) : IErasureParticipant
{
    public async Task EraseAsync(string memberId, string pseudonym, CancellationToken ct)
    {
        // Versioned at the graph's newest position: any later re-import of the same id carries a higher one.
        var version = await store.OutboxPositionAsync(ct);
        await index.ExpungeAsync(SearchKind.Person, memberId, version, ct);
    }
}
