using System.Text.Json.Nodes;

namespace Q.GraphQL.Tests.Access;

/// <summary>The employer view: counts for all (small ones suppressed), names only for the organisation's own employer, with consent.</summary>
public sealed class EmployerViewTests : AccessServer
{
    private const string Skills = """
        { organisation(id: "org-a") { skills { topic { id } count suppressed levels { level count } members { member { id } level } } } }
        """;

    private static JsonNode Topic(JsonNode body, string id) =>
        body["data"]!["organisation"]!["skills"]!.AsArray().Single(s => (string)s!["topic"]!["id"]! == id)!;

    [Fact]
    public async Task The_public_sees_counts_of_public_topics_with_groups_under_five_suppressed_and_no_names()
    {
        var body = await As(null, Skills);

        // a-1..a-5 declare qi publicly (a-6 only to members): 5, shown. Sepsis: a-1 and a-2, suppressed.
        Assert.Equal(5, (int?)Topic(body, "qi")["count"]);
        Assert.Null((int?)Topic(body, "sepsis")["count"]);
        Assert.True((bool)Topic(body, "sepsis")["suppressed"]!);
        Assert.All(Topic(body, "sepsis")["levels"]!.AsArray(), l => Assert.Null((int?)l!["count"]));
        Assert.Null(Topic(body, "qi")["members"]);
    }

    [Fact]
    public async Task A_signed_in_member_sees_exact_counts_including_members_only_topics()
    {
        var body = await As(Member("b-1"), Skills);

        Assert.Equal(6, (int?)Topic(body, "qi")["count"]);
        Assert.Equal(2, (int?)Topic(body, "sepsis")["count"]);
        Assert.Null(Topic(body, "qi")["members"]);
    }

    [Fact]
    public async Task The_organisations_employer_sees_by_name_only_members_who_agreed_and_each_read_is_audited()
    {
        var body = await As(Employer("org-a"), Skills);

        Assert.Equal(["a-1", "a-2"], Topic(body, "qi")["members"]!.AsArray().Select(m => (string)m!["member"]!["id"]!));
        Assert.Equal(["a-1", "a-2"], Topic(body, "sepsis")["members"]!.AsArray().Select(m => (string)m!["member"]!["id"]!));
        Assert.Equal("EXPERT", (string?)Topic(body, "qi")["members"]![0]!["level"]);
        Assert.Contains(await Server.Store.GetAuditAsync("a-1"), a => (a.Actor, a.Action, a.Detail) == ("employer:org-a", "read", "skills"));
        Assert.DoesNotContain(await Server.Store.GetAuditAsync("a-3"), a => a.Actor == "employer:org-a");
    }

    [Fact]
    public async Task Another_organisations_employer_gets_no_names()
    {
        var body = await As(Employer("org-b"), Skills);

        Assert.Null(Topic(body, "qi")["members"]);
        Assert.Equal(5, (int?)Topic(body, "qi")["count"]);
    }

    [Fact]
    public async Task Withdrawing_consent_takes_a_member_off_their_employers_list_at_once()
    {
        var withdraw = await As(Member("a-2"), "mutation { updateMyVisibility(input: { employer: false }) { id } }");
        Assert.Null(withdraw["errors"]);

        var body = await As(Employer("org-a"), Skills);

        Assert.Equal(["a-1"], Topic(body, "qi")["members"]!.AsArray().Select(m => (string)m!["member"]!["id"]!));
        var consent = Assert.Single(await Server.Store.GetConsentsAsync("a-2"));
        Assert.Equal(("employer", "false"), (consent.Setting, consent.Value));
    }
}
