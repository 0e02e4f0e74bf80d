using System.Collections.Concurrent;
using Q.Core.Model;
using Q.Core.Ports;

namespace Q.GraphQL.Access;

/// <summary>
/// What one request did that the audit log must show — reads of another member's non-public data, exports,
/// erasures — collected while resolvers run (possibly in parallel) and written once at the end of the request.
/// Entries name fields, never values.
/// </summary>
public sealed class AuditTrail(Viewer viewer, TimeProvider? clock = null)
{
    private readonly ConcurrentDictionary<(string Action, string? Subject, string? Detail), bool> _entries = new();
    private readonly TimeProvider _clock = clock ?? TimeProvider.System;

    public void Record(string action, string? subject = null, string? detail = null) => _entries.TryAdd((action, subject, detail), true);

    public async Task FlushAsync(IGraphStore store, CancellationToken ct)
    {
        if (_entries.IsEmpty) return;
        var at = _clock.GetUtcNow();
        var entries = _entries.Keys.OrderBy(k => k.Subject, StringComparer.Ordinal).ThenBy(k => k.Detail, StringComparer.Ordinal)
            .Select(k => new AuditEntry(at, viewer.Actor, k.Action, k.Subject, k.Detail)).ToArray();
        _entries.Clear();
        // The response does not wait on the client here: losing an audit entry because the client hung up is worse.
        await store.ExecuteWriteAsync(async (w, token) => { await w.AppendAuditAsync(entries, token); return 0; }, CancellationToken.None);
    }
}
