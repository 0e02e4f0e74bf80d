using System.Net;
using System.Net.Http.Headers;
using System.Security.Claims;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Q.GraphQL.Errors;

namespace Q.GraphQL.Tests.Hardening;

/// <summary>What the adversarial tests read off a response, and the test-only sign-in.</summary>
public static class Adversary
{
    public const string GraphQLResponse = "application/graphql-response+json";

    /// <summary>Header the test sign-in reads: its (URL-encoded) value becomes the caller's <c>sub</c> claim.</summary>
    public const string TestSubjectHeader = "X-Test-Sub";

    public sealed record Refusal(HttpStatusCode Status, string Code, string Message, JsonNode Error, string Text);

    /// <summary>The response's single error (asserted: one error, with a code from the allowed set, and no data).</summary>
    public static async Task<Refusal> RefusalAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        var body = JsonNode.Parse(text)!;
        var errors = body["errors"]!.AsArray();
        Assert.True(errors.Count >= 1, text);
        var error = errors[0]!;
        var code = (string?)error["extensions"]?["code"];
        Assert.NotNull(code);
        Assert.Contains(code, ErrorCodes.All);
        Assert.Null(body["data"]);
        return new Refusal(response.StatusCode, code, (string)error["message"]!, error, text);
    }

    /// <summary>Every error in the body has a code from the allowed set.</summary>
    public static void AllCodesAllowed(string text)
    {
        var errors = JsonNode.Parse(text)!["errors"]!.AsArray();
        Assert.NotEmpty(errors);
        Assert.All(errors, e => Assert.Contains((string?)e!["extensions"]?["code"] ?? "(none)", ErrorCodes.All));
    }

    /// <summary>Things an error must never carry.</summary>
    public static void NothingLeaks(string text)
    {
        foreach (var leak in new[] { "Exception", " at Q.", " at GraphQL", "   at ", ".cs:line", "SQLite", "SELECT ", "stack", "Did you mean" })
            Assert.DoesNotContain(leak, text, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>A stand-in for the authentication middleware to come: signs the caller in from a test header.</summary>
    public static void UseTestSignIn(WebApplication app) => app.Use((HttpContext http, RequestDelegate next) =>
    {
        if (http.Request.Headers[TestSubjectHeader].ToString() is { Length: > 0 } encoded)
            http.User = new ClaimsPrincipal(new ClaimsIdentity([new Claim("sub", Uri.UnescapeDataString(encoded)), new Claim("role", "member")], "Test"));
        return next(http);
    });

    public static HttpRequestMessage Post(string query, string? subject = null, string? accept = null, string? operationName = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(System.Text.Json.JsonSerializer.Serialize(new { query, operationName }), System.Text.Encoding.UTF8),
        };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        if (subject is not null) request.Headers.Add(TestSubjectHeader, Uri.EscapeDataString(subject));
        if (accept is not null) request.Headers.TryAddWithoutValidation("Accept", accept);
        return request;
    }
}
