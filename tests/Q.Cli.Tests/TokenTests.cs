using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Q.Graph;

namespace Q.Cli.Tests;

public sealed class TokenTests : IDisposable
{
    private readonly CliRun _q = new();

    public void Dispose() => _q.Dispose();

    [Fact]
    public async Task A_member_token_carries_the_role_and_member_expires_as_asked_and_its_issue_is_audited()
    {
        await _q.ImportAsync(Samples.SpecExample);

        var result = await _q.RunAsync("token", "--role", "member", "--member", "m-1", "--days", "7", "--data-dir", _q.DataDir);

        Assert.Equal(0, result.ExitCode);
        var token = result.Out.Trim();
        var payload = JsonDocument.Parse(Base64Url(token.Split('.')[1])).RootElement;
        Assert.Equal(("member", "m-1", "m-1"), (payload.GetProperty("role").GetString(), payload.GetProperty("member").GetString(), payload.GetProperty("sub").GetString()));
        var lifetime = payload.GetProperty("exp").GetInt64() - payload.GetProperty("iat").GetInt64();
        Assert.Equal(7 * 24 * 3600, lifetime);
        await using var store = await GraphStores.OpenAsync(new GraphStoreOptions { DataDirectory = _q.DataDir });
        var entry = Assert.Single(await store.GetAuditAsync("m-1"));
        Assert.Equal(("cli", "token.issue", "role=member,days=7"), (entry.Actor, entry.Action, entry.Detail));
        Assert.DoesNotContain(token, entry.Detail ?? "");
    }

    [Theory]
    [InlineData("there is no member 'm-404'", "--role", "member", "--member", "m-404")]
    [InlineData("--role member needs --member", "--role", "member")]
    [InlineData("--role employer needs --organisation", "--role", "employer")]
    [InlineData("there is no organisation 'org-404'", "--role", "employer", "--organisation", "org-404")]
    [InlineData("'atlantis' is not a Q region", "--role", "panel", "--region", "atlantis")]
    [InlineData("--role admin takes no scope", "--role", "admin", "--member", "m-1")]
    [InlineData("--role member takes only --member", "--role", "member", "--member", "m-1", "--organisation", "org-1")]
    public async Task A_token_whose_scope_is_missing_or_wrong_is_not_issued(string says, params string[] args)
    {
        await _q.ImportAsync(Samples.SpecExample);

        var result = await _q.RunAsync(["token", .. args, "--data-dir", _q.DataDir]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(says, result.Error);
        Assert.Equal("", result.Out);
    }

    [Theory]
    [InlineData("wizard")]
    [InlineData("anonymous")]
    public async Task An_unknown_role_is_refused_by_the_parser(string role)
    {
        var result = await _q.RunAsync("token", "--role", role, "--data-dir", _q.DataDir);

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains($"'{role}' not recognized", result.Error);
        Assert.DoesNotContain("eyJ", result.Out); // no token printed, only the usage
        Assert.False(Directory.Exists(_q.DataDir));
    }

    [Fact]
    public async Task The_served_API_signs_in_the_holder_of_a_token_from_q_token()
    {
        await _q.ImportAsync(Samples.SpecExample);
        var token = (await _q.RunAsync("token", "--role", "member", "--member", "m-1", "--data-dir", _q.DataDir)).Out.Trim();
        await using var server = await ServeTests.Server.StartAsync(_q);

        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query = "{ me { id email } }" }) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await server.Http.SendAsync(request);

        Assert.Equal("""{"data":{"me":{"id":"m-1","email":"siobhan@leeds.example"}}}""", await response.Content.ReadAsStringAsync());
    }

    private static string Base64Url(string s) =>
        Encoding.UTF8.GetString(Convert.FromBase64String(s.Replace('-', '+').Replace('_', '/').PadRight(s.Length + (4 - s.Length % 4) % 4, '=')));
}
