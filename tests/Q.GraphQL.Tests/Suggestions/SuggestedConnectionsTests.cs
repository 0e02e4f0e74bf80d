using System.Text.Json.Nodes;
using Q.GraphQL.Tests.Access;

namespace Q.GraphQL.Tests.Suggestions;

/// <summary><c>suggestedConnections</c> over Data/access.jsonl: who may ask, bounds, and reasons that cite only what the caller may see.</summary>
public sealed class SuggestedConnectionsTests : AccessServer
{
    private const string Query = """
        query($member: ID!, $first: Int) { suggestedConnections(member: $member, first: $first) {
          member { id name } score reasons { kind text evidence } } }
        """;

    private static JsonArray Suggestions(JsonNode body)
    {
        Assert.True(body["errors"] is null, body["errors"]?.ToJsonString());
        return body["data"]!["suggestedConnections"]!.AsArray();
    }

    private static JsonNode For(JsonArray suggestions, string member) =>
        Assert.Single(suggestions, s => (string?)s!["member"]!["id"] == member)!;

    [Fact]
    public async Task A_member_sees_their_suggestions_with_reasons_citing_real_evidence()
    {
        var suggestions = Suggestions(await As(Member("a-3"), Query, new { member = "a-3" }));

        Assert.NotEmpty(suggestions);
        Assert.DoesNotContain(suggestions, s => (string?)s!["member"]!["id"] is "a-3" or "a-2"); // not themself, not an existing tie
        var scores = suggestions.Select(s => (double)s!["score"]!).ToList();
        Assert.Equal(scores.OrderByDescending(x => x), scores);
        // Anna (a-1) is tied to Ben (a-2), whom Cara (a-3) knows: the mutual connection is the evidence.
        var anna = For(suggestions, "a-1");
        Assert.Equal("Anna Able", (string?)anna["member"]!["name"]);
        var mutual = Assert.Single(anna["reasons"]!.AsArray(), r => (string?)r!["kind"] == "MutualConnections")!;
        Assert.Equal(["a-2"], mutual["evidence"]!.AsArray().Select(e => (string?)e));
        Assert.All(suggestions, s => Assert.All(s!["reasons"]!.AsArray(), r => Assert.False(string.IsNullOrWhiteSpace((string?)r!["text"]))));
    }

    [Fact]
    public async Task An_administrator_may_ask_for_any_member()
    {
        Assert.NotEmpty(Suggestions(await As(Admin, Query, new { member = "a-3" })));
        Assert.Equal("BAD_USER_INPUT", Code(await As(Admin, Query, new { member = "nobody" })));
    }

    [Fact]
    public async Task Another_member_is_forbidden_and_anonymous_callers_unauthenticated()
    {
        Assert.Equal("FORBIDDEN", Code(await As(Member("a-1"), Query, new { member = "a-3" })));
        Assert.Equal("UNAUTHENTICATED", Code(await As(null, Query, new { member = "a-3" })));
        Assert.Equal("FORBIDDEN", Code(await As(Employer("org-a"), Query, new { member = "a-3" })));
        Assert.Equal("FORBIDDEN", Code(await As(Evaluator, Query, new { member = "a-3" })));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(51)]
    public async Task First_outside_1_to_50_is_bad_user_input(int first)
    {
        var body = await As(Member("a-3"), Query, new { member = "a-3", first });
        Assert.Equal("BAD_USER_INPUT", Code(body));
        Assert.Equal("first", (string?)body["errors"]![0]!["extensions"]!["argument"]);
    }

    [Fact]
    public async Task First_limits_the_answer()
    {
        Assert.Single(Suggestions(await As(Member("a-3"), Query, new { member = "a-3", first = 1 })));
    }

    [Fact]
    public async Task A_tie_made_private_is_no_longer_cited_as_a_mutual_connection()
    {
        var before = For(Suggestions(await As(Member("a-3"), Query, new { member = "a-3" })), "a-1");
        Assert.Contains(before["reasons"]!.AsArray(), r => (string?)r!["kind"] == "MutualConnections");

        var changed = await As(Member("a-1"), "mutation { updateMyVisibility(input: { connections: PRIVATE }) { id } }");
        Assert.Null(changed["errors"]);

        var after = Suggestions(await As(Member("a-3"), Query, new { member = "a-3" }));
        foreach (var s in after.Where(s => (string?)s!["member"]!["id"] == "a-1"))
            Assert.DoesNotContain(s!["reasons"]!.AsArray(), r => (string?)r!["kind"] == "MutualConnections");
        // Anna's ties (to Ben and to Gus) are hers to show: no reason to Cara may cite them.
        Assert.DoesNotContain(after, s => (string?)s!["member"]!["id"] == "a-1"
            && s["reasons"]!.AsArray().Any(r => r!["evidence"]!.AsArray().Any(e => (string?)e is "a-2" or "b-1")));
        // The admin still sees every tie.
        var admin = For(Suggestions(await As(Admin, Query, new { member = "a-3" })), "a-1");
        Assert.Contains(admin["reasons"]!.AsArray(), r => (string?)r!["kind"] == "MutualConnections");
    }

    [Fact]
    public async Task An_erased_member_is_never_suggested_afterwards()
    {
        Assert.Contains(Suggestions(await As(Member("a-3"), Query, new { member = "a-3" })), s => (string?)s!["member"]!["id"] == "a-1");
        Assert.Null((await As(Admin, """mutation { eraseMember(id: "a-1") { __typename } }"""))["errors"]);

        Assert.DoesNotContain(Suggestions(await As(Member("a-3"), Query, new { member = "a-3" })), s => (string?)s!["member"]!["id"] == "a-1");
    }
}
