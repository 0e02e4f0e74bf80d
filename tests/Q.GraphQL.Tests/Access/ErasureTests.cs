using System.Text;
using Q.Core.Ports;

namespace Q.GraphQL.Tests.Access;

/// <summary>The right to erasure, through the API: complete, audited under a pseudonym, down to the files, repeatable.</summary>
public sealed class ErasureTests : AccessServer
{
    [Fact]
    public async Task Erase_me_removes_the_member_everywhere_and_a_repeat_is_a_no_op()
    {
        var token = Member("a-1");
        await As(Member("a-3"), """{ member(id: "a-1") { bio } }""");

        var first = await As(token, "mutation { eraseMe { erased pseudonym connections projectRoles authorships } }");
        var again = await As(Admin, """mutation { eraseMember(id: "a-1") { erased } }""");
        using var sameTokenAgain = await Server.PostAsAsync(token, "mutation { eraseMe { erased } }");

        var result = first["data"]!["eraseMe"]!;
        Assert.True((bool)result["erased"]!);
        Assert.Equal((2, 1, 1), ((int)result["connections"]!, (int)result["projectRoles"]!, (int)result["authorships"]!));
        Assert.False((bool)again["data"]!["eraseMember"]!["erased"]!);
        Assert.Equal(System.Net.HttpStatusCode.Unauthorized, sameTokenAgain.StatusCode);
        Assert.Null((await As(Admin, """{ member(id: "a-1") { id } }"""))["data"]!["member"]);
        var ties = await As(Admin, """{ member(id: "a-2") { connections { nodes { id } } } }""");
        Assert.DoesNotContain("a-1", ties.ToJsonString());
        var pseudonym = (string)result["pseudonym"]!;
        Assert.StartsWith("erased-", pseudonym);
        Assert.Contains(await Server.Store.GetAuditAsync("a-3"), a => a.Subject == pseudonym && a.Detail == "bio");
        Assert.Contains(await Server.Store.GetAuditAsync(pseudonym), a => a.Action == "member.erase");
        Assert.Empty(await Server.Store.GetAuditAsync("a-1"));
    }

    [Fact]
    public async Task After_erasure_nothing_of_the_member_is_left_in_the_data_folders_files()
    {
        await As(Admin, """mutation { eraseMember(id: "a-1") { erased } }""");

        foreach (var file in Directory.EnumerateFiles(Server.DataDirectory))
        {
            var bytes = await File.ReadAllBytesAsync(file);
            foreach (var secret in new[] { "Anna Able", "anna@alpha.example", "Members-only bio of Anna", "01632 960001" })
                Assert.True(bytes.AsSpan().IndexOf(Encoding.UTF8.GetBytes(secret)) < 0, $"'{secret}' is still in {Path.GetFileName(file)}");
        }
    }

    [Fact]
    public async Task An_administrator_erases_a_member_and_the_erased_members_token_no_longer_acts()
    {
        var token = Member("a-2");

        var erased = await As(Admin, """mutation { eraseMember(id: "a-2") { erased } }""");
        var again = await As(Admin, """mutation { eraseMember(id: "a-2") { erased } }""");
        using var update = await Server.PostAsAsync(token, """mutation { updateMyProfile(input: { headline: "back" }) { id } }""");
        using var read = await Server.PostAsAsync(token, """{ member(id: "a-1") { bio } }""");

        Assert.True((bool)erased["data"]!["eraseMember"]!["erased"]!);
        Assert.False((bool)again["data"]!["eraseMember"]!["erased"]!);
        // The erased member's token no longer signs anyone in: no members-only view, no audit entry under their id.
        Assert.Equal(System.Net.HttpStatusCode.Unauthorized, update.StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.Unauthorized, read.StatusCode);
        Assert.Empty(await Server.Store.GetAuditAsync("a-2"));
        Assert.Empty(await Server.Store.FindExistingAsync(RecordKind.Member, ["a-2"]));
    }
}
