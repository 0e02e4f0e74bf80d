namespace Q.Core.Search;

/// <summary>
/// A search document that a committed graph change made stale: <see cref="SearchKind.Person"/> with a member id,
/// or <see cref="SearchKind.Resource"/> with a resource id or "project:" + a project id. Written by the graph
/// store in the same transaction as the change.
/// </summary>
public sealed record OutboxEntry(long Seq, SearchKind Kind, string Id);
