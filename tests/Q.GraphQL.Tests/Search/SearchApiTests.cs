using System.Net;
using System.Text.Json.Nodes;
using Q.GraphQL.Tests.Access;

namespace Q.GraphQL.Tests.Search;

/// <summary>searchPeople and searchResources through the real server: the outbox feeds the index, the access model filters it.</summary>
public sealed class SearchApiTests : AccessServer
{
    private const string People = """
        query($q: String!, $first: Int, $after: String, $filter: MemberFilter) {
          searchPeople(query: $q, first: $first, after: $after, filter: $filter) {
            totalCount edges { cursor node { id name } score reasons highlights { field fragments } }
            pageInfo { hasNextPage hasPreviousPage endCursor }
            facets { region { value label count } role { value count } topic { value label count } } } }
        """;

    private async Task<JsonNode> Search(string? token, string q, object? extra = null)
    {
        var variables = new Dictionary<string, object?> { ["q"] = q };
        if (extra is not null) foreach (var p in extra.GetType().GetProperties()) variables[p.Name] = p.GetValue(extra);
        var body = await As(token, People, variables);
        Assert.True(body["errors"] is null, body.ToJsonString());
        return body["data"]!["searchPeople"]!;
    }

    private static string[] Ids(JsonNode result) => result["edges"]!.AsArray().Select(e => (string)e!["node"]!["id"]!).ToArray();

    /// <summary>The index catches up in the background (every 200 ms); wait, boundedly, for what the test expects.</summary>
    private async Task<JsonNode> Eventually(string? token, string q, Func<JsonNode, bool> done)
    {
        JsonNode result = null!;
        for (var deadline = DateTime.UtcNow.AddSeconds(10); DateTime.UtcNow < deadline; await Task.Delay(50))
            if (done(result = await Search(token, q))) return result;
        return result;
    }

    [Fact]
    public async Task Experts_come_first_with_reasons_and_the_acronym_finds_the_spelled_out_topic()
    {
        var result = await Eventually(null, "QI", r => Ids(r).Length >= 6);

        Assert.Equal(6, (int)result["totalCount"]!); // a-1…a-5 and b-1; a-6 shows topics to members only
        Assert.Equal(["a-1", "b-1"], Ids(result)[..2].Order()); // the experts first
        Assert.Contains("expert in Quality improvement", result["edges"]![0]!["reasons"]!.AsArray().Select(r => (string)r!));
        Assert.Equal(6, result["facets"]!["region"]!.AsArray().Single(v => (string)v!["value"]! == "wessex")!["count"]!.GetValue<int>());
    }

    [Fact]
    public async Task Members_only_text_is_matched_and_highlighted_only_for_signed_in_members()
    {
        await Eventually(null, "QI", r => Ids(r).Length >= 6);

        var anonymous = await Search(null, "members-only bio");
        var member = await Search(Member("b-1"), "members-only bio");

        Assert.DoesNotContain("a-1", Ids(anonymous));
        Assert.Equal("a-1", Ids(member)[0]);
        Assert.True(member["edges"]![0]!["highlights"]!.AsArray().Any(h => (string)h!["field"]! == "bio" && h["fragments"]!.AsArray().Any(f => ((string)f!).Contains("<em>", StringComparison.Ordinal))), member.ToJsonString());
        Assert.Contains(await Server.Store.GetAuditAsync("a-1"), a => (a.Actor, a.Action, a.Detail) == ("b-1", "read", "bio"));
    }

    [Theory]
    [InlineData("AND (")]
    [InlineData("\"unclosed phrase")]
    [InlineData("bio:sepsis OR name:*")]
    [InlineData("((((((((")]
    [InlineData("\\\\ ~ ^ ? * [ ] { } !")]
    [InlineData("")]
    public async Task Hostile_search_text_is_read_as_words_never_an_error(string q)
    {
        using var response = await Server.PostAsAsync(null, People, new { q });
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(body["errors"]);
    }

    [Fact]
    public async Task A_search_box_of_five_thousand_characters_is_refused_cleanly()
    {
        var body = await As(null, People, new { q = string.Concat(Enumerable.Repeat("sepsis ", 715)) });

        Assert.Equal("BAD_USER_INPUT", Code(body));
    }

    [Fact]
    public async Task Hits_page_with_cursors_and_bad_arguments_are_the_clients_error()
    {
        await Eventually(null, "QI", r => Ids(r).Length >= 6);

        var first = await Search(null, "QI", new { first = 2 });
        var second = await Search(null, "QI", new { first = 2, after = (string)first["pageInfo"]!["endCursor"]! });

        Assert.True((bool)first["pageInfo"]!["hasNextPage"]!);
        Assert.True((bool)second["pageInfo"]!["hasPreviousPage"]!);
        Assert.Empty(Ids(first).Intersect(Ids(second)));
        Assert.Equal("BAD_USER_INPUT", Code(await As(null, People, new { q = "qi", after = "not-a-cursor" })));
        Assert.Equal("BAD_USER_INPUT", Code(await As(null, People, new { q = "qi", first = -1 })));
    }

