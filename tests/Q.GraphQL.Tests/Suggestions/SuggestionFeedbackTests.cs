using System.Text.Json.Nodes;
using Q.Core.Model;
using Q.Core.Suggest;
using Q.GraphQL.Tests.Access;

namespace Q.GraphQL.Tests.Suggestions;

/// <summary>Shown, dismissed, requested and accepted suggestions, through the API, over Data/access.jsonl.</summary>
public sealed class SuggestionFeedbackTests : AccessServer
{
    private async Task<IReadOnlyList<string>> SuggestedTo(string member)
    {
        var body = await As(Member(member), "query($m: ID!) { suggestedConnections(member: $m, first: 50) { member { id } } }", new { m = member });
        Assert.True(body["errors"] is null, body["errors"]?.ToJsonString());
        return body["data"]!["suggestedConnections"]!.AsArray().Select(s => (string)s!["member"]!["id"]!).ToList();
    }

    private async Task<JsonNode> Mutate(string? token, string field, string member) =>
        await As(token, $"mutation($m: ID!) {{ {field}(member: $m) }}", new { m = member });

    private static void Ok(JsonNode body) => Assert.True(body["errors"] is null, body["errors"]?.ToJsonString());

    [Fact]
    public async Task Suggestions_shown_to_the_member_are_recorded_and_an_administrator_looking_is_not()
    {
        var shown = await SuggestedTo("a-3");
        Assert.Null((await As(Admin, """{ suggestedConnections(member: "a-5") { score } }"""))["errors"]);

        var events = await Server.Store.GetSuggestionEventsAsync(null);
        Assert.Equal(shown, events.Where(e => e.Kind == SuggestionEventKind.Shown && e.MemberId == "a-3").Select(e => e.OtherId));
        Assert.DoesNotContain(events, e => e.MemberId == "a-5");
    }

    [Fact]
    public async Task A_dismissed_member_never_comes_back()
    {
        Assert.Contains("a-1", await SuggestedTo("a-3"));

        Ok(await Mutate(Member("a-3"), "dismissSuggestion", "a-1"));

        Assert.DoesNotContain("a-1", await SuggestedTo("a-3"));
        Assert.DoesNotContain("a-1", await SuggestedTo("a-3"));
        Assert.Contains(await Server.Store.GetSuggestionEventsAsync("a-3"), e => e is { Kind: SuggestionEventKind.Dismissed, MemberId: "a-3", OtherId: "a-1" });
        // Dismissal is one member's: Anna is still suggested to others.
        Assert.Contains("a-3", await SuggestedTo("a-1"));
    }

    [Fact]
    public async Task Request_then_accept_creates_a_tie_from_the_suggestion_dated_today()
    {
        Assert.Contains("a-1", await SuggestedTo("a-3"));
        Ok(await Mutate(Member("a-3"), "requestConnection", "a-1"));
        // Only the requested member can accept, and only a request that was made.
        Assert.Equal("BAD_USER_INPUT", Code(await Mutate(Member("a-4"), "acceptConnection", "a-3")));
        Assert.DoesNotContain(await Server.Store.GetConnectionsOfAsync("a-3"), t => t.From == "a-1" || t.To == "a-1");

        Ok(await Mutate(Member("a-1"), "acceptConnection", "a-3"));

        var tie = Assert.Single(await Server.Store.GetConnectionsOfAsync("a-3"), t => t.From == "a-1" || t.To == "a-1");
        Assert.Equal(ConnectionSource.Suggestion, tie.Source);
        Assert.Equal(DateOnly.FromDateTime(DateTime.UtcNow), tie.Since);
        Assert.DoesNotContain("a-1", await SuggestedTo("a-3")); // now tied
        Assert.Equal("BAD_USER_INPUT", Code(await Mutate(Member("a-1"), "acceptConnection", "a-3"))); // accepted once
        Assert.Equal("BAD_USER_INPUT", Code(await Mutate(Member("a-3"), "requestConnection", "a-1"))); // already tied
    }

    [Fact]
    public async Task A_request_not_following_a_suggestion_makes_a_tie_of_source_other()
    {
        Ok(await Mutate(Member("a-5"), "requestConnection", "a-6"));
        Ok(await Mutate(Member("a-6"), "acceptConnection", "a-5"));
        Assert.Equal(ConnectionSource.Other, Assert.Single(await Server.Store.GetConnectionsOfAsync("a-5")).Source);
    }

    [Theory]
    [InlineData("dismissSuggestion")]
    [InlineData("requestConnection")]
    [InlineData("acceptConnection")]
    public async Task Feedback_is_for_members_acting_for_themselves(string field)
    {
        Assert.Equal("UNAUTHENTICATED", Code(await Mutate(null, field, "a-1")));
        Assert.Equal("FORBIDDEN", Code(await Mutate(Admin, field, "a-1")));
        Assert.Equal("FORBIDDEN", Code(await Mutate(Employer("org-a"), field, "a-1")));
        Assert.Equal("BAD_USER_INPUT", Code(await Mutate(Member("a-3"), field, "a-3")));
        Assert.Equal("BAD_USER_INPUT", Code(await Mutate(Member("a-3"), field, "nobody")));
        Assert.Empty(await Server.Store.GetSuggestionEventsAsync(null));
    }

