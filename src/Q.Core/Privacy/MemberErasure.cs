using System.Security.Cryptography;
using Q.Core.Model;
using Q.Core.Ports;

namespace Q.Core.Privacy;

/// <summary>
/// Something else that holds data about members — the search index, stored suggestions and their feedback,
/// metrics snapshots — and must forget a member when they are erased. Later capabilities register one each.
/// </summary>
public interface IErasureParticipant
{
    /// <summary>Removes (or pseudonymises, for aggregates) the member's data. Must be idempotent.</summary>
    Task EraseAsync(string memberId, string pseudonym, CancellationToken ct);
}

/// <summary>
/// The right to erasure (UK GDPR Art. 17): the member leaves the graph and every participant, their audit entries
/// keep only a random pseudonym, and the erasure itself is audited under that pseudonym. Re-running is a no-op.
/// </summary>
public sealed class MemberErasure(IGraphStore store, IEnumerable<IErasureParticipant> participants, TimeProvider? clock = null)
{
    private readonly TimeProvider _clock = clock ?? TimeProvider.System;

    public async Task<ErasureReport> EraseAsync(string memberId, Viewer requestedBy, CancellationToken ct = default)
    {
        // Random, not a hash of the id: member ids are guessable, and a hash of one would re-identify them.
        var pseudonym = "erased-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6));
        var actor = requestedBy.MemberId == memberId ? pseudonym : requestedBy.Actor;
        var report = await store.ExecuteWriteAsync(async (w, token) =>
        {
            var erased = await w.EraseMemberAsync(memberId, pseudonym, token);
            if (erased.Erased)
                await w.AppendAuditAsync([new AuditEntry(_clock.GetUtcNow(), actor, "member.erase", pseudonym,
                    $"connections={erased.Connections},projectRoles={erased.ProjectRoles},authorships={erased.Authorships}")], token);
            return erased;
        }, ct);
        // Participants run even when the graph had nothing left, so an erasure interrupted after the graph step
        // completes on a retry.
        foreach (var participant in participants) await participant.EraseAsync(memberId, report.Pseudonym ?? pseudonym, ct);
        return report;
    }
}
