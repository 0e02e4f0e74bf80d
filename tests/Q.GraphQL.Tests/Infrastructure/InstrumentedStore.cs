using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Q.Core.Model;
using Q.Core.Ports;

namespace Q.GraphQL.Tests.Infrastructure;

/// <summary>
/// Wraps the real store: counts every read (to prove the API makes no N+1 calls) and can be switched to fail
/// reads or report not ready, to provoke what a broken disk or database would.
/// </summary>
public sealed class InstrumentedStore(IGraphStore inner) : IGraphStore
{
    /// <summary>Looks like what a real engine failure might say: it must never reach a client.</summary>
    public const string SecretFailure = "SQLite Error 11: database disk image is malformed; SELECT email FROM members WHERE id = 'm-aisha'";

    private readonly ConcurrentDictionary<string, int> _calls = new();

    public bool FailReads { get; set; }
    public bool Ready { get; set; } = true;

    /// <summary>When set, <see cref="FindMembersAsync"/> waits until its token is cancelled: a read that never ends.</summary>
    public bool StallDirectory { get; set; }

    /// <summary>How many stalled reads saw their cancellation token fire.</summary>
    public int CancelledReads => _cancelledReads;

    private int _cancelledReads;

    private async Task<T> StallThen<T>(Func<Task<T>> read, CancellationToken ct)
    {
        try
        {
            await Task.Delay(Timeout.Infinite, ct);
        }
        catch (OperationCanceledException)
        {
            Interlocked.Increment(ref _cancelledReads);
            throw;
        }
        return await read();
    }

    public int TotalCalls => _calls.Values.Sum();
    public IReadOnlyDictionary<string, int> Calls => new Dictionary<string, int>(_calls);
    public void ResetCounts() => _calls.Clear();

    private T Count<T>(Func<T> call, [CallerMemberName] string name = "")
    {
        _calls.AddOrUpdate(name, 1, (_, n) => n + 1);
        if (FailReads) throw new InvalidOperationException(SecretFailure);
        return call();
    }

    public string Engine => inner.Engine;
    public Task InitialiseAsync(CancellationToken ct = default) => inner.InitialiseAsync(ct);
    public async Task<bool> PingAsync(CancellationToken ct = default) => Ready && await inner.PingAsync(ct);
    public Task<T> ExecuteWriteAsync<T>(Func<IGraphWriter, CancellationToken, Task<T>> work, CancellationToken ct = default) => inner.ExecuteWriteAsync(work, ct);