    [Fact]
    public async Task Erasing_a_member_removes_their_suggestion_events()
    {
        await SuggestedTo("a-3");
        Ok(await Mutate(Member("a-3"), "dismissSuggestion", "a-1"));
        Assert.NotEmpty(await Server.Store.GetSuggestionEventsAsync("a-1"));

        Assert.Null((await As(Member("a-1"), "mutation { eraseMe { __typename } }"))["errors"]);

        Assert.Empty(await Server.Store.GetSuggestionEventsAsync("a-1"));
    }

    private const string Outcomes = "{ suggestionOutcomes { membersShown requested accepted acceptanceRate tiesFromSuggestions bridgingShare } }";

    [Fact]
    public async Task Outcome_figures_count_ties_from_suggestions_and_those_bridging_sector()
    {
        Assert.Contains("a-1", await SuggestedTo("a-3"));
        Assert.Contains("b-1", await SuggestedTo("a-4")); // org-b is primary care, org-a acute: a different sector
        Ok(await Mutate(Member("a-3"), "requestConnection", "a-1"));
        Ok(await Mutate(Member("a-1"), "acceptConnection", "a-3"));
        Ok(await Mutate(Member("a-4"), "requestConnection", "b-1"));
        Ok(await Mutate(Member("b-1"), "acceptConnection", "a-4"));
        Ok(await Mutate(Member("a-5"), "requestConnection", "a-6")); // never suggested
        Ok(await Mutate(Member("a-6"), "acceptConnection", "a-5"));
        Ok(await Mutate(Member("a-6"), "requestConnection", "a-2")); // not (yet) accepted

        var body = await As(Evaluator, Outcomes);
        Ok(body);
        Assert.Equal("""{"membersShown":2,"requested":4,"accepted":3,"acceptanceRate":0.75,"tiesFromSuggestions":2,"bridgingShare":0.5}""",
            body["data"]!["suggestionOutcomes"]!.ToJsonString());
        Ok(await As(Admin, Outcomes));
    }

    [Fact]
    public async Task Outcome_figures_are_for_evaluators_and_administrators_only()
    {
        Assert.Equal("UNAUTHENTICATED", Code(await As(null, Outcomes)));
        Assert.Equal("FORBIDDEN", Code(await As(Member("a-1"), Outcomes)));
        Assert.Equal("FORBIDDEN", Code(await As(Employer("org-a"), Outcomes)));
        var empty = await As(Evaluator, Outcomes);
        Assert.Equal("""{"membersShown":0,"requested":0,"accepted":0,"acceptanceRate":null,"tiesFromSuggestions":0,"bridgingShare":null}""",
            empty["data"]!["suggestionOutcomes"]!.ToJsonString());
    }

    [Fact]
    public async Task An_opted_out_member_gets_no_suggestions_and_is_in_no_one_elses()
    {
        Assert.Contains("a-1", await SuggestedTo("a-3"));
        Assert.NotEmpty(await SuggestedTo("a-1"));

        var body = await As(Member("a-1"), "mutation { updateMyVisibility(input: { suggestionsOptOut: true }) { settings { suggestionsOptOut } } }");
        Ok(body);
        Assert.True((bool)body["data"]!["updateMyVisibility"]!["settings"]!["suggestionsOptOut"]!);

        Assert.Empty(await SuggestedTo("a-1"));
        foreach (var other in new[] { "a-2", "a-3", "a-4", "a-5", "a-6", "b-1" })
            Assert.DoesNotContain("a-1", await SuggestedTo(other));
        Assert.Contains(await Server.Store.GetConsentsAsync("a-1"), c => c is { Setting: "suggestionsOptOut", Value: "true" });

        Ok(await As(Member("a-1"), "mutation { updateMyVisibility(input: { suggestionsOptOut: false }) { id } }"));
        Assert.Contains("a-1", await SuggestedTo("a-3"));
    }

    [Fact]
    public async Task A_members_export_holds_the_suggestions_shown_to_them_and_their_feedback_but_not_others_dismissals()
    {
        var shown = await SuggestedTo("a-3");
        Ok(await Mutate(Member("a-3"), "dismissSuggestion", "a-4"));
        Ok(await Mutate(Member("a-3"), "requestConnection", "a-1"));
        Ok(await Mutate(Member("a-5"), "dismissSuggestion", "a-3"));
        Ok(await Mutate(Member("a-6"), "requestConnection", "a-3"));

        var body = await As(Member("a-3"), "mutation { exportMyData }");
        Ok(body);
        var export = JsonNode.Parse((string)body["data"]!["exportMyData"]!)!;
        Assert.Equal(shown, export["suggestionsShown"]!.AsArray().Select(e => (string)e!["member"]!));
        Assert.Equal(["a-3 dismissed a-4", "a-3 requested a-1", "a-6 requested a-3"],
            export["suggestionFeedback"]!.AsArray().Select(e => $"{e!["by"]} {e["kind"]} {e["member"]}"));
    }
}
