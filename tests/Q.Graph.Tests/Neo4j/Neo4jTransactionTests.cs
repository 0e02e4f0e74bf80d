using Q.Core.Model;
using Q.Core.Ports;
using Q.Graph.Tests.Contract;

namespace Q.Graph.Tests.Neo4j;

/// <summary>Units of work on the wire: one explicit transaction, its statements, then commit or rollback.</summary>
public sealed class Neo4jTransactionTests
{
    [Fact]
    public async Task A_unit_of_work_opens_one_transaction_runs_its_statements_in_it_and_commits()
    {
        var wire = new Wire();
        await using var store = wire.Store();

        await Sample.LoadAsync(store);

        var requests = wire.Server.Requests;
        Assert.Equal((HttpMethod.Post, "/db/q-tests/query/v2/tx"), (requests[0].Method, requests[0].Path));
        Assert.Equal((HttpMethod.Post, "/db/q-tests/query/v2/tx/tx1/commit"), (requests[^1].Method, requests[^1].Path));
        var inside = requests.Skip(1).SkipLast(1).ToList();
        Assert.True(inside.Count >= 6);
        Assert.All(inside, r => Assert.Equal((HttpMethod.Post, "/db/q-tests/query/v2/tx/tx1"), (r.Method, r.Path)));
        // The affinity the server gave when the transaction opened goes with every later request of it.
        Assert.All(requests.Skip(1), r => Assert.Equal("MTAuOC41Ljc6MTc0NzQ=", r.Affinity));
        // Each kind of record is MERGEd on its key, and its outbox entries go in the same transaction.
        foreach (var label in new[] { "Organisation", "Topic", "Member", "Project", "Resource" })
            Assert.Contains(inside, r => r.Statement!.Contains($"MERGE ({char.ToLowerInvariant(label[0])}:{label} {{id: row.id}})", StringComparison.Ordinal));
        Assert.Contains(inside, r => r.Statement!.Contains("CREATE (:OutboxEntry", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_unit_of_work_that_throws_is_rolled_back_and_never_committed()
    {
        var wire = new Wire();
        await using var store = wire.Store();

        await Assert.ThrowsAsync<InvalidOperationException>(() => store.ExecuteWriteAsync<int>(async (w, ct) =>
        {
            await w.UpsertMembersAsync([new Member { Id = "m-99", Name = "Newcomer" }], ct);
            throw new InvalidOperationException("abandon");
        }));

        var last = wire.Server.Requests[^1];
        Assert.Equal((HttpMethod.Delete, "/db/q-tests/query/v2/tx/tx1"), (last.Method, last.Path));
        Assert.DoesNotContain(wire.Server.Requests, r => r.Path.EndsWith("/commit", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_failing_statement_inside_a_unit_of_work_is_not_retried_and_the_work_is_not_run_again()
    {
        var wire = new Wire();
        wire.Server.Answer(r => r.Statement?.Contains("MERGE (m:Member", StringComparison.Ordinal) == true
            ? QueryApiRecorder.Error("Neo.TransientError.Transaction.DeadlockDetected", "deadlock")
            : QueryApiRecorder.Default(r));
        await using var store = wire.Store();
        var runs = 0;

        var e = await Assert.ThrowsAsync<GraphStoreException>(() => store.ExecuteWriteAsync(async (w, ct) =>
        {
            runs++;
            await w.UpsertMembersAsync([new Member { Id = "m-1", Name = "Siobhán" }], ct);
            return 0;
        }));

        // The work may have effects of its own (the importer fills in a report), so it runs once; the caller decides.
        Assert.Equal(1, runs);
        Assert.Equal("Neo.TransientError.Transaction.DeadlockDetected", e.Code);
        Assert.Single(wire.Server.Requests, r => r.Statement?.Contains("MERGE (m:Member", StringComparison.Ordinal) == true);
        Assert.Equal(HttpMethod.Delete, wire.Server.Requests[^1].Method);
    }

    [Fact]
    public async Task Opening_a_transaction_is_retried_when_the_server_was_not_reached()
    {
        var wire = new Wire();
        var opens = 0;
        wire.Server.Respond = (r, _) => r.Path.EndsWith("/tx", StringComparison.Ordinal) && ++opens == 1
            ? QueryApiRecorder.Refused()
            : Task.FromResult(QueryApiRecorder.Default(r));
        await using var store = wire.Store();

        await store.ExecuteWriteAsync(async (w, ct) => { await w.AppendAuditAsync([new AuditEntry(DateTimeOffset.UnixEpoch, "admin", "export")], ct); return 0; });

        Assert.Equal(2, opens);
        Assert.Single(wire.Delays);
        Assert.EndsWith("/commit", wire.Server.Requests[^1].Path, StringComparison.Ordinal);
    }

    [Fact]
    public async Task After_a_commit_its_bookmarks_go_with_the_next_read()
    {
        var wire = new Wire();
        await using var store = wire.Store();

        await store.GetMembersAsync(["m-1"]);
        await store.ExecuteWriteAsync(async (w, ct) => { await w.AppendAuditAsync([new AuditEntry(DateTimeOffset.UnixEpoch, "admin", "export")], ct); return 0; });
        await store.GetMembersAsync(["m-1"]);

        Assert.Null(wire.Server.Requests[0].Json!["bookmarks"]);
        Assert.Equal("FB:bookmark-1", wire.Server.Requests[^1].Json!["bookmarks"]![0]!.GetValue<string>());
    }

    [Fact]
    public async Task Upserts_travel_in_bounded_chunks()
    {
        var wire = new Wire();
        await using var store = wire.Store();
        var many = Enumerable.Range(0, Q.Graph.Neo4j.Neo4jGraphWriter.Chunk * 2 + 1).Select(i => new Organisation { Id = $"org-{i}", Name = $"Org {i}" }).ToArray();

        await store.ExecuteWriteAsync(async (w, ct) => { await w.UpsertOrganisationsAsync(many, ct); return 0; });

        var upserts = wire.Server.Statements.Where(r => r.Statement!.Contains("MERGE (o:Organisation", StringComparison.Ordinal)).ToList();
        Assert.Equal([500, 500, 1], upserts.Select(r => r.Parameters!["rows"]!.AsArray().Count));
    }
}