    [Fact]
    public async Task A_profile_change_becomes_searchable_and_an_erased_member_disappears()
    {
        await As(Member("a-3"), """mutation { updateMyProfile(input: { headline: "Paediatric anaesthesia lead" }) { id } }""");

        var found = await Eventually(null, "pediatric anesthesia", r => Ids(r).Contains("a-3"));
        Assert.Contains("a-3", Ids(found)); // American spelling finds the British profile

        await As(Admin, """mutation { eraseMember(id: "a-3") { erased } }""");
        Assert.DoesNotContain("a-3", Ids(await Search(null, "pediatric anesthesia")));
    }

    [Fact]
    public async Task Resource_search_finds_case_studies_and_projects_as_a_union()
    {
        var query = """{ searchResources(query: "alpha") { totalCount edges { node { __typename ... on Resource { id } ... on Project { id } } reasons } facets { type { value count } } } }""";
        JsonNode result = null!;
        for (var deadline = DateTime.UtcNow.AddSeconds(10); DateTime.UtcNow < deadline; await Task.Delay(50))
            if ((int)(result = (await As(null, query))["data"]!["searchResources"]!)["totalCount"]! >= 2) break;

        var kinds = result["edges"]!.AsArray().Select(e => $"{e!["node"]!["__typename"]}:{e["node"]!["id"]}").Order().ToArray();
        Assert.Equal(["Project:p-a", "Resource:r-a"], kinds);
    }

    [Fact]
    public async Task An_administrator_rebuilds_the_index_in_place_and_others_may_not()
    {
        await Eventually(null, "QI", r => Ids(r).Length >= 6);

        var refused = await As(Member("a-1"), "mutation { reindex { position } }");
        var rebuilt = await As(Admin, "mutation { reindex { position drift { kind inGraph inIndexBefore missing extra } } }");

        Assert.Equal("FORBIDDEN", Code(refused));
        var people = rebuilt["data"]!["reindex"]!["drift"]!.AsArray().Single(d => (string)d!["kind"]! == "people")!;
        Assert.Equal((7, 7, 0, 0), ((int)people["inGraph"]!, (int)people["inIndexBefore"]!, (int)people["missing"]!, (int)people["extra"]!));
        Assert.Equal(6, (int)(await Search(null, "QI"))["totalCount"]!);
    }

    [Fact]
    public async Task Private_parts_and_contact_details_are_never_searchable_not_even_by_administrators()
    {
        await Eventually(null, "QI", r => Ids(r).Length >= 6);
        await As(Member("a-2"), "mutation { updateMyVisibility(input: { bio: PRIVATE }) { id } }");
        await As(Member("a-2"), """mutation { updateMyProfile(input: { bio: "Zanzibar flowcharts", email: "qxzebra@unique.example", phone: "07700 900123" }) { id } }""");
        // A public change made after the private ones: once it is searchable, they have been indexed too.
        await As(Member("a-2"), """mutation { updateMyProfile(input: { headline: "Quokka wrangler" }) { id } }""");
        Assert.Contains("a-2", Ids(await Eventually(null, "quokka", r => Ids(r).Contains("a-2"))));

        foreach (var token in new[] { Member("b-1"), Admin })
        {
            Assert.Empty(Ids(await Search(token, "qxzebra")));
            Assert.Empty(Ids(await Search(token, "\"07700 900123\"")));
            Assert.Empty(Ids(await Search(token, "zanzibar")));
        }
    }

    [Fact]
    public async Task Facet_counts_leave_out_what_the_caller_may_not_see()
    {
        var publicView = await Eventually(null, "QI", r => Ids(r).Length >= 6);
        var memberView = await Search(Member("b-1"), "QI");

        int QiCount(JsonNode r) => (int)r["facets"]!["topic"]!.AsArray().Single(v => (string)v!["value"]! == "qi")!["count"]!;
        Assert.Equal(6, QiCount(publicView));
        Assert.Equal(7, QiCount(memberView)); // a-6 shows topics to members only
        Assert.Equal(7, (int)memberView["totalCount"]!);
    }

    [Fact]
    public async Task A_page_larger_than_a_hundred_is_capped()
    {
        var body = await As(null, People, new { q = "", first = 100_000 });

        Assert.Null(body["errors"]);
        Assert.True(body["data"]!["searchPeople"]!["edges"]!.AsArray().Count <= 100);
    }
}
