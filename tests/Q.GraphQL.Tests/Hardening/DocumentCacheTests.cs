using System.Net;
using Q.GraphQL.Tests.Infrastructure;
using static Q.GraphQL.Tests.Hardening.Adversary;

namespace Q.GraphQL.Tests.Hardening;

/// <summary>
/// A document seen before skips parsing and the specification's validation rules, but never Q's own rules, which
/// depend on the variables and the caller: each case sends the same text first in a way that passes (so it is
/// kept), then in a way that must still be refused.
/// </summary>
public sealed class DocumentCacheTests(CommunityFixture fixture) : IClassFixture<CommunityFixture>
{
    private QServer Server => fixture.Server;

    [Fact]
    public async Task A_kept_document_is_still_costed_with_the_new_variables()
    {
        const string query = "query Cached($n: Int) { members(first: $n) { nodes { connections(first: $n) { nodes { connections(first: $n) { nodes { name } } } } } } }";
        var cheap = await Server.DataAsync(query, new { n = 2 });
        Assert.Equal(2, cheap["members"]!["nodes"]!.AsArray().Count);
        Assert.Equal(cheap.Json(), (await Server.DataAsync(query, new { n = 2 })).Json()); // kept: the same answer

        using var response = await Server.PostAsync(query, new { n = 100 }, accept: GraphQLResponse);
        var refusal = await RefusalAsync(response);
        Assert.Equal(HttpStatusCode.BadRequest, refusal.Status);
        Assert.Equal("QUERY_TOO_COMPLEX", refusal.Code);
        Assert.Equal("cost", (string?)refusal.Error["extensions"]!["limit"]);
    }

    [Fact]
    public async Task A_kept_document_still_has_its_string_variables_measured()
    {
        const string query = "query CachedSearch($q: String!) { searchPeople(query: $q, first: 1) { totalCount } }";
        Assert.True((int)(await Server.DataAsync(query, new { q = "sepsis" }))["searchPeople"]!["totalCount"]! > 0);

        using var response = await Server.PostAsync(query, new { q = new string('x', 20_000) }, accept: GraphQLResponse);
        var refusal = await RefusalAsync(response);
        Assert.Equal(HttpStatusCode.BadRequest, refusal.Status);
        Assert.Equal("BAD_USER_INPUT", refusal.Code);
        Assert.DoesNotContain("xxxx", refusal.Text);
    }

    [Fact]
    public async Task A_document_that_failed_validation_is_not_kept()
    {
        const string query = "{ members(first: 1) { nodes { nosuchfield } } }";
        for (var i = 0; i < 2; i++)
        {
            using var response = await Server.PostAsync(query, accept: GraphQLResponse);
            var refusal = await RefusalAsync(response);
            Assert.Equal(HttpStatusCode.BadRequest, refusal.Status);
            Assert.Contains("nosuchfield", refusal.Message);
        }
    }
}

/// <summary>The cache itself: what the next step of the pipeline is handed the first and the second time.</summary>
public sealed class DocumentCachePipelineTests
{
    [Fact]
    public async Task The_second_request_gets_the_first_ones_document_and_no_specification_rules()
    {
        var cache = new Q.GraphQL.Hardening.DocumentCache();
        var document = GraphQLParser.Parser.Parse("{ regions { id } }");
        var seen = new List<(GraphQLParser.AST.GraphQLDocument? Document, int? Rules)>();
        global::GraphQL.DI.ExecutionDelegate next = options =>
        {
            seen.Add((options.Document, options.ValidationRules?.Count()));
            return Task.FromResult(new global::GraphQL.ExecutionResult { Executed = true, Document = options.Document ?? document });
        };

        await cache.ExecuteAsync(new global::GraphQL.ExecutionOptions { Query = "{ regions { id } }" }, next);
        await cache.ExecuteAsync(new global::GraphQL.ExecutionOptions { Query = "{ regions { id } }" }, next);
        await cache.ExecuteAsync(new global::GraphQL.ExecutionOptions { Query = "{ regions { name } }" }, next);

        Assert.Null(seen[0].Document);         // first time: parsed and validated downstream
        Assert.Null(seen[0].Rules);
        Assert.Same(document, seen[1].Document); // then reused, the specification's rules skipped
        Assert.Equal(0, seen[1].Rules);
        Assert.Null(seen[2].Document);         // another text is another document
    }

    [Fact]
    public async Task A_document_that_did_not_execute_is_not_kept()
    {
        var cache = new Q.GraphQL.Hardening.DocumentCache();
        var handed = new List<GraphQLParser.AST.GraphQLDocument?>();
        global::GraphQL.DI.ExecutionDelegate refused = options =>
        {
            handed.Add(options.Document);
            return Task.FromResult(new global::GraphQL.ExecutionResult { Executed = false, Document = GraphQLParser.Parser.Parse("{ a }") });
        };
        await cache.ExecuteAsync(new global::GraphQL.ExecutionOptions { Query = "{ a }" }, refused);
        await cache.ExecuteAsync(new global::GraphQL.ExecutionOptions { Query = "{ a }" }, refused);
        Assert.Equal([null, null], handed);
    }
}
