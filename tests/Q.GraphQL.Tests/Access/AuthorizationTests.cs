using Q.Core.Model;

namespace Q.GraphQL.Tests.Access;

/// <summary>
/// OWASP API1 (object level), API3 (property level) and API5 (function level) authorisation: each role sees and
/// does exactly what docs/security.md says, whatever it asks for.
/// </summary>
public sealed class AuthorizationTests : AccessServer
{
    private const string Anna = """{ member(id: "a-1") { name bio email phone settings { email employer } } }""";

    [Fact]
    public async Task A_members_only_bio_is_hidden_from_the_public_evaluators_and_employers_and_shown_to_members()
    {
        foreach (var token in new[] { null, Evaluator, Employer("org-a") })
            Assert.Null((string?)(await As(token, Anna))["data"]!["member"]!["bio"]);

        var seenByMember = await As(Member("a-3"), Anna);
        Assert.Equal("Members-only bio of Anna.", (string?)seenByMember["data"]!["member"]!["bio"]);
    }

    [Fact]
    public async Task Private_contact_details_and_settings_are_for_the_member_and_administrators_only()
    {
        foreach (var token in new[] { null, Member("a-3"), Employer("org-a"), Evaluator })
        {
            var member = (await As(token, Anna))["data"]!["member"]!;
            Assert.Null((string?)member["email"]);
            Assert.Null((string?)member["phone"]);
            Assert.Null(member["settings"]);
        }
        foreach (var token in new[] { Member("a-1"), Admin })
        {
            var member = (await As(token, Anna))["data"]!["member"]!;
            Assert.Equal("anna@alpha.example", (string?)member["email"]);
            Assert.Equal("01632 960001", (string?)member["phone"]);
            Assert.Equal("""{"email":"PRIVATE","employer":true}""", member["settings"]!.ToJsonString());
        }
    }

    [Fact]
    public async Task Reading_another_members_non_public_data_is_audited_by_field_without_its_value()
    {
        await As(Member("a-3"), Anna);
        await As(null, Anna); // public reads are not audited

        var audit = await Server.Store.GetAuditAsync("a-1");
        var read = Assert.Single(audit, a => a.Action == "read");
        Assert.Equal(("a-3", "a-1", "bio"), (read.Actor, read.Subject, read.Detail));
        Assert.DoesNotContain(audit, a => $"{a.Subject}{a.Detail}".Contains("Members-only", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_list_that_shows_a_members_only_fact_is_audited_like_the_field()
    {
        // a-6 shows their topics to members only: appearing in a topic's list reveals that they hold it.
        var body = await As(Member("b-1"), """{ topic(id: "qi") { members(first: 50) { nodes { id } } } members(filter: { topic: "qi" }) { totalCount } }""");

        Assert.Contains("a-6", body.ToJsonString());
        var entry = Assert.Single(await Server.Store.GetAuditAsync("a-6"), a => a.Action == "read");
        Assert.Equal(("b-1", "topics"), (entry.Actor, entry.Detail));
        Assert.DoesNotContain(await Server.Store.GetAuditAsync("a-5"), a => a.Action == "read"); // public topics: no entry
    }

    [Fact]
    public async Task The_member_reads_all_of_their_own_data_through_me()
    {
        var me = (await As(Member("a-6"), "{ me { id topics { topic { id } } } }"))["data"]!["me"]!;
        var seenByPublic = (await As(null, """{ member(id: "a-6") { topics { topic { id } } } }"""))["data"]!["member"]!;

        Assert.Equal("""[{"topic":{"id":"qi"}}]""", me["topics"]!.ToJsonString());
        Assert.Equal("[]", seenByPublic["topics"]!.ToJsonString());
    }

    [Theory]
    [InlineData(null, "UNAUTHENTICATED")]
    [InlineData("employer", "FORBIDDEN")]
    [InlineData("evaluator", "FORBIDDEN")]
    [InlineData("admin", "FORBIDDEN")]
    public async Task Self_service_needs_a_member_token(string? role, string code)
    {
        var token = role switch { "employer" => Employer("org-a"), "evaluator" => Evaluator, "admin" => Admin, _ => null };

        foreach (var mutation in new[]
        {
            """mutation { updateMyProfile(input: { headline: "x" }) { id } }""",
            """mutation { updateMyVisibility(input: { email: PUBLIC }) { id } }""",
            "mutation { exportMyData }",
            "mutation { eraseMe { erased } }",
        })
            Assert.Equal(code, Code(await As(token, mutation)));
        Assert.Equal(6, (await Server.Store.FindExistingAsync(Core.Ports.RecordKind.Member, ["a-1", "a-2", "a-3", "a-4", "a-5", "a-6"])).Count);
    }

    [Theory]
    [InlineData(null, "UNAUTHENTICATED")]
    [InlineData("member", "FORBIDDEN")]
    [InlineData("employer", "FORBIDDEN")]
    public async Task Only_an_administrator_erases_someone_else(string? role, string code)
    {
        var token = role switch { "member" => Member("a-1"), "employer" => Employer("org-a"), _ => null };

        var body = await As(token, """mutation { eraseMember(id: "a-2") { erased } }""");

        Assert.Equal(code, Code(body));
        Assert.Single(await Server.Store.GetMembersAsync(["a-2"]));
    }

    [Theory]
    [InlineData("""mutation { updateMyProfile(input: { id: "a-2", name: "Hijack" }) { id } }""")]
    [InlineData("""mutation { updateMyProfile(input: { joined: "2010-01-01" }) { id } }""")]
    [InlineData("""mutation { updateMyProfile(input: { visibility: { email: PUBLIC } }) { id } }""")]
    public async Task Fields_a_member_does_not_own_cannot_be_mass_assigned(string mutation)
    {
        var before = (await Server.Store.GetMembersAsync(["a-1", "a-2"])).Values.Select(Core.Interchange.RecordWriter.ToJson).ToArray();

        var body = await As(Member("a-1"), mutation);

        Assert.Equal("BAD_USER_INPUT", Code(body));
        Assert.Equal(before, (await Server.Store.GetMembersAsync(["a-1", "a-2"])).Values.Select(Core.Interchange.RecordWriter.ToJson).ToArray());
    }
}
