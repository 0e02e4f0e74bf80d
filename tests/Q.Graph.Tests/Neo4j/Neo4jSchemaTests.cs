namespace Q.Graph.Tests.Neo4j;

public sealed class Neo4jSchemaTests
{
    [Fact]
    public async Task Initialise_creates_a_unique_constraint_per_record_label_and_the_counters_all_idempotently()
    {
        var wire = new Wire();
        await using var store = wire.Store();

        await store.InitialiseAsync();
        await store.InitialiseAsync();

        var statements = wire.Server.Statements.Select(r => r.Statement!).ToList();
        Assert.All(statements, s => Assert.True(s.Contains("IF NOT EXISTS", StringComparison.Ordinal) || s.Contains("MERGE", StringComparison.Ordinal), s));
        foreach (var label in new[] { "Member", "Organisation", "Topic", "Project", "Resource" })
            Assert.Contains(statements, s => s.Contains($"FOR (n:{label}) REQUIRE n.id IS UNIQUE", StringComparison.Ordinal));
        Assert.Contains(statements, s => s.Contains("FOR (n:Member) ON (n.sortKey, n.id)", StringComparison.Ordinal));
        // Schema statements cannot share a transaction with writes: each is its own implicit request.
        Assert.All(wire.Server.Requests, r => Assert.Equal("/db/q-tests/query/v2", r.Path));
    }

    [Fact]
    public async Task A_schema_statement_that_timed_out_is_sent_again_because_it_is_idempotent()
    {
        var wire = new Wire();
        var calls = 0;
        wire.Server.Respond = (r, ct) => Interlocked.Increment(ref calls) == 1 ? QueryApiRecorder.Silent(ct) : Task.FromResult(QueryApiRecorder.Default(r));
        await using var store = wire.Store(timeoutSeconds: 1);

        await store.InitialiseAsync();

        Assert.Equal(wire.Server.Requests[0].Statement, wire.Server.Requests[1].Statement);
    }
}
