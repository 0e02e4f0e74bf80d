using System.Diagnostics;
using System.Net;
using System.Text;
using Q.GraphQL.Tests.Infrastructure;
using static Q.GraphQL.Tests.Hardening.Adversary;

namespace Q.GraphQL.Tests.Hardening;

/// <summary>
/// Hostile documents against a server with the default limits (OWASP API4:2023 unrestricted resource consumption,
/// the GraphQL cheat sheet's depth, aliases, batching, introspection and error-leakage items). Each case asserts the
/// specific safe outcome: status, code, the limit named, and that the store was not touched when it should not be.
/// </summary>
public sealed class AdversarialQueryTests(CommunityFixture fixture) : IClassFixture<CommunityFixture>
{
    private QServer Server => fixture.Server;

    private async Task<Refusal> RefusedAsync(string query, object? variables = null)
    {
        Server.Store.ResetCounts();
        using var response = await Server.PostAsync(query, variables, accept: GraphQLResponse);
        var refusal = await RefusalAsync(response);
        Assert.Equal(HttpStatusCode.BadRequest, refusal.Status); // refused before execution
        Assert.Equal(0, Server.Store.TotalCalls);                // so nothing reached the store
        NothingLeaks(refusal.Text);
        return refusal;
    }

    private static string Nest(string field, int levels, string leaf) =>
        string.Concat(Enumerable.Repeat(field + " { ", levels)) + leaf + string.Concat(Enumerable.Repeat(" }", levels));

    [Fact]
    public async Task Nesting_beyond_the_depth_limit_is_refused_with_depth_and_limit()
    {
        var refusal = await RefusedAsync("{ topic(id: \"sepsis\") { " + Nest("broader", 14, "name") + " } }");
        Assert.Equal("QUERY_TOO_COMPLEX", refusal.Code);
        Assert.Equal("depth", (string?)refusal.Error["extensions"]!["limit"]);
        Assert.Equal(12, (int)refusal.Error["extensions"]!["maximum"]!);
        Assert.Contains("the limit is 12", refusal.Message);
    }

    [Fact]
    public async Task Nesting_at_the_depth_limit_runs()
    {
        // topic plus 10 levels of broader is depth 12, the limit. Sepsis → Patient safety → (none).
        var data = await Server.DataAsync("{ topic(id: \"sepsis\") { " + Nest("broader", 10, "name") + " } }");
        Assert.Equal("""{"topic":{"broader":{"broader":null}}}""", data.Json());
    }

    [Fact]
    public async Task Nesting_flood_too_deep_to_parse_is_refused_without_overflowing_the_stack()
    {
        var refusal = await RefusedAsync("{ topic(id: \"sepsis\") { " + Nest("broader", 5_000, "name") + " } }");
        Assert.Equal("QUERY_TOO_COMPLEX", refusal.Code);
        Assert.Contains((string?)refusal.Error["extensions"]!["limit"], new[] { "parserDepth", "tokens" });
    }

    [Fact]
    public async Task Wide_query_with_first_100_at_three_levels_is_refused_stating_cost_and_limit()
    {
        var refusal = await RefusedAsync(
            "{ members(first: 100) { nodes { connections(first: 100) { nodes { connections(first: 100) { nodes { name } } } } } } }");
        Assert.Equal("QUERY_TOO_COMPLEX", refusal.Code);
        Assert.Equal("cost", (string?)refusal.Error["extensions"]!["limit"]);
        Assert.Equal(1_020_202, (long)refusal.Error["extensions"]!["actual"]!);
        Assert.Contains("1,020,202", refusal.Message);
        Assert.Contains("5,000", refusal.Message);
    }

    [Fact]
    public async Task Cost_uses_variables_and_caps_first_at_100()
    {
        var query = "query($n: Int) { members(first: $n) { nodes { connections(first: $n) { nodes { connections(first: $n) { nodes { name } } } } } } }";
        var refusal = await RefusedAsync(query, new { n = 1_000_000 });
        Assert.Equal(1_020_202, (long)refusal.Error["extensions"]!["actual"]!); // 1,000,000 counts as the cap, 100
        var data = await Server.DataAsync(query, new { n = 3 });                 // 3 × 3 × 3 is cheap and runs
        Assert.Equal(3, data["members"]!["nodes"]!.AsArray().Count);
    }

