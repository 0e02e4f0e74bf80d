using System.Diagnostics;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Q.GraphQL.Hardening;
using Q.GraphQL.Tests.Infrastructure;
using static Q.GraphQL.Tests.Hardening.Adversary;

namespace Q.GraphQL.Tests.Hardening;

/// <summary>
/// Limits that need a server of their own: a tiny rate limit, a tiny timeout over a store read that never ends,
/// Development, a signed-in caller, a log sink, bad configuration.
/// </summary>
public sealed class ServerLimitTests
{
    private static Task<QServer> StartAsync(
        Dictionary<string, string?>? settings = null, LogCapture? logs = null, string environment = "Testing") =>
        QServer.StartAsync(CommunityFixture.CommunityJsonLines, settings,
            configure: logs is null ? null : b =>
            {
                b.Logging.AddProvider(logs);
                b.Logging.SetMinimumLevel(LogLevel.Debug);
            },
            beforeMap: UseTestSignIn, environment: environment);

    private static Dictionary<string, string?> TinyRateLimit => new()
    {
        ["GraphQL:Limits:RateLimit:TokenLimit"] = "3",
        ["GraphQL:Limits:RateLimit:TokensPerPeriod"] = "1",
        ["GraphQL:Limits:RateLimit:ReplenishmentPeriod"] = "00:01:00",
    };

