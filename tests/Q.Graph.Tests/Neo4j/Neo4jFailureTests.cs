using System.Net;
using Q.Core.Model;
using Q.Core.Ports;

namespace Q.Graph.Tests.Neo4j;

/// <summary>What the adapter does with each kind of failure: which are retried, how often, and what the caller sees.</summary>
public sealed class Neo4jFailureTests
{
    private static readonly object?[][] OneTopic = [[new Dictionary<string, object?> { ["id"] = "sepsis", ["name"] = "Sepsis", ["synonyms"] = "[]", ["broaderId"] = null }]];

    [Theory]
    [InlineData("Neo.TransientError.Transaction.DeadlockDetected")]
    [InlineData("Neo.TransientError.General.DatabaseUnavailable")]
    [InlineData("Neo.TransientError.Transaction.LockClientStopped")]
    public async Task A_transient_error_is_retried_with_growing_backoff_until_it_succeeds(string code)
    {
        var wire = new Wire();
        var calls = 0;
        wire.Server.Answer(_ => ++calls <= 2 ? QueryApiRecorder.Error(code, "try again") : QueryApiRecorder.Data(["t"], OneTopic));
        await using var store = wire.Store();

        var topics = await store.GetTopicsAsync(["sepsis"]);

        Assert.Equal("Sepsis", topics["sepsis"].Name);
        Assert.Equal(3, wire.Server.Requests.Count);
        Assert.Equal(2, wire.Delays.Count);
        // 100 ms then 200 ms, each scaled by a random 50-100 %.
        Assert.InRange(wire.Delays[0].TotalMilliseconds, 50, 100);
        Assert.InRange(wire.Delays[1].TotalMilliseconds, 100, 200);
    }

    [Fact]
    public async Task Transient_errors_are_retried_a_bounded_number_of_times_then_surfaced_with_their_code()
    {
        var wire = new Wire();
        wire.Server.Answer(_ => QueryApiRecorder.Error("Neo.TransientError.Transaction.DeadlockDetected", "deadlock"));
        await using var store = wire.Store();

        var e = await Assert.ThrowsAsync<GraphStoreException>(() => store.GetTopicsAsync(["sepsis"]));

        Assert.Equal("Neo.TransientError.Transaction.DeadlockDetected", e.Code);
        Assert.Equal(5, wire.Server.Requests.Count);
        Assert.Equal(4, wire.Delays.Count);
    }

    [Theory]
    [InlineData("Neo.ClientError.Schema.ConstraintValidationFailed")]
    [InlineData("Neo.ClientError.Statement.SyntaxError")]
    [InlineData("Neo.DatabaseError.General.UnknownError")]
    public async Task Client_and_database_errors_are_surfaced_once_with_their_code_and_not_retried(string code)
    {
        var wire = new Wire();
        wire.Server.Answer(_ => QueryApiRecorder.Error(code, "refused"));
        await using var store = wire.Store();

        var e = await Assert.ThrowsAsync<GraphStoreException>(() => store.GetMembersAsync(["m-1"]));

        Assert.Equal(code, e.Code);
        Assert.Contains(code, e.Message);
        Assert.Contains("neo4j.example:7474", e.Message);
        Assert.Single(wire.Server.Requests);
        Assert.Empty(wire.Delays);
    }

    [Fact]
    public async Task Error_messages_never_hold_the_password_or_the_values_sent()
    {
        var wire = new Wire();
        // A server message that quotes a value and (absurdly) the password: neither may reach the caller.
        wire.Server.Answer(r => r.Statement?.Contains("MERGE (m:Member", StringComparison.Ordinal) == true
            ? QueryApiRecorder.Error("Neo.ClientError.Schema.ConstraintValidationFailed",
                $"Node(7) already exists with label `Member` and property `email` = 'siobhan@leeds.example' (auth {Wire.Password})")
            : QueryApiRecorder.Default(r));
        await using var store = wire.Store();

        var e = await Assert.ThrowsAsync<GraphStoreException>(() => store.ExecuteWriteAsync(async (w, ct) =>
        {
            await w.UpsertMembersAsync([new Member { Id = "m-1", Name = "Siobhán", Email = "siobhan@leeds.example" }], ct);
            return 0;
        }));

        Assert.Equal("Neo.ClientError.Schema.ConstraintValidationFailed", e.Code);
        Assert.DoesNotContain("siobhan@leeds.example", e.ToString());
        Assert.DoesNotContain(Wire.Password, e.ToString());
        Assert.Contains("already exists with label `Member`", e.Message);
    }

    [Theory]
    [InlineData(200, "<html>Welcome to nginx</html>")]
    [InlineData(503, "<html>Service Unavailable</html>")]
    [InlineData(500, "")]
    public async Task An_answer_that_is_not_the_Query_APIs_is_an_error_never_an_empty_result(int status, string body)
    {
        var wire = new Wire();
        wire.Server.Answer(_ => new HttpResponseMessage((HttpStatusCode)status) { Content = new StringContent(body) });
        await using var store = wire.Store();

        var e = await Assert.ThrowsAsync<GraphStoreException>(() => store.GetMembersAsync(["m-1"]));

        Assert.Contains($"HTTP {status}", e.Message);
        Assert.Null(e.Code);
        Assert.Single(wire.Server.Requests);
    }

    [Fact]
    public async Task Wrong_credentials_say_which_settings_to_check_without_repeating_them()
    {
        var wire = new Wire();
        wire.Server.Answer(_ => QueryApiRecorder.Error("Neo.ClientError.Security.Unauthorized", "The client is unauthorized due to authentication failure.", HttpStatusCode.Unauthorized));
        await using var store = wire.Store();

        var e = await Assert.ThrowsAsync<GraphStoreException>(() => store.InitialiseAsync());

        Assert.Equal("Neo.ClientError.Security.Unauthorized", e.Code);
        Assert.DoesNotContain(Wire.Password, e.ToString());
        Assert.Single(wire.Server.Requests);
    }

    [Fact]
    public async Task A_refused_connection_is_retried_then_reported_as_unreachable_and_ping_says_false_at_once()
    {
        var wire = new Wire();
        wire.Server.Respond = (_, _) => QueryApiRecorder.Refused();
        await using var store = wire.Store();

        Assert.False(await store.PingAsync());
        Assert.Single(wire.Server.Requests);

        var e = await Assert.ThrowsAsync<GraphStoreException>(() => store.GetMembersAsync(["m-1"]));
        Assert.Contains("cannot be reached", e.Message);
        Assert.Contains("neo4j.example:7474", e.Message);
        Assert.DoesNotContain(Wire.Password, e.ToString());
        Assert.Equal(1 + 5, wire.Server.Requests.Count);
    }

    [Fact]
    public async Task Ping_is_true_when_the_server_answers()
    {
        var wire = new Wire();
        wire.Server.Answer(_ => QueryApiRecorder.Data(["1"], [[1]]));
        await using var store = wire.Store();

        Assert.True(await store.PingAsync());
        Assert.Equal("RETURN 1", wire.Server.Requests.Single().Statement);
    }
}