    [Fact]
    public async Task Alias_flood_of_500_members_is_refused()
    {
        var query = new StringBuilder("query($id: ID!) {");
        for (var i = 0; i < 500; i++) query.Append($" m{i}: member(id: $id) {{ name }}");
        var refusal = await RefusedAsync(query.Append(" }").ToString(), new { id = "m-aisha" });
        Assert.Equal("QUERY_TOO_COMPLEX", refusal.Code);
        Assert.Equal("aliases", (string?)refusal.Error["extensions"]!["limit"]);
        Assert.Equal("The document uses 500 aliases; the limit is 30.", refusal.Message);
    }

    [Fact]
    public async Task Thirty_aliases_run()
    {
        var query = new StringBuilder("{");
        for (var i = 0; i < 30; i++) query.Append($" m{i}: member(id: \"m-aisha\") {{ name }}");
        var data = await Server.DataAsync(query.Append(" }").ToString());
        Assert.Equal("Aisha Khan", (string?)data["m29"]!["name"]);
    }

    [Fact]
    public async Task Field_duplication_flood_is_refused_before_validation()
    {
        var clock = Stopwatch.StartNew();
        var refusal = await RefusedAsync("{ member(id: \"m-aisha\") { " + string.Join(" ", Enumerable.Repeat("name", 4_000)) + " } }");
        Assert.Equal("QUERY_TOO_COMPLEX", refusal.Code);
        Assert.Equal("fields", (string?)refusal.Error["extensions"]!["limit"]);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(2), $"took {clock.Elapsed}");
    }

    [Fact]
    public async Task Fragment_bomb_is_measured_without_expanding_it_and_refused()
    {
        // F0 spreads F1 twice, F1 spreads F2 twice … : 2^40 fields once expanded, 80 spreads as written.
        var document = new StringBuilder("{ topic(id: \"sepsis\") { ...F0 } }");
        for (var i = 0; i < 40; i++) document.Append($" fragment F{i} on Topic {{ ...F{i + 1} broader {{ ...F{i + 1} }} }}");
        document.Append(" fragment F40 on Topic { name }");
        var clock = Stopwatch.StartNew();
        var refusal = await RefusedAsync(document.ToString());
        Assert.Equal("QUERY_TOO_COMPLEX", refusal.Code);
        Assert.Equal("fields", (string?)refusal.Error["extensions"]!["limit"]);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(2), $"took {clock.Elapsed}");
    }

    [Fact]
    public async Task Token_flood_of_directives_is_refused()
    {
        var refusal = await RefusedAsync("{ __typename" + string.Concat(Enumerable.Repeat(" @include(if: true)", 1_000)) + " }");
        Assert.Equal("QUERY_TOO_COMPLEX", refusal.Code);
        Assert.Equal("tokens", (string?)refusal.Error["extensions"]!["limit"]);
    }

    [Fact]
    public async Task Huge_string_argument_is_bad_user_input_naming_the_argument_without_echoing_it()
    {
        var huge = new string('x', 100_000);
        var refusal = await RefusedAsync($"{{ member(id: \"{huge}\") {{ name }} }}");
        Assert.Equal("BAD_USER_INPUT", refusal.Code);
        Assert.Equal("id", (string?)refusal.Error["extensions"]!["argument"]);
        Assert.Equal("Argument 'id' is longer than 1,000 characters.", refusal.Message);
        Assert.DoesNotContain("xxxxxxxxxx", refusal.Text);
    }

    [Fact]
    public async Task Long_string_inside_an_input_object_is_refused_naming_the_argument()
    {
        var refusal = await RefusedAsync($"{{ members(filter: {{ topic: \"{new string('t', 1_001)}\" }}) {{ totalCount }} }}");
        Assert.Equal("BAD_USER_INPUT", refusal.Code);
        Assert.Equal("filter", (string?)refusal.Error["extensions"]!["argument"]);
    }

    [Fact]
    public async Task Long_default_value_of_a_variable_is_refused_too()
    {
        var refusal = await RefusedAsync($"query($x: ID = \"{new string('a', 5_000)}\") {{ member(id: $x) {{ id }} }}");
        Assert.Equal("BAD_USER_INPUT", refusal.Code);
        Assert.Equal("$x", (string?)refusal.Error["extensions"]!["argument"]);
        Assert.DoesNotContain("aaaaaaaaaa", refusal.Text);
    }

    [Fact]
    public async Task String_of_exactly_the_limit_is_accepted()
    {
        var data = await Server.DataAsync($"{{ member(id: \"{new string('x', 1_000)}\") {{ name }} }}");
        Assert.Null(data["member"]); // no such member, and no error
    }

    [Fact]
    public async Task Huge_variables_object_is_refused_naming_the_variable_without_echoing_it()
    {
        var refusal = await RefusedAsync("query($id: ID!) { member(id: $id) { name } }",
            new { id = new string('v', 900_000) });
        Assert.Equal("BAD_USER_INPUT", refusal.Code);
        Assert.Equal("$id", (string?)refusal.Error["extensions"]!["argument"]);
        Assert.DoesNotContain("vvvvvvvvvv", refusal.Text);
        Assert.True(refusal.Text.Length < 2_000, $"response is {refusal.Text.Length} characters");
    }

    [Fact]
    public async Task Long_string_hidden_deep_in_an_unused_variable_is_refused()
    {
        var refusal = await RefusedAsync("{ regions { id } }",
            new { blob = new { a = new object[] { 1, new { b = new string('w', 5_000) } } } });
        Assert.Equal("BAD_USER_INPUT", refusal.Code);
        Assert.Equal("$blob", (string?)refusal.Error["extensions"]!["argument"]);
    }

    [Theory]
    [InlineData("{ __schema { types { name } } }")]
    [InlineData("{ __type(name: \"Member\") { fields { name } } }")]
    [InlineData("{ ...Q } fragment Q on Query { __schema { queryType { name } } }")]
    [InlineData("{ regions { id } __schema { directives { name } } }")]
    public async Task Introspection_is_forbidden_to_anonymous_callers(string query)
    {
        var refusal = await RefusedAsync(query);
        Assert.Equal("FORBIDDEN", refusal.Code);
        Assert.Contains("/graphql/schema.graphql", refusal.Message);
    }

    [Fact]
    public async Task Typename_stays_allowed()
    {
        var data = await Server.DataAsync("{ __typename member(id: \"m-aisha\") { __typename name } }");
        Assert.Equal("""{"__typename":"Query","member":{"__typename":"Member","name":"Aisha Khan"}}""", data.Json());
    }

    [Fact]
    public async Task The_sdl_stays_published()
    {
        using var response = await Server.GetAsync("/graphql/schema.graphql");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("type Member", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("{ member(id: \"m-aisha\") { nmae } }", "'name'")]
    [InlineData("{ members(frist: 5) { totalCount } }", "'first'")]
    [InlineData("query($f: MemberFiltr) { members(filter: $f) { totalCount } }", "'MemberFilter'")]
    [InlineData("{ member(id: \"m-aisha\") { organisaton { name } } }", "'organisation'")]
    public async Task Misspellings_get_no_did_you_mean_hint(string query, string hint)
    {
        using var response = await Server.PostAsync(query, accept: GraphQLResponse);
        var text = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        AllCodesAllowed(text);
        Assert.DoesNotContain("Did you mean", text);
        Assert.DoesNotContain(hint, text);
    }

    [Fact]
    public async Task Batched_array_is_refused_with_400()
    {
        var batch = "[" + string.Join(",", Enumerable.Repeat("""{"query":"{ regions { id } }"}""", 100)) + "]";
        Server.Store.ResetCounts();
        using var response = await Server.PostRawAsync(batch, "application/json");
        var refusal = await RefusalAsync(response);
        Assert.Equal(HttpStatusCode.BadRequest, refusal.Status);
        Assert.Equal("BAD_USER_INPUT", refusal.Code);
        Assert.Equal("batched requests are not supported", refusal.Message);
    }

    [Fact]
    public async Task Oversize_body_is_413_with_a_code()
    {
        var query = "{ regions { id } }" + new string(' ', 1_100_000);
        using var response = await Server.PostAsync(query);
        var refusal = await RefusalAsync(response);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, refusal.Status);
        Assert.Equal("BAD_USER_INPUT", refusal.Code);
    }

    [Theory]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    [InlineData("PATCH")]
    public async Task Other_methods_are_405_with_allow_and_a_code(string method)
    {
        using var response = await Server.Client.SendAsync(new HttpRequestMessage(new HttpMethod(method), "/graphql") { Content = new StringContent("{}") });
        var refusal = await RefusalAsync(response);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, refusal.Status);
        Assert.Equal("BAD_USER_INPUT", refusal.Code);
        Assert.Equal(["GET", "POST"], response.Content.Headers.Allow.OrderBy(m => m));
    }

    [Fact]
    public async Task Syntax_errors_do_not_echo_the_query()
    {
        using var response = await Server.PostAsync("{ member(id: \"SECRET-MARKER-7\") { name ", accept: GraphQLResponse);
        var refusal = await RefusalAsync(response);
        Assert.Equal("BAD_USER_INPUT", refusal.Code);
        Assert.DoesNotContain("SECRET-MARKER-7", refusal.Text);
        NothingLeaks(refusal.Text);
    }

    [Fact]
    public async Task An_unknown_operation_name_is_echoed_only_cut_short()
    {
        var name = new string('n', 5_000);
        using var response = await Server.Client.SendAsync(Post("query A { regions { id } }", operationName: name));
        var text = await response.Content.ReadAsStringAsync();
        AllCodesAllowed(text);
        Assert.True(text.Length < 1_000, $"response is {text.Length} characters");
    }

    /// <summary>A sweep over every kind of bad request: whatever the path, each error carries a code from the set.</summary>
    [Theory]
    [InlineData("POST", "application/json", null, "{not json")]
    [InlineData("POST", "text/plain", null, """{"query":"{ regions { id } }"}""")]
    [InlineData("POST", "application/json", "text/html", """{"query":"{ regions { id } }"}""")]
    [InlineData("POST", "application/json", null, """{"query":"{ regions { id "}""")]
    [InlineData("POST", "application/json", null, """{"query":"{ regions { population } }"}""")]
    [InlineData("POST", "application/json", null, """{"query":"{ members(first: -1) { totalCount } }"}""")]
    [InlineData("POST", "application/json", null, """{"query":"{ members(after: \"bogus\") { totalCount } }"}""")]
    [InlineData("POST", "application/json", null, """{"query":"query($n: Int!) { members(first: $n) { totalCount } }","variables":{"n":"ten"}}""")]
    [InlineData("POST", "application/json", null, """{"query":"query A { regions { id } }","operationName":"B"}""")]
    [InlineData("POST", "application/json", null, """{"query":"mutation { x }"}""")]
    [InlineData("POST", "application/json", null, """{"query":"subscription { x }"}""")]
    [InlineData("POST", "application/json", null, """{"query":"{ __schema { types { name } } }"}""")]
    [InlineData("GET", null, null, "/graphql?query=mutation%7Bx%7D")]
    [InlineData("GET", null, null, "/graphql")]
    [InlineData("DELETE", null, null, "/graphql")]
    public async Task Every_error_path_carries_an_allowed_code(string method, string? contentType, string? accept, string bodyOrUrl)
    {
        HttpRequestMessage request;
        if (method == "POST")
        {
            request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent(bodyOrUrl, Encoding.UTF8) };
            request.Content.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse(contentType!);
        }
        else request = new HttpRequestMessage(new HttpMethod(method), bodyOrUrl);
        if (accept is not null) request.Headers.TryAddWithoutValidation("Accept", accept);
        using var response = await Server.Client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.False(string.IsNullOrEmpty(text), $"HTTP {(int)response.StatusCode} with no body");
        AllCodesAllowed(text);
        NothingLeaks(text);
    }

    [Fact]
    public async Task Health_endpoints_answer_and_are_not_graphql_limited()
    {
        using var healthz = await Server.GetAsync("/healthz");
        using var readyz = await Server.GetAsync("/readyz");
        Assert.Equal(HttpStatusCode.OK, healthz.StatusCode);
        Assert.Equal(HttpStatusCode.OK, readyz.StatusCode);
        Assert.False(healthz.Headers.Contains("Retry-After"));
    }
}
