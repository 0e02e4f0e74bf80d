using Q.Core.Model;
using Q.Core.Privacy;

namespace Q.Jobs.Tests;

/// <summary>The store's "profile last changed" time, which profile-freshness trusts: content changes move it, nothing else does.</summary>
public sealed class ProfileUpdatedTests : DataFolder
{
    [Fact]
    public async Task Only_a_change_of_content_moves_the_updated_time_not_a_replayed_import_or_a_settings_change()
    {
        await using var store = await OpenStoreAsync();
        var old = DateTimeOffset.UtcNow.AddYears(-2);
        var member = new Member { Id = "m-1", Name = "Ada", Bio = "Sepsis work", Topics = [new MemberTopic("t-1", TopicLevel.Expert)], Updated = old };
        await WriteAsync(store, topics: [new Topic { Id = "t-1", Name = "Sepsis" }, new Topic { Id = "t-2", Name = "Falls" }], members: [member]);
        async Task<DateTimeOffset?> UpdatedAsync() => (await store.GetMembersAsync(["m-1"]))["m-1"].Updated;
        Assert.Equal(old.ToUnixTimeMilliseconds(), (await UpdatedAsync())!.Value.ToUnixTimeMilliseconds());

        // The same record again, as a replayed import writes it (no time given): unchanged.
        await WriteAsync(store, members: [member with { Updated = null }]);
        Assert.Equal(old.ToUnixTimeMilliseconds(), (await UpdatedAsync())!.Value.ToUnixTimeMilliseconds());

        // A settings change is not a profile change.
        var editor = new ProfileEditor(store);
        await editor.UpdateVisibilityAsync("m-1", new VisibilityChanges { NotificationsOptOut = true });
        Assert.Equal(old.ToUnixTimeMilliseconds(), (await UpdatedAsync())!.Value.ToUnixTimeMilliseconds());
        Assert.True((await store.GetMembersAsync(["m-1"]))["m-1"].Visibility.NotificationsOptOut);

        // A new topic through an import: now.
        await WriteAsync(store, members: [member with { Updated = null, Topics = [new MemberTopic("t-2", TopicLevel.Interest)] }]);
        Assert.True(await UpdatedAsync() > DateTimeOffset.UtcNow.AddMinutes(-5));

        // The member editing their own profile: now.
        await WriteAsync(store, members: [member]);
        await editor.UpdateAsync("m-1", new ProfileChanges { Bio = new Change<string?>("New bio") });
        Assert.True(await UpdatedAsync() > DateTimeOffset.UtcNow.AddMinutes(-5));
    }
}
