using Q.Core.Model;

namespace Q.Core.Ports;

/// <summary>
/// The graph of members, organisations, topics, projects, resources and ties: Q's source of truth.
/// Shaped for both the embedded SQLite engine and Neo4j: operations are domain-shaped, reads are batched by
/// id (so GraphQL DataLoaders make one call per level, not one per node), writes happen inside a unit of work,
/// and whole-graph reads stream so analytics and reindexing never hold the graph twice.
/// </summary>
public interface IGraphStore : IAsyncDisposable
{
    /// <summary>The engine's short name ("sqlite", "neo4j"), for health reports.</summary>
    string Engine { get; }

    /// <summary>Creates or migrates the schema. Idempotent; called once at start.</summary>
    Task InitialiseAsync(CancellationToken ct = default);

    /// <summary>Answers a trivial read; false (not an exception) when the store cannot answer.</summary>
    Task<bool> PingAsync(CancellationToken ct = default);

    /// <summary>
    /// Runs <paramref name="work"/> as one atomic unit: all of its writes commit together once it returns, or
    /// none do if it throws. Writers are serialised; readers are never blocked by a writer.
    /// </summary>
    Task<T> ExecuteWriteAsync<T>(Func<IGraphWriter, CancellationToken, Task<T>> work, CancellationToken ct = default);

    Task<IReadOnlyDictionary<string, Member>> GetMembersAsync(IReadOnlyCollection<string> ids, CancellationToken ct = default);
    Task<IReadOnlyDictionary<string, Organisation>> GetOrganisationsAsync(IReadOnlyCollection<string> ids, CancellationToken ct = default);
    Task<IReadOnlyDictionary<string, Topic>> GetTopicsAsync(IReadOnlyCollection<string> ids, CancellationToken ct = default);
    Task<IReadOnlyDictionary<string, Project>> GetProjectsAsync(IReadOnlyCollection<string> ids, CancellationToken ct = default);
    Task<IReadOnlyDictionary<string, Resource>> GetResourcesAsync(IReadOnlyCollection<string> ids, CancellationToken ct = default);

    /// <summary>Projects each member takes part in, keyed by member id.</summary>
    Task<ILookup<string, Project>> GetProjectsOfMembersAsync(IReadOnlyCollection<string> memberIds, CancellationToken ct = default);

    /// <summary>Resources each member wrote, keyed by member id, newest first.</summary>
    Task<ILookup<string, Resource>> GetResourcesOfAuthorsAsync(IReadOnlyCollection<string> memberIds, CancellationToken ct = default);

    /// <summary>The topics directly narrower than each topic, keyed by the broader topic's id.</summary>
    Task<ILookup<string, Topic>> GetNarrowerTopicsAsync(IReadOnlyCollection<string> topicIds, CancellationToken ct = default);

    /// <summary>The ids among <paramref name="ids"/> that exist as records of <paramref name="kind"/>.</summary>
    Task<IReadOnlySet<string>> FindExistingAsync(RecordKind kind, IReadOnlyCollection<string> ids, CancellationToken ct = default);

    /// <summary>A page of the member directory, alphabetical by name, filtered.</summary>
    Task<MemberPage> FindMembersAsync(MemberFilter filter, PageRequest page, CancellationToken ct = default);

    /// <summary>
    /// One page of members for each key at once: the members of several organisations, of several topics
    /// (a topic includes its narrower topics), or the connections of several members. One call serves a
    /// whole level of a GraphQL query.
    /// </summary>
    Task<IReadOnlyDictionary<string, MemberPage>> GetMemberPagesAsync(
        MemberScope scope, IReadOnlyCollection<string> keys, PageRequest page, CancellationToken ct = default);

    /// <summary>Members two hops away who are not already tied to the member, most mutual connections first.</summary>
    Task<IReadOnlyList<TwoHopNeighbour>> GetTwoHopNeighboursAsync(string memberId, int limit, CancellationToken ct = default);

    /// <summary>The ties of one member, with their dates and sources.</summary>
    Task<IReadOnlyList<Connection>> GetConnectionsOfAsync(string memberId, CancellationToken ct = default);

