using System.Text.Json.Nodes;
using Q.Core.Ports;

namespace Q.GraphQL.Tests.Access;

/// <summary>Members editing their own profile and settings, and taking their data away (UK GDPR Art. 15 and 20).</summary>
public sealed class SelfServiceTests : AccessServer
{
    [Fact]
    public async Task A_profile_update_is_cleaned_validated_stored_and_audited_by_field_name()
    {
        var body = await As(Member("a-3"), """
            mutation($name: String!) { updateMyProfile(input: { name: $name, headline: "Sepsis lead", bio: null, topics: [{ topic: "sepsis", level: EXPERT }] }) {
              name headline bio topics { topic { id } level } } }
            """, new { name = "Ca\u0301ra \u202EloC\u202C" });

        Assert.Null(body["errors"]);
        var updated = body["data"]!["updateMyProfile"]!;
        Assert.Equal("Cára loC", (string?)updated["name"]); // NFC, and the right-to-left override is gone
        Assert.Equal("""{"headline":"Sepsis lead","bio":null,"topics":[{"topic":{"id":"sepsis"},"level":"EXPERT"}]}""",
            new JsonObject { ["headline"] = updated["headline"]!.DeepClone(), ["bio"] = null, ["topics"] = updated["topics"]!.DeepClone() }.ToJsonString());
        var entry = Assert.Single(await Server.Store.GetAuditAsync("a-3"), a => a.Action == "profile.update");
        Assert.Equal("name,headline,topics", entry.Detail);
    }

    [Theory]
    [InlineData("""{ email: "not-an-address" }""", "input.email")]
    [InlineData("""{ phone: "call me" }""", "input.phone")]
    [InlineData("""{ email: "ev\u202Eil\u0007@x.example" }""", "input.email")]
    [InlineData("""{ name: null }""", "input.name")]
    [InlineData("""{ name: "   " }""", "input.name")]
    [InlineData("""{ region: "atlantis" }""", "input.region")]
    [InlineData("""{ organisation: "org-nowhere" }""", "input.organisation")]
    [InlineData("""{ topics: [{ topic: "no-such-topic", level: EXPERT }] }""", "input.topics")]
    public async Task A_bad_change_is_refused_naming_the_field_and_changes_nothing(string input, string field)
    {
        var before = Core.Interchange.RecordWriter.ToJson((await Server.Store.GetMembersAsync(["a-3"]))["a-3"]);

        var body = await As(Member("a-3"), $"mutation {{ updateMyProfile(input: {input}) {{ id }} }}");

        var error = Assert.Single(body["errors"]!.AsArray())!;
        Assert.Equal("BAD_USER_INPUT", (string?)error["extensions"]!["code"]);
        Assert.Equal(field, (string?)error["extensions"]!["argument"]);
        Assert.DoesNotContain("not-an-address", (string?)error["message"]);
        Assert.Equal(before, Core.Interchange.RecordWriter.ToJson((await Server.Store.GetMembersAsync(["a-3"]))["a-3"]));
    }

    [Fact]
    public async Task Visibility_changes_take_effect_and_are_kept_with_their_time()
    {
        var started = DateTimeOffset.UtcNow.AddSeconds(-1);
        await As(Member("a-3"), "mutation { updateMyVisibility(input: { email: PUBLIC, bio: PRIVATE }) { id } }");

        Assert.Equal("cara@alpha.example", (string?)(await As(null, """{ member(id: "a-3") { email } }"""))["data"]!["member"]!["email"]);
        var consents = await Server.Store.GetConsentsAsync("a-3");
        Assert.Equal([("email", "public"), ("bio", "private")], consents.Select(c => (c.Setting, c.Value)));
        Assert.All(consents, c => Assert.InRange(c.At, started, DateTimeOffset.UtcNow.AddSeconds(1)));
    }

    [Fact]
    public async Task Export_holds_everything_about_the_member_and_nothing_private_about_anyone_else()
    {
        await As(Member("a-1"), "mutation { updateMyVisibility(input: { phone: MEMBERS }) { id } }");
        await As(Member("a-3"), """{ member(id: "a-1") { bio } }""");

        var body = await As(Member("a-1"), "mutation { exportMyData }");

        var export = JsonNode.Parse((string)body["data"]!["exportMyData"]!)!;
        Assert.Equal("anna@alpha.example", (string?)export["profile"]!["email"]);
        Assert.Equal("01632 960001", (string?)export["profile"]!["phone"]);
        Assert.Equal("members", (string?)export["profile"]!["visibility"]!["phone"]);
        Assert.Equal("phone", (string?)export["consents"]![0]!["setting"]);
        Assert.Equal(["a-2", "b-1"], export["connections"]!.AsArray().Select(c => (string)c!["member"]!).Order());
        Assert.Equal("p-a", (string?)export["projects"]![0]!["id"]);
        Assert.Equal("r-a", (string?)export["resources"]![0]!["id"]);
        Assert.Contains(export["audit"]!.AsArray(), a => (string?)a!["actor"] == "a-3" && (string?)a["detail"] == "bio");
        Assert.NotNull(export["suggestionsShown"]);
        var text = export.ToJsonString();
        Assert.DoesNotContain("ben@alpha.example", text);
        Assert.DoesNotContain("gus@beta.example", text);
        Assert.Contains(await Server.Store.GetAuditAsync("a-1"), a => a.Action == "data.export");
    }
}
