using Q.Core.Privacy;

namespace Q.Jobs.Notifications;

/// <summary>
/// Erasure reaches the outbox: the messages addressed to the member (which hold their address and name) are
/// overwritten and deleted. Digests already sent to others may have named them as a new member; those copies are
/// left, as the emails themselves are already with their readers (docs/jobs.md).
/// </summary>
public sealed class OutboxErasure(Outbox outbox) : IErasureParticipant
{
    public Task EraseAsync(string memberId, string pseudonym, CancellationToken ct)
    {
        foreach (var file in outbox.Files())
        {
            if (Outbox.Read(file).MemberId != memberId) continue;
            // Overwritten first, so the content does not linger in free blocks as readily as after a bare delete.
            File.WriteAllBytes(file, new byte[new FileInfo(file).Length]);
            File.Delete(file);
        }
        return Task.CompletedTask;
    }
}