    [Fact]
    public async Task Over_the_rate_limit_is_429_with_retry_after_and_rate_limited()
    {
        await using var server = await StartAsync(TinyRateLimit);
        for (var i = 0; i < 3; i++)
        {
            using var ok = await server.PostAsync("{ regions { id } }");
            Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        }
        using var response = await server.PostAsync("{ regions { id } }", accept: GraphQLResponse);
        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        var seconds = int.Parse(response.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(seconds, 1, 60);
        Assert.Equal(GraphQLResponse, response.Content.Headers.ContentType!.MediaType);
        var refusal = await RefusalAsync(response);
        Assert.Equal("RATE_LIMITED", refusal.Code);
        Assert.Equal(seconds, (int)refusal.Error["extensions"]!["retryAfter"]!);

        // GET is the same endpoint and the same bucket; health checks are not limited at all.
        using var get = await server.GetAsync("/graphql?query=%7Bregions%7Bid%7D%7D");
        Assert.Equal(HttpStatusCode.TooManyRequests, get.StatusCode);
        for (var i = 0; i < 10; i++)
        {
            using var healthz = await server.GetAsync("/healthz");
            using var readyz = await server.GetAsync("/readyz");
            Assert.Equal(HttpStatusCode.OK, healthz.StatusCode);
            Assert.Equal(HttpStatusCode.OK, readyz.StatusCode);
        }
    }

    [Fact]
    public async Task Each_signed_in_caller_has_their_own_bucket_apart_from_their_address()
    {
        await using var server = await StartAsync(TinyRateLimit);
        for (var i = 0; i < 3; i++) (await server.PostAsync("{ regions { id } }")).Dispose();
        using (var anonymous = await server.PostAsync("{ regions { id } }"))
            Assert.Equal(HttpStatusCode.TooManyRequests, anonymous.StatusCode);

        for (var i = 0; i < 3; i++)
        {
            using var alice = await server.Client.SendAsync(Post("{ regions { id } }", subject: "alice"));
            Assert.Equal(HttpStatusCode.OK, alice.StatusCode);
        }
        using (var alice = await server.Client.SendAsync(Post("{ regions { id } }", subject: "alice")))
            Assert.Equal(HttpStatusCode.TooManyRequests, alice.StatusCode);
        using (var bob = await server.Client.SendAsync(Post("{ regions { id } }", subject: "bob")))
            Assert.Equal(HttpStatusCode.OK, bob.StatusCode);
    }

    [Fact]
    public async Task Timeout_answers_timeout_and_cancels_the_store_read()
    {
        await using var server = await StartAsync(new() { ["GraphQL:Limits:Timeout"] = "00:00:00.300" });
        server.Store.StallDirectory = true;
        var clock = Stopwatch.StartNew();
        using var response = await server.PostAsync("{ regions { id } members { totalCount } }", accept: GraphQLResponse);
        clock.Stop();
        Assert.Equal(HttpStatusCode.GatewayTimeout, response.StatusCode);
        var refusal = await RefusalAsync(response);
        Assert.Equal("TIMEOUT", refusal.Code);
        Assert.Equal("The request took too long and was stopped.", refusal.Message);
        Assert.Equal("""{"code":"TIMEOUT"}""", refusal.Error["extensions"]!.Json());
        NothingLeaks(refusal.Text);
        Assert.DoesNotContain("regions", refusal.Text); // no partial data
        Assert.InRange(clock.Elapsed, TimeSpan.FromMilliseconds(250), TimeSpan.FromSeconds(5));
        Assert.Equal(1, server.Store.CancelledReads); // the store call saw its token fire

        // Under application/json the same timeout is a 200 with the error, as for every well-formed request.
        using var legacy = await server.PostAsync("{ members { totalCount } }");
        Assert.Equal(HttpStatusCode.OK, legacy.StatusCode);
        Assert.Equal("TIMEOUT", (await RefusalAsync(legacy)).Code);
        Assert.Equal(2, server.Store.CancelledReads);
    }

    [Fact]
    public async Task Introspection_is_allowed_in_development_and_the_standard_introspection_query_fits_the_limits()
    {
        await using var server = await StartAsync(environment: "Development");
        var data = await server.DataAsync(IntrospectionQuery);
        Assert.Equal("Query", (string?)data["__schema"]!["queryType"]!["name"]);
        Assert.Contains(data["__schema"]!["types"]!.AsArray(), t => (string?)t!["name"] == "Member");
    }

    [Fact]
    public async Task Cyclic_introspection_is_refused_even_where_introspection_is_allowed()
    {
        await using var server = await StartAsync(environment: "Development");
        using var response = await server.PostAsync(
            "{ __schema { types { fields { type { fields { type { fields { name } } } } } } } }", accept: GraphQLResponse);
        var refusal = await RefusalAsync(response);
        Assert.Equal(HttpStatusCode.BadRequest, refusal.Status);
        Assert.Equal("QUERY_TOO_COMPLEX", refusal.Code);
    }

    [Fact]
    public async Task Introspection_is_allowed_to_a_signed_in_caller_but_not_to_anonymous_ones()
    {
        await using var server = await StartAsync();
        using (var signedIn = await server.Client.SendAsync(Post("{ __type(name: \"Member\") { name } }", subject: "alice")))
            Assert.Equal("""{"data":{"__type":{"name":"Member"}}}""", await signedIn.Content.ReadAsStringAsync());
        using var anonymous = await server.Client.SendAsync(Post("{ __type(name: \"Member\") { name } }"));
        Assert.Equal("FORBIDDEN", (await RefusalAsync(anonymous)).Code);
    }

    [Fact]
    public async Task Client_text_reaches_the_logs_without_its_line_breaks()
    {
        var logs = new LogCapture();
        await using var server = await StartAsync(TinyRateLimit, logs);
        const string injected = "x\r\nFAKE LOG LINE: admin signed in\u2028and\u202eevil";

        // A refused document is logged with its operation name; a throttled caller with their subject.
        var aliases = "{" + string.Concat(Enumerable.Range(0, 40).Select(i => $" a{i}: __typename")) + " }";
        using (var refused = await server.Client.SendAsync(Post(aliases, operationName: injected)))
            Assert.Equal("QUERY_TOO_COMPLEX", (await RefusalAsync(refused)).Code);
        for (var i = 0; i < 4; i++) (await server.Client.SendAsync(Post("{ regions { id } }", subject: injected))).Dispose();

        var lines = logs.Lines;
        Assert.Contains(lines, l => l.Contains("Refused GraphQL operation x\\r\\nFAKE LOG LINE: admin signed in\\u2028and\\u202eevil", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("Rate limited sub:x\\r\\nFAKE LOG LINE", StringComparison.Ordinal));
        Assert.All(lines, l =>
        {
            Assert.DoesNotContain('\r', l);
            Assert.DoesNotContain('\n', l);
            Assert.DoesNotContain('\u2028', l);
            Assert.DoesNotContain('\u202e', l);
        });
    }

    [Fact]
    public async Task Long_client_text_is_cut_in_the_logs()
    {
        var logs = new LogCapture();
        await using var server = await StartAsync(logs: logs);
        var aliases = "{" + string.Concat(Enumerable.Range(0, 40).Select(i => $" a{i}: __typename")) + " }";
        (await server.Client.SendAsync(Post(aliases, operationName: new string('o', 100_000)))).Dispose();
        var line = Assert.Single(logs.Lines, l => l.Contains("Refused GraphQL operation", StringComparison.Ordinal));
        Assert.True(line.Length < 400, $"{line.Length} characters");
    }

    [Theory]
    [InlineData("GraphQL:Limits:MaxDepth", "0")]
    [InlineData("GraphQL:Limits:MaxCost", "-5")]
    [InlineData("GraphQL:Limits:Timeout", "00:00:00")]
    [InlineData("GraphQL:Limits:RateLimit:TokenLimit", "0")]
    public async Task Bad_limits_stop_the_server_at_start_naming_the_setting(string key, string value)
    {
        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => StartAsync(new() { [key] = value }));
        Assert.Contains(key.Split(':').Last(), error.Message);
    }

    [Fact]
    public async Task Defaults_are_the_documented_values()
    {
        await using var server = await StartAsync();
        var limits = new GraphQLLimits(); // QServer lifts only the rate limit, so the rest is served as configured here
        Assert.Equal((12, 5_000, 30, 500, 5_000, 1_000, TimeSpan.FromSeconds(5), false),
            (limits.MaxDepth, limits.MaxCost, limits.MaxAliases, limits.MaxFields, limits.MaxTokens, limits.MaxStringLength, limits.Timeout, limits.AnonymousIntrospection));
        Assert.Equal((120, 10, TimeSpan.FromSeconds(1)), (limits.RateLimit.TokenLimit, limits.RateLimit.TokensPerPeriod, limits.RateLimit.ReplenishmentPeriod));
        var served = server.Services.GetRequiredService<IOptions<GraphQLLimits>>().Value;
        Assert.Equal(limits.MaxCost, served.MaxCost);
    }

    /// <summary>The introspection query GraphiQL and graphql-js send (getIntrospectionQuery), trimmed of descriptions.</summary>
    private const string IntrospectionQuery = """
        query IntrospectionQuery {
          __schema {
            queryType { name } mutationType { name } subscriptionType { name }
            types { ...FullType }
            directives { name locations args { ...InputValue } }
          }
        }
        fragment FullType on __Type {
          kind name
          fields(includeDeprecated: true) { name args { ...InputValue } type { ...TypeRef } isDeprecated deprecationReason }
          inputFields { ...InputValue }
          interfaces { ...TypeRef }
          enumValues(includeDeprecated: true) { name isDeprecated deprecationReason }
          possibleTypes { ...TypeRef }
        }
        fragment InputValue on __InputValue { name type { ...TypeRef } defaultValue }
        fragment TypeRef on __Type {
          kind name
          ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } }
        }
        """;
}
