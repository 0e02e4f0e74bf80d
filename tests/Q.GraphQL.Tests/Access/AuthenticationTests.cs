using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Q.Core.Model;
using Q.GraphQL.Security;

namespace Q.GraphQL.Tests.Access;

/// <summary>OWASP API2 (broken authentication): a token is honoured only when it is ours, current and complete.</summary>
public sealed class AuthenticationTests : AccessServer
{
    private const string Me = "{ me { id email } }";

    [Fact]
    public async Task A_member_token_signs_the_member_in_and_no_token_is_anonymous()
    {
        var signedIn = await As(Member("a-1"), Me);
        var anonymous = await As(null, Me);

        Assert.Equal("""{"id":"a-1","email":"anna@alpha.example"}""", signedIn["data"]!["me"]!.ToJsonString());
        Assert.Null(anonymous["data"]!["me"]);
    }

    public static TheoryData<string, string> BadTokens()
    {
        var key = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(new string('k', 32)));
        string Forged(Action<SecurityTokenDescriptor> change)
        {
            var descriptor = new SecurityTokenDescriptor
            {
                Claims = new Dictionary<string, object> { ["sub"] = "a-1", ["role"] = "member", ["member"] = "a-1" },
                Issuer = "q-local", Audience = "q-api", Expires = DateTime.UtcNow.AddHours(1),
                SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.HmacSha256),
            };
            change(descriptor);
            return new JsonWebTokenHandler().CreateToken(descriptor);
        }
        var unsigned = Base64UrlEncoder.Encode("""{"alg":"none","typ":"JWT"}""") + "." +
                       Base64UrlEncoder.Encode("""{"sub":"admin","role":"admin","iss":"q-local","aud":"q-api","exp":4102444800}""") + ".";
        return new()
        {
            { "garbage", "not-a-token" },
            { "signed with another key", Forged(_ => { }) },
            { "alg none", unsigned },
        };
    }

    [Theory]
    [MemberData(nameof(BadTokens))]
    public async Task A_token_that_is_not_ours_is_401_UNAUTHENTICATED_never_anonymous(string why, string token)
    {
        using var response = await Server.PostAsAsync(token, Me);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.True(response.StatusCode == HttpStatusCode.Unauthorized, why);
        Assert.Equal("UNAUTHENTICATED", Code(body));
        Assert.StartsWith("Bearer", response.Headers.WwwAuthenticate.ToString());
        Assert.Null(body["data"]);
    }

    [Fact]
    public async Task An_expired_token_or_one_for_another_audience_is_refused()
    {
        var key = SigningKey.LoadOrCreate(Server.DataDirectory);
        var past = new TokenIssuer(key, new AuthOptions(), new FixedClock(DateTimeOffset.UtcNow.AddDays(-10))).Issue(Viewer.ForMember("a-1"), TimeSpan.FromDays(1));
        var otherAudience = new TokenIssuer(key, new AuthOptions { Audience = "someone-else" }).Issue(Viewer.ForMember("a-1"), TimeSpan.FromHours(1));

        foreach (var token in new[] { past, otherAudience })
        {
            using var response = await Server.PostAsAsync(token, Me);
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        }
    }

    [Theory]
    [InlineData("wizard", "a-1", null)]
    [InlineData("member", null, null)]
    [InlineData("employer", null, null)]
    [InlineData("anonymous", null, null)]
    public async Task A_valid_signature_over_an_unknown_role_or_a_missing_scope_is_refused(string role, string? member, string? organisation)
    {
        var claims = new Dictionary<string, object> { ["sub"] = "x", ["role"] = role };
        if (member is not null) claims["member"] = member;
        if (organisation is not null) claims["organisation"] = organisation;
        var token = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Claims = claims, Issuer = "q-local", Audience = "q-api", Expires = DateTime.UtcNow.AddHours(1),
            SigningCredentials = new SigningCredentials(SigningKey.LoadOrCreate(Server.DataDirectory), SecurityAlgorithms.HmacSha256),
        });

        using var response = await Server.PostAsAsync(token, Me);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task A_member_token_for_someone_who_does_not_exist_or_with_two_roles_is_refused()
    {
        var ghost = Member("m-never-existed");
        var twoRoles = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Claims = new Dictionary<string, object> { ["sub"] = "a-1", ["role"] = new[] { "member", "admin" }, ["member"] = "a-1" },
            Issuer = "q-local", Audience = "q-api", Expires = DateTime.UtcNow.AddHours(1),
            SigningCredentials = new SigningCredentials(SigningKey.LoadOrCreate(Server.DataDirectory), SecurityAlgorithms.HmacSha256),
        });

        foreach (var token in new[] { ghost, twoRoles })
        {
            using var response = await Server.PostAsAsync(token, """{ member(id: "a-1") { bio email } }""");
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        }
    }

    [Fact]
    public async Task The_signing_key_is_created_once_readable_by_its_owner_only()
    {
        var path = Path.Combine(Server.DataDirectory, SigningKey.FileName);
        _ = Member("a-1");
        var first = await File.ReadAllTextAsync(path);
        _ = Member("a-2");

        Assert.Equal(first, await File.ReadAllTextAsync(path));
        if (!OperatingSystem.IsWindows()) Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