    public Task<IReadOnlyDictionary<string, Member>> GetMembersAsync(IReadOnlyCollection<string> ids, CancellationToken ct = default) => Count(() => inner.GetMembersAsync(ids, ct));
    public Task<IReadOnlyDictionary<string, Organisation>> GetOrganisationsAsync(IReadOnlyCollection<string> ids, CancellationToken ct = default) => Count(() => inner.GetOrganisationsAsync(ids, ct));
    public Task<IReadOnlyDictionary<string, Topic>> GetTopicsAsync(IReadOnlyCollection<string> ids, CancellationToken ct = default) => Count(() => inner.GetTopicsAsync(ids, ct));
    public Task<IReadOnlyDictionary<string, Project>> GetProjectsAsync(IReadOnlyCollection<string> ids, CancellationToken ct = default) => Count(() => inner.GetProjectsAsync(ids, ct));
    public Task<IReadOnlyDictionary<string, Resource>> GetResourcesAsync(IReadOnlyCollection<string> ids, CancellationToken ct = default) => Count(() => inner.GetResourcesAsync(ids, ct));
    public Task<ILookup<string, Project>> GetProjectsOfMembersAsync(IReadOnlyCollection<string> memberIds, CancellationToken ct = default) => Count(() => inner.GetProjectsOfMembersAsync(memberIds, ct));
    public Task<ILookup<string, Resource>> GetResourcesOfAuthorsAsync(IReadOnlyCollection<string> memberIds, CancellationToken ct = default) => Count(() => inner.GetResourcesOfAuthorsAsync(memberIds, ct));
    public Task<ILookup<string, Topic>> GetNarrowerTopicsAsync(IReadOnlyCollection<string> topicIds, CancellationToken ct = default) => Count(() => inner.GetNarrowerTopicsAsync(topicIds, ct));
    public Task<IReadOnlySet<string>> FindExistingAsync(RecordKind kind, IReadOnlyCollection<string> ids, CancellationToken ct = default) => Count(() => inner.FindExistingAsync(kind, ids, ct));
    public Task<MemberPage> FindMembersAsync(MemberFilter filter, PageRequest page, CancellationToken ct = default) =>
        Count(() => StallDirectory ? StallThen(() => inner.FindMembersAsync(filter, page, ct), ct) : inner.FindMembersAsync(filter, page, ct));
    public Task<IReadOnlyDictionary<string, MemberPage>> GetMemberPagesAsync(MemberScope scope, IReadOnlyCollection<string> keys, PageRequest page, CancellationToken ct = default) => Count(() => inner.GetMemberPagesAsync(scope, keys, page, ct));
    public Task<IReadOnlyList<TwoHopNeighbour>> GetTwoHopNeighboursAsync(string memberId, int limit, CancellationToken ct = default) => Count(() => inner.GetTwoHopNeighboursAsync(memberId, limit, ct));
    public Task<IReadOnlyList<Connection>> GetConnectionsOfAsync(string memberId, CancellationToken ct = default) => Count(() => inner.GetConnectionsOfAsync(memberId, ct));
    public Task<GraphCounts> CountAsync(CancellationToken ct = default) => Count(() => inner.CountAsync(ct));
    // The background indexer polls the outbox: plumbing, not reads a query makes, so not counted.
    public Task<IReadOnlyList<Q.Core.Search.OutboxEntry>> ReadOutboxAsync(long after, int limit, CancellationToken ct = default) => inner.ReadOutboxAsync(after, limit, ct);
    public Task<long> OutboxPositionAsync(CancellationToken ct = default) => inner.OutboxPositionAsync(ct);
    public Task TrimOutboxAsync(long upTo, CancellationToken ct = default) => inner.TrimOutboxAsync(upTo, ct);
    public Task<long> SaveSnapshotAsync(Q.Core.Analytics.ConnectivityReport report, CancellationToken ct = default) => inner.SaveSnapshotAsync(report, ct);
    public Task<IReadOnlyList<Q.Core.Analytics.ConnectivitySnapshot>> GetSnapshotsAsync(Q.Core.Analytics.NetworkFilter? filter, DateTimeOffset? from, DateTimeOffset? to, CancellationToken ct = default) => Count(() => inner.GetSnapshotsAsync(filter, from, to, ct));
    public Task<IReadOnlyDictionary<string, IReadOnlyList<SkillCount>>> GetOrganisationSkillsAsync(IReadOnlyCollection<string> organisationIds, Audience audience, CancellationToken ct = default) => Count(() => inner.GetOrganisationSkillsAsync(organisationIds, audience, ct));
    public Task<IReadOnlyList<Member>> GetMembersVisibleToEmployerAsync(string organisationId, CancellationToken ct = default) => Count(() => inner.GetMembersVisibleToEmployerAsync(organisationId, ct));
    public Task<IReadOnlyList<AuditEntry>> GetAuditAsync(string memberId, CancellationToken ct = default) => Count(() => inner.GetAuditAsync(memberId, ct));
    public Task<IReadOnlyList<Consent>> GetConsentsAsync(string memberId, CancellationToken ct = default) => Count(() => inner.GetConsentsAsync(memberId, ct));
    public Task<IReadOnlyList<Q.Core.Suggest.SuggestionEvent>> GetSuggestionEventsAsync(string? memberId, CancellationToken ct = default) => Count(() => inner.GetSuggestionEventsAsync(memberId, ct));
    public IAsyncEnumerable<Organisation> StreamOrganisationsAsync(CancellationToken ct = default) => Count(() => inner.StreamOrganisationsAsync(ct));
    public IAsyncEnumerable<Topic> StreamTopicsAsync(CancellationToken ct = default) => Count(() => inner.StreamTopicsAsync(ct));
    public IAsyncEnumerable<Member> StreamMembersAsync(CancellationToken ct = default) => Count(() => inner.StreamMembersAsync(ct));
    public IAsyncEnumerable<Project> StreamProjectsAsync(CancellationToken ct = default) => Count(() => inner.StreamProjectsAsync(ct));
    public IAsyncEnumerable<Resource> StreamResourcesAsync(CancellationToken ct = default) => Count(() => inner.StreamResourcesAsync(ct));
    public IAsyncEnumerable<Connection> StreamConnectionsAsync(CancellationToken ct = default) => Count(() => inner.StreamConnectionsAsync(ct));

    public ValueTask DisposeAsync() => inner.DisposeAsync();
}