    Task<GraphCounts> CountAsync(CancellationToken ct = default);

    /// <summary>
    /// For each organisation, how many of its members hold each topic at each level — counting only members whose
    /// topics the audience may see.
    /// </summary>
    Task<IReadOnlyDictionary<string, IReadOnlyList<SkillCount>>> GetOrganisationSkillsAsync(
        IReadOnlyCollection<string> organisationIds, Audience audience, CancellationToken ct = default);

    /// <summary>The organisation's members who agreed that their employer may see them, alphabetically.</summary>
    Task<IReadOnlyList<Member>> GetMembersVisibleToEmployerAsync(string organisationId, CancellationToken ct = default);

    /// <summary>Audit entries in which the member is the actor or the subject, oldest first.</summary>
    Task<IReadOnlyList<AuditEntry>> GetAuditAsync(string memberId, CancellationToken ct = default);

    /// <summary>The member's consents and visibility changes, oldest first.</summary>
    Task<IReadOnlyList<Consent>> GetConsentsAsync(string memberId, CancellationToken ct = default);

    /// <summary>
    /// Suggestion events in the order recorded: those involving <paramref name="memberId"/> (as actor or as the
    /// other member), or all of them when it is null.
    /// </summary>
    Task<IReadOnlyList<Suggest.SuggestionEvent>> GetSuggestionEventsAsync(string? memberId, CancellationToken ct = default);

    /// <summary>Outbox entries after <paramref name="after"/>, oldest first, at most <paramref name="limit"/>.</summary>
    Task<IReadOnlyList<Search.OutboxEntry>> ReadOutboxAsync(long after, int limit, CancellationToken ct = default);

    /// <summary>The newest outbox position written so far (0 when none): where a rebuilt index stands.</summary>
    Task<long> OutboxPositionAsync(CancellationToken ct = default);

    /// <summary>Forgets outbox entries up to and including <paramref name="upTo"/>, once the index has applied them.</summary>
    Task TrimOutboxAsync(long upTo, CancellationToken ct = default);

    /// <summary>
    /// Keeps a connectivity report for <c>connectivityHistory</c>; returns its id. The snapshot is taken at the
    /// report's as-of date (midnight UTC) when its filter has one, else when it was computed, and is filed under its
    /// filter without the as-of date, so snapshots of one population at different dates form one series. It keeps
    /// every aggregate and breakdown and the 100 members of highest betweenness, not the per-member maps
    /// (<see cref="ConnectivityReport.Betweenness"/> beyond those, <see cref="ConnectivityReport.Communities"/>): a
    /// snapshot stays a few kilobytes however large the network.
    /// </summary>
    Task<long> SaveSnapshotAsync(Analytics.ConnectivityReport report, CancellationToken ct = default);

    /// <summary>
    /// Kept snapshots, oldest first (by <see cref="Analytics.ConnectivitySnapshot.At"/>, then id): all of them when
    /// <paramref name="filter"/> is null, else those of exactly that filter (its as-of date ignored); between
    /// <paramref name="from"/> and <paramref name="to"/> inclusive when given.
    /// </summary>
    Task<IReadOnlyList<Analytics.ConnectivitySnapshot>> GetSnapshotsAsync(
        Analytics.NetworkFilter? filter, DateTimeOffset? from, DateTimeOffset? to, CancellationToken ct = default);

    // Whole-graph streams, in id order, for export, analytics and reindexing.
    IAsyncEnumerable<Organisation> StreamOrganisationsAsync(CancellationToken ct = default);
    IAsyncEnumerable<Topic> StreamTopicsAsync(CancellationToken ct = default);
    IAsyncEnumerable<Member> StreamMembersAsync(CancellationToken ct = default);
    IAsyncEnumerable<Project> StreamProjectsAsync(CancellationToken ct = default);
    IAsyncEnumerable<Resource> StreamResourcesAsync(CancellationToken ct = default);
    /// <summary>Every tie once, in canonical order (From sorts before To).</summary>
    IAsyncEnumerable<Connection> StreamConnectionsAsync(CancellationToken ct = default);
}
