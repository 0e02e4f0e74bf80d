using Q.Core.Search;

namespace Q.Core.Ports;

/// <summary>
/// The search index: derived from the graph, never the source of truth. Documents are built from the graph
/// (<see cref="SearchDocumentBuilder"/>) and applied in outbox order; every operation carries the outbox position
/// it was built at, so replaying operations is a no-op and the index can always be rebuilt from the graph.
/// Implemented by the embedded Lucene.Net engine and by Elasticsearch; both pass the same contract suite.
/// </summary>
public interface ISearchIndex : IAsyncDisposable
{
    string Engine { get; }

    Task InitialiseAsync(CancellationToken ct = default);

    Task<bool> PingAsync(CancellationToken ct = default);

    /// <summary>
    /// Applies operations in order and records <paramref name="position"/> as applied, together: after a crash the
    /// index is at a position it reports, and everything up to it is in. An operation older than the document's
    /// current version changes nothing. Searches see the changes when this returns.
    /// </summary>
    Task ApplyAsync(IReadOnlyList<IndexOperation> operations, long position, CancellationToken ct = default);

    /// <summary>
    /// Removes one document for good (UK GDPR erasure): deleted and expunged from the index's files, not merely
    /// marked deleted. Versioned like a delete; does not move the applied position.
    /// </summary>
    Task ExpungeAsync(Search.SearchKind kind, string id, long version, CancellationToken ct = default);

    /// <summary>The last outbox position applied (0 for a new index).</summary>
    Task<long> PositionAsync(CancellationToken ct = default);

    /// <summary>Every document's id and version, for reconciling the index with the graph.</summary>
    Task<IReadOnlyDictionary<string, long>> VersionsAsync(SearchKind kind, CancellationToken ct = default);

    /// <summary>
    /// Builds a complete new index from <paramref name="operations"/> (all upserts) beside the live one and swaps it
    /// in when done; searches keep working on the old one meanwhile, and a failure leaves the old one in place.
    /// </summary>
    Task RebuildAsync(IAsyncEnumerable<IndexOperation> operations, long position, CancellationToken ct = default);

    Task<PeopleSearchPage> SearchPeopleAsync(PeopleQuery query, CancellationToken ct = default);

    Task<ResourceSearchPage> SearchResourcesAsync(ResourceQuery query, CancellationToken ct = default);
}
