using Q.Core.Model;
using Q.Core.Ports;

namespace Q.Graph.Tests.Neo4j;

/// <summary>
/// Requests whose answer never comes: a read is sent again, a write is not (it may have been applied), a commit
/// never twice; the caller's own cancellation is not a timeout.
/// </summary>
public sealed class Neo4jTimeoutTests
{
    private static readonly object?[][] OneTopic = [[new Dictionary<string, object?> { ["id"] = "sepsis", ["name"] = "Sepsis", ["synonyms"] = "[]", ["broaderId"] = null }]];

    [Fact]
    public async Task A_read_that_timed_out_is_sent_again()
    {
        var wire = new Wire();
        var calls = 0;
        wire.Server.Respond = (r, ct) => Interlocked.Increment(ref calls) == 1 ? QueryApiRecorder.Silent(ct) : Task.FromResult(QueryApiRecorder.Data(["t"], OneTopic));
        await using var store = wire.Store(timeoutSeconds: 1);

        var topics = await store.GetTopicsAsync(["sepsis"]);

        Assert.Equal("Sepsis", topics["sepsis"].Name);
        Assert.Equal(2, wire.Server.Requests.Count);
    }

    [Fact]
    public async Task A_write_whose_request_timed_out_is_not_sent_again_and_its_transaction_is_rolled_back()
    {
        var wire = new Wire();
        wire.Server.Respond = (r, ct) => r.Statement?.Contains("MERGE (m:Member", StringComparison.Ordinal) == true
            ? QueryApiRecorder.Silent(ct)
            : Task.FromResult(QueryApiRecorder.Default(r));
        await using var store = wire.Store(timeoutSeconds: 1);

        var e = await Assert.ThrowsAsync<GraphStoreException>(() => store.ExecuteWriteAsync(async (w, ct) =>
        {
            await w.UpsertMembersAsync([new Member { Id = "m-1", Name = "Siobhán" }], ct);
            return 0;
        }));

        Assert.Contains("not sent again", e.Message);
        Assert.Single(wire.Server.Requests, r => r.Statement?.Contains("MERGE (m:Member", StringComparison.Ordinal) == true);
        Assert.DoesNotContain(wire.Server.Requests, r => r.Path.EndsWith("/commit", StringComparison.Ordinal));
        Assert.Equal(HttpMethod.Delete, wire.Server.Requests[^1].Method);
    }

    [Fact]
    public async Task A_commit_whose_answer_was_lost_is_never_sent_twice()
    {
        var wire = new Wire();
        wire.Server.Respond = (r, ct) => r.Path.EndsWith("/commit", StringComparison.Ordinal)
            ? QueryApiRecorder.Silent(ct)
            : Task.FromResult(QueryApiRecorder.Default(r));
        await using var store = wire.Store(timeoutSeconds: 1);

        var e = await Assert.ThrowsAsync<GraphStoreException>(() => store.ExecuteWriteAsync(async (w, ct) =>
        {
            await w.AppendAuditAsync([new AuditEntry(DateTimeOffset.UnixEpoch, "admin", "export")], ct);
            return 0;
        }));

        Assert.Contains("may already have been applied", e.Message);
        Assert.Single(wire.Server.Requests, r => r.Path.EndsWith("/commit", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_cancelled_read_throws_OperationCanceledException_not_a_store_error()
    {
        var wire = new Wire();
        wire.Server.Respond = (_, ct) => QueryApiRecorder.Silent(ct);
        await using var store = wire.Store();
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => store.GetMembersAsync(["m-1"], cancel.Token));
        Assert.Single(wire.Server.Requests);
    }
}
