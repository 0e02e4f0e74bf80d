using System.Net;
using System.Text.Json.Nodes;
using Q.GraphQL.Tests.Infrastructure;

namespace Q.GraphQL.Tests;

/// <summary>GraphQL over HTTP, as the GraphQL-over-HTTP draft specifies it.</summary>
public sealed class HttpConformanceTests(CommunityFixture fixture) : IClassFixture<CommunityFixture>
{
    private const string GraphQLResponse = "application/graphql-response+json";
    private QServer Server => fixture.Server;

    private static async Task<JsonNode> ErrorBody(HttpResponseMessage response, string code = "BAD_USER_INPUT")
    {
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        var errors = body["errors"]!.AsArray();
        Assert.NotEmpty(errors);
        Assert.All(errors, e => Assert.Equal(code, (string?)e!["extensions"]!["code"]));
        return body;
    }

    [Theory]
    [InlineData("application/json")]
    [InlineData("application/json; charset=utf-8")]
    [InlineData("Application/JSON;charset=UTF-8")]
    [InlineData("application/json; charset=\"utf-8\"")]
    public async Task Post_with_json_content_type_executes(string contentType)
    {
        using var response = await Server.PostRawAsync("""{"query":"{ member(id: \"m-ian\") { name } }"}""", contentType);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("""{"data":{"member":{"name":"Ian Brown"}}}""", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/graphql")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("application/json; charset=latin1")]
    public async Task Post_with_another_content_type_is_415(string contentType)
    {
        using var response = await Server.PostRawAsync("""{"query":"{ regions { id } }"}""", contentType);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        await ErrorBody(response);
    }

    [Theory]
    [InlineData("{not json", "not valid JSON")]
    [InlineData("\"a string\"", "JSON object")]
    [InlineData("42", "JSON object")]
    [InlineData("{}", "'query'")]
    [InlineData("""{"query": 42}""", "'query'")]
    [InlineData("""{"query": null}""", "'query'")]
    [InlineData("""{"query": "{ regions { id } }", "variables": [1]}""", "'variables'")]
    [InlineData("""{"query": "{ regions { id } }", "variables": "{}"}""", "'variables'")]
    [InlineData("""{"query": "{ regions { id } }", "operationName": 7}""", "'operationName'")]
    [InlineData("""{"query": "{ regions { id } }", "extensions": true}""", "'extensions'")]
    [InlineData("""{"query": "{ member(id: \"\ud800\") { id } }"}""", "not valid JSON in UTF-8")]
    [InlineData("""{"query": "query($a: ID!) { member(id: $a) { id } }", "variables": {"a": "\ud800"}}""", "not valid JSON in UTF-8")]
    [InlineData("""{"query": "{ regions { id } }", "query": "{ member(id: \"x\") { email } }"}""", "not valid JSON in UTF-8")]
    public async Task Malformed_request_body_is_400_with_a_graphql_error(string body, string says)
    {
        using var response = await Server.PostRawAsync(body, "application/json");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var json = await ErrorBody(response);
        Assert.Contains(says, (string?)json["errors"]![0]!["message"]);
        Assert.Null(json["data"]);
    }

    [Fact]
    public async Task A_body_that_is_not_UTF_8_is_400_not_a_server_error()
    {
        using var content = new ByteArrayContent([.. "{\"query\":\"{ member(id: \\\""u8.ToArray(), 0xFF, 0xFE, .. "\\\") { id } }\"}"u8.ToArray()]);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        using var response = await Server.Client.PostAsync("/graphql", content);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await ErrorBody(response);
    }

    [Fact]
    public async Task A_subscription_is_refused_as_the_clients_error()
    {
        using var response = await Server.PostRawAsync("""{"query":"subscription { regions { id } }"}""", "application/json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = await ErrorBody(response);
        Assert.Equal("Subscriptions are not supported.", (string?)json["errors"]![0]!["message"]);
    }

    [Fact]
    public async Task Get_with_lone_surrogate_variables_is_400()
    {
        using var response = await Server.Client.GetAsync("/graphql?query=query(%24a%3AID!)%7Bmember(id%3A%24a)%7Bid%7D%7D&variables=%7B%22a%22%3A%22%5Cud800%22%7D");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await ErrorBody(response);
    }

    [Fact]
    public async Task Batched_requests_are_400()
    {
        using var response = await Server.PostRawAsync("""[{"query":"{ regions { id } }"},{"query":"{ regions { id } }"}]""", "application/json");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var json = await ErrorBody(response);
        Assert.Equal("batched requests are not supported", (string?)json["errors"]![0]!["message"]);
    }

    [Fact]
    public async Task Body_over_one_megabyte_is_413()
    {
        var padding = new string(' ', 1024 * 1024);
        using var response = await Server.PostRawAsync($$"""{"query":"{ regions { id } }"{{padding}}}""", "application/json");
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        await ErrorBody(response);
    }

    [Fact]
    public async Task Body_just_under_the_limit_is_accepted()
    {
        var padding = new string(' ', 1024 * 1000);
        using var response = await Server.PostRawAsync($$"""{"query":"{ region(id: \"wales\") { name } }"{{padding}}}""", "application/json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Get_runs_a_query_with_variables_and_operation_name()
    {
        var query = Uri.EscapeDataString("query A($id: ID!) { member(id: $id) { name } } query B { regions { id } }");
        var variables = Uri.EscapeDataString("""{"id":"m-bryn"}""");
        using var response = await Server.GetAsync($"/graphql?query={query}&operationName=A&variables={variables}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("""{"data":{"member":{"name":"Bryn Evans"}}}""", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("mutation{x}", null)]
    [InlineData("mutation M { x }", null)]
    [InlineData("subscription { x }", null)]
    [InlineData("query Q { regions { id } } mutation M { x }", "M")]
    public async Task Get_with_a_mutation_or_subscription_is_405_allow_post(string query, string? operationName)
    {
        var url = $"/graphql?query={Uri.EscapeDataString(query)}" + (operationName is null ? "" : $"&operationName={operationName}");
        using var response = await Server.GetAsync(url);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(["POST"], response.Content.Headers.Allow);
        await ErrorBody(response);
    }

    [Fact]
    public async Task Get_selecting_the_query_of_a_mixed_document_runs_it()
    {
        var query = Uri.EscapeDataString("query Q { region(id: \"wales\") { name } } mutation M { eraseMe { erased } }");
        using var response = await Server.GetAsync($"/graphql?query={query}&operationName=Q");
        // Not refused for the mutation beside it: the operation GET would run is the query, and it runs.
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("""{"data":{"region":{"name":"Wales"}}}""", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("/graphql")]
    [InlineData("/graphql?query=")]
    [InlineData("/graphql?query=%7Bregions%7Bid%7D%7D&variables=%5B%5D")]
    [InlineData("/graphql?query=%7Bregions%7Bid%7D%7D&variables=%7Bnot")]
    public async Task Get_without_query_or_with_bad_variables_is_400(string url)
    {
        using var response = await Server.GetAsync(url);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await ErrorBody(response);
    }

    [Theory]
    [InlineData(null, "application/json")]
    [InlineData("application/json", "application/json")]
    [InlineData("*/*", "application/json")]
    [InlineData(GraphQLResponse, GraphQLResponse)]
    [InlineData("application/graphql-response+json, application/json", GraphQLResponse)]
    [InlineData("application/json, application/graphql-response+json", "application/json")]
    [InlineData("application/json;q=0.5, application/graphql-response+json", GraphQLResponse)]
    [InlineData("text/html, */*;q=0.1", "application/json")]
    public async Task Response_media_type_follows_accept(string? accept, string expected)
    {
        using var response = await Server.PostAsync("{ regions { id } }", accept: accept);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(expected, response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType!.CharSet);
    }

    [Theory]
    [InlineData("text/html")]
    [InlineData("application/xml, text/plain")]
    [InlineData("application/json;q=0")]
    public async Task Accepting_neither_media_type_is_406(string accept)
    {
        using var post = await Server.PostAsync("{ regions { id } }", accept: accept);
        Assert.Equal(HttpStatusCode.NotAcceptable, post.StatusCode);
        using var get = await Server.GetAsync("/graphql?query=%7Bregions%7Bid%7D%7D", accept);
        Assert.Equal(HttpStatusCode.NotAcceptable, get.StatusCode);
    }

    [Theory]
    [InlineData("{ regions { id ")]             // does not parse
    [InlineData("{ regions { population } }")]  // does not validate
    [InlineData("{ members(first: \"ten\") { totalCount } }")]
    [InlineData("query A { regions { id } } query B { regions { id } }")] // no operation chosen
    public async Task Invalid_documents_are_400_under_graphql_response_json_and_200_under_json(string query)
    {
        using (var modern = await Server.PostAsync(query, accept: GraphQLResponse))
        {
            Assert.Equal(HttpStatusCode.BadRequest, modern.StatusCode);
            Assert.Equal(GraphQLResponse, modern.Content.Headers.ContentType!.MediaType);
            var body = await ErrorBody(modern);
            Assert.Null(body["data"]);
        }
        using (var legacy = await Server.PostAsync(query, accept: "application/json"))
        {
            Assert.Equal(HttpStatusCode.OK, legacy.StatusCode);
            await ErrorBody(legacy);
        }
    }

    [Fact]
    public async Task Validation_errors_keep_graphql_dotnets_own_code_as_details()
    {
        using var response = await Server.PostAsync("{ regions { population } }");
        var error = (await ErrorBody(response))["errors"]![0]!;
        Assert.Equal("FIELDS_ON_CORRECT_TYPE", (string?)error["extensions"]!["details"]);
        Assert.Contains("population", (string?)error["message"]);
    }

    [Fact]
    public async Task Field_errors_after_execution_are_200_under_graphql_response_json()
    {
        // organisation is nullable, so its failed argument nulls only it and the rest of the data stands.
        using var response = await Server.PostAsync("""{ regions { id } organisation(id: "org-leeds") { members(first: -5) { totalCount } } }""", accept: GraphQLResponse);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await ErrorBody(response);
        Assert.Equal(18, body["data"]!["regions"]!.AsArray().Count);
        Assert.Null(body["data"]!["organisation"]);
    }

    [Fact]
    public async Task Other_methods_are_405()
    {
        using var response = await Server.Client.PutAsync("/graphql", new StringContent("{}"));
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }
}
