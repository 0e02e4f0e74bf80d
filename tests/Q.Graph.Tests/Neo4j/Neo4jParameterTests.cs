using System.Text;
using Q.Core.Model;
using Q.Core.Ports;
using Q.Graph.Tests.Contract;

namespace Q.Graph.Tests.Neo4j;

/// <summary>What goes over the wire: values only ever in "parameters", the credentials and the database where they belong.</summary>
public sealed class Neo4jParameterTests
{
    // Values that would change a statement's meaning if they were ever pasted into its text.
    private static readonly string[] Hostile =
    [
        "Robert'); MATCH (n) DETACH DELETE n //",
        "} RETURN 1 UNION MATCH (x) RETURN x {",
        "O'Neill \"the quoted\" `backtick`",
        "$password",
    ];

    private static readonly Member Villain = new()
    {
        Id = "m-evil') DETACH DELETE n //", Name = Hostile[0], Bio = Hostile[1], Headline = Hostile[2], Email = "hostile@example.org",
        OrganisationId = "org-leeds", Topics = [new MemberTopic("sepsis", TopicLevel.Expert)],
    };

    [Fact]
    public async Task Every_statement_carries_its_values_in_parameters_and_never_in_its_text()
    {
        var wire = new Wire();
        // Enough answers for every path to run to its end: a directory page, and an erasure that finds its member.
        wire.Server.Answer(r => (r.Statement ?? "") switch
        {
            var s when s.EndsWith("RETURN total, ids", StringComparison.Ordinal) => QueryApiRecorder.Data(["total", "ids"], [[0, Array.Empty<string>()]]),
            var s when s.EndsWith("RETURN count(m)", StringComparison.Ordinal) => QueryApiRecorder.Data(["count(m)"], [[1]]),
            var s when s.EndsWith("RETURN ties, projects, authorships, size(consents)", StringComparison.Ordinal) => QueryApiRecorder.Data(["t", "p", "a", "c"], [[1, 0, 0, 1]]),
            var s when s.EndsWith("RETURN count(a)", StringComparison.Ordinal) => QueryApiRecorder.Data(["count(a)"], [[1]]),
            _ => QueryApiRecorder.Default(r),
        });
        await using var store = wire.Store();

        await store.InitialiseAsync();
        await Sample.LoadAsync(store);
        var erased = await store.ExecuteWriteAsync(async (w, ct) =>
        {
            await w.UpsertMembersAsync([Villain], ct);
            await w.UpsertConnectionsAsync([new Connection { From = Villain.Id, To = "m-1" }], ct);
            await w.AppendAuditAsync([new AuditEntry(DateTimeOffset.UnixEpoch, Villain.Id, "read", "m-1", Hostile[3])], ct);
            await w.RecordConsentsAsync([new Consent(Villain.Id, "email", Hostile[1], DateTimeOffset.UnixEpoch)], ct);
            return await w.EraseMemberAsync(Hostile[2], "erased-1", ct);
        });
        Assert.True(erased.Erased);
        await store.GetMembersAsync([Villain.Id, Hostile[1]]);
        await store.FindMembersAsync(new MemberFilter(TopicId: Hostile[0], OrganisationId: Hostile[1], RegionId: Hostile[2]), new PageRequest(10, new MemberCursor(Hostile[3], Hostile[0])));
        await store.GetMemberPagesAsync(MemberScope.Neighbours, [Hostile[0]], new PageRequest(5, For: new Audience(Visibility.Members, Hostile[1])));
        await store.GetAuditAsync(Hostile[0]);
        await store.GetConnectionsOfAsync(Hostile[1]);
        await store.GetTwoHopNeighboursAsync(Hostile[2], 5);
        await store.FindExistingAsync(RecordKind.Connection, [$"{Hostile[0]}\n{Hostile[1]}"]);

        var statements = wire.Server.Statements.ToList();
        Assert.True(statements.Count > 30, $"only {statements.Count} statements were sent");
        var values = Hostile.Concat(Sample.Members.Select(m => m.Name)).Concat([Villain.Id, Villain.Email!, "Leeds Teaching Hospitals NHS Trust"]).ToArray();
        foreach (var request in statements)
            foreach (var value in values)
                Assert.False(request.Statement!.Contains(value, StringComparison.Ordinal), $"'{value}' is in the text of: {request.Statement}");
        // …and they did travel, as parameters.
        var allParameters = string.Join("\n", statements.Select(s => s.Parameters!.ToJsonString(new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping })));
        foreach (var value in Hostile) Assert.Contains(System.Text.Json.JsonSerializer.Serialize(value, new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping })[1..^1], allParameters);
        Assert.All(statements, s => Assert.DoesNotContain('\n', s.Statement!));
    }

    [Fact]
    public async Task Requests_use_basic_auth_the_configured_database_and_plain_json()
    {
        var wire = new Wire();
        await using var store = wire.Store();

        await store.GetMembersAsync(["m-1"]);
        await store.ExecuteWriteAsync(async (w, ct) => { await w.UpsertTopicsAsync(Sample.Topics, ct); return 0; });

        var expected = "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes($"neo4j:{Wire.Password}"));
        Assert.All(wire.Server.Requests, r => Assert.Equal(expected, r.Authorization));
        Assert.All(wire.Server.Requests, r => Assert.StartsWith($"/db/{Wire.Database}/query/v2", r.Path, StringComparison.Ordinal));
        Assert.Equal("/db/q-tests/query/v2", wire.Server.Requests[0].Path);
    }

    [Fact]
    public async Task A_database_name_is_escaped_into_the_path_and_a_base_path_is_kept()
    {
        var server = new QueryApiRecorder();
        var options = Wire.Options();
        options.Neo4jUrl = "https://gateway.example/neo4j";
        options.Neo4jDatabase = "team db/1";
        await using var store = Q.Graph.Neo4j.Neo4jGraphStore.Create(options, server);

        await store.GetTopicsAsync(["sepsis"]);

        Assert.Equal("/neo4j/db/team%20db%2F1/query/v2", server.Requests.Single().Path);
    }
}
