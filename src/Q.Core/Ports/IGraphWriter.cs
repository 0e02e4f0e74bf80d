using Q.Core.Model;

namespace Q.Core.Ports;

/// <summary>
/// The writes available inside <see cref="IGraphStore.ExecuteWriteAsync{T}"/>. Upserts replace whole records
/// by id (ties by their pair of members), so replaying the same batch changes nothing.
/// Callers pass records that are valid and whose references resolve; the importer checks both.
/// </summary>
public interface IGraphWriter
{
    Task UpsertOrganisationsAsync(IReadOnlyCollection<Organisation> organisations, CancellationToken ct = default);
    Task UpsertTopicsAsync(IReadOnlyCollection<Topic> topics, CancellationToken ct = default);
    Task UpsertMembersAsync(IReadOnlyCollection<Member> members, CancellationToken ct = default);
    Task UpsertProjectsAsync(IReadOnlyCollection<Project> projects, CancellationToken ct = default);
    Task UpsertResourcesAsync(IReadOnlyCollection<Resource> resources, CancellationToken ct = default);
    Task UpsertConnectionsAsync(IReadOnlyCollection<Connection> connections, CancellationToken ct = default);

    Task AppendAuditAsync(IReadOnlyCollection<AuditEntry> entries, CancellationToken ct = default);

    Task RecordConsentsAsync(IReadOnlyCollection<Consent> consents, CancellationToken ct = default);

    /// <summary>Appends events of the suggestion feedback loop (shown, dismissed, requested, accepted).</summary>
    Task RecordSuggestionEventsAsync(IReadOnlyCollection<Suggest.SuggestionEvent> events, CancellationToken ct = default);

    /// <summary>
    /// Removes the member and everything that is about them: profile, topics, ties, project roles, authorships,
    /// consents; their audit entries keep only <paramref name="pseudonym"/>. Deleted content is overwritten, and
    /// once the unit of work commits no copy of it remains in the engine's files (SQLite: secure_delete and a
    /// truncating WAL checkpoint). Erasing a member who does not exist changes nothing.
    /// </summary>
    Task<ErasureReport> EraseMemberAsync(string memberId, string pseudonym, CancellationToken ct = default);

    /// <summary>As <see cref="IGraphStore.FindExistingAsync"/>, but seeing this unit of work's own writes.</summary>
    Task<IReadOnlySet<string>> FindExistingAsync(RecordKind kind, IReadOnlyCollection<string> ids, CancellationToken ct = default);
}
